// Just enough of a PDF reader for the renderer's tests: the objects pdfkit writes (it uses no
// object streams), the page content streams inflated, and a check that every mark on a page sits
// inside marked content (tagged, or an artifact), as PDF/UA requires.
import { inflateSync } from 'node:zlib';

export interface PdfObject {
  id: number;
  /** The object's dictionary or value, without any stream data. */
  body: string;
  stream: Buffer | null;
}

export function pdfObjects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  const re = /(?:^|\n)(\d+) 0 obj\n/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const id = Number(m[1]);
    const start = m.index + m[0].length;
    const streamAt = text.indexOf('\nstream\n', start);
    const endAt = text.indexOf('\nendobj', start);
    if (streamAt !== -1 && streamAt < endAt) {
      const dataStart = streamAt + '\nstream\n'.length;
      const dataEnd = text.indexOf('\nendstream', dataStart);
      const body = text.slice(start, streamAt);
      const raw = pdf.subarray(dataStart, dataEnd);
      objects.set(id, { id, body, stream: /\/Filter \/FlateDecode/.test(body) ? inflateSync(raw) : Buffer.from(raw) });
      re.lastIndex = dataEnd;
    } else {
      objects.set(id, { id, body: text.slice(start, endAt), stream: null });
      re.lastIndex = endAt;
    }
  }
  return objects;
}

/** Page objects (Type /Page, not /Pages), in the order they are written. */
export function pages(objects: Map<number, PdfObject>): PdfObject[] {
  return [...objects.values()].filter((o) => /\/Type \/Page(?![s\w])/.test(o.body));
}

export function pageContent(objects: Map<number, PdfObject>, page: PdfObject): string {
  const ref = /\/Contents (\d+) 0 R/.exec(page.body);
  const content = ref ? objects.get(Number(ref[1]))?.stream : null;
  return content ? content.toString('latin1') : '';
}

const PAINT = new Set(['Tj', 'TJ', "'", '"', 'f', 'F', 'f*', 'S', 's', 'B', 'B*', 'b', 'b*', 'Do', 'sh']);

/** Counts the marks drawn inside and outside marked content, and whether BDC/BMC and EMC pair up. */
export function markedContentCheck(content: string): { inside: number; outside: number; balanced: boolean } {
  const stripped = content
    .replace(/\((?:\\.|[^\\)])*\)/g, '()')
    .replace(/<<[\s\S]*?>>/g, '<<>>')
    .replace(/<[0-9A-Fa-f\s]*>/g, '<>');
  let depth = 0;
  let inside = 0;
  let outside = 0;
  let balanced = true;
  for (const token of stripped.split(/\s+/)) {
    if (token === 'BDC' || token === 'BMC') depth++;
    else if (token === 'EMC') {
      depth--;
      if (depth < 0) balanced = false;
    } else if (PAINT.has(token)) {
      if (depth > 0) inside++;
      else outside++;
    }
  }
  return { inside, outside, balanced: balanced && depth === 0 };
}
