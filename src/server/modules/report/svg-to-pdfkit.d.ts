// The parts of svg-to-pdfkit (MIT, https://github.com/alafr/SVG-to-PDFKit) that the report uses;
// the package ships no types.
declare module 'svg-to-pdfkit' {
  interface SvgToPdfOptions {
    /** The drawing's size in PDF points. */
    width?: number;
    height?: number;
    preserveAspectRatio?: string;
    /** Treat SVG units as points rather than CSS pixels (72/96 of a point). */
    assumePt?: boolean;
    precision?: number;
    /** Picks the registered PDFKit font for a text element's family, weight and style. */
    fontCallback?: (family: string, bold: boolean, italic: boolean, fontOptions: { fauxItalic: boolean; fauxBold: boolean }) => string;
    warningCallback?: (message: string) => void;
    imageCallback?: (link: string) => string;
    documentCallback?: (file: string) => unknown;
  }
  function SVGtoPDF(doc: PDFKit.PDFDocument, svg: string, x: number, y: number, options?: SvgToPdfOptions): void;
  export default SVGtoPDF;
}
