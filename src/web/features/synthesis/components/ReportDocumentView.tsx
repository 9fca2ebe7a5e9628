// The board report's document drawn as HTML: the same sections, tables, charts and notes the
// DOCX and PDF carry, numbers formatted by the same core helpers, so a figure reads the same in
// all three. Tables are real tables (caption, column and row headers); charts are the server's
// SVG inside a figure, with the text alternative on the image and the title as its caption.
import { useId, type ReactNode } from 'react';
import {
  formatCell,
  formatReportDate,
  inlineRuns,
  NULL_CELL,
  NULL_CELL_SPOKEN,
  tableNotes,
  type ChartBlock,
  type Inline,
  type ReportBlock,
  type ReportDocument,
  type ReportSection,
  type TableBlock,
} from '../../../../core/report/document.js';
import { InsetText } from '../../../components/content.js';
import { PageHeading } from '../../../components/PageHeading.js';
import { TableScroll } from '../../../components/TableScroll.js';
import { chartMarkup, headingLevel } from '../lib/report-view.js';

function InlineText({ text }: { text: Inline }) {
  return (
    <>
      {inlineRuns(text).map((run, i) => {
        let node: ReactNode = run.text;
        if (run.italic) node = <em>{node}</em>;
        if (run.bold) node = <strong>{node}</strong>;
        return <span key={i}>{node}</span>;
      })}
    </>
  );
}

function ReportTable({ table }: { table: TableBlock }) {
  const captionId = useId();
  const notes = tableNotes(table);
  return (
    <div className="app-report-table">
      <TableScroll labelledBy={captionId}>
        <table className="nhsuk-table">
          <caption className="nhsuk-table__caption nhsuk-table__caption--s" id={captionId}>
            {table.caption}
          </caption>
          <thead className="nhsuk-table__head">
            <tr className="nhsuk-table__row">
              {table.columns.map((c, i) => (
                <th key={i} scope="col" className={`nhsuk-table__header${c.numeric ? ' nhsuk-table__header--numeric' : ''}`}>
                  {c.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {table.rows.map((row, r) => (
              <tr className="nhsuk-table__row" key={r}>
                {row.map((value, c) => {
                  const column = table.columns[c];
                  const text =
                    value === null ? (
                      <>
                        <span aria-hidden="true">{NULL_CELL}</span>
                        <span className="nhsuk-u-visually-hidden">{NULL_CELL_SPOKEN}</span>
                      </>
                    ) : (
                      formatCell(value, column)
                    );
                  if (c === 0 && table.rowHeader) {
                    return (
                      <th key={c} scope="row" className="nhsuk-table__header">
                        {text}
                      </th>
                    );
                  }
                  return (
                    <td key={c} className={`nhsuk-table__cell${column?.numeric ? ' nhsuk-table__cell--numeric' : ''}`}>
                      {text}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {notes.map((note, i) => (
        <p className="nhsuk-body-s" key={i}>
          {note}
        </p>
      ))}
    </div>
  );
}

function ReportChart({ chart }: { chart: ChartBlock }) {
  const prefix = useId().replace(/[^A-Za-z0-9_-]/g, '');
  return (
    <>
      <figure className="app-report-figure">
        {/* Our own server-built SVG (see core/report/svg-charts.ts), hidden from assistive technology: the wrapper carries the text alternative. */}
        <div className="app-report-chart" role="img" aria-label={chart.alt} dangerouslySetInnerHTML={{ __html: chartMarkup(chart.svg, `chart${prefix}`) }} />
        <figcaption className="nhsuk-body-s">{chart.title}</figcaption>
      </figure>
      {chart.table && <ReportTable table={chart.table} />}
    </>
  );
}

function Block({ block }: { block: ReportBlock }) {
  switch (block.type) {
    case 'paragraph':
      return (
        <p>
          <InlineText text={block.text} />
        </p>
      );
    case 'bullets':
      return (
        <ul className="nhsuk-list nhsuk-list--bullet">
          {block.items.map((item, i) => (
            <li key={i}>
              <InlineText text={item} />
            </li>
          ))}
        </ul>
      );
    case 'table':
      return <ReportTable table={block} />;
    case 'chart':
      return <ReportChart chart={block} />;
    case 'callout':
      return (
        <InsetText>
          {block.title && (
            <p>
              <strong>{block.title}</strong>
            </p>
          )}
          <p>
            <InlineText text={block.text} />
          </p>
        </InsetText>
      );
    case 'pageBreak':
      return <div className="app-report-page-break" aria-hidden="true" />;
  }
}

function Section({ section }: { section: ReportSection }) {
  const H = `h${headingLevel(section)}` as const;
  return (
    <section className="app-report-section">
      <H className={headingLevel(section) === 2 ? 'nhsuk-heading-l' : 'nhsuk-heading-m'}>{section.heading}</H>
      {section.blocks.map((block, i) => (
        <Block key={i} block={block} />
      ))}
    </section>
  );
}

/** `actions` (print and download) sit under the title, before the sections. */
export function ReportDocumentView({ doc, actions }: { doc: ReportDocument; actions?: ReactNode }) {
  return (
    <article className="app-report">
      <PageHeading title={doc.title} caption={doc.organisation}>
        {doc.title}
      </PageHeading>
      {doc.subtitle && <p className="nhsuk-lede-text">{doc.subtitle}</p>}
      <p className="nhsuk-body-s">
        Date: {formatReportDate(doc.date)}
        {doc.author && (
          <>
            <br />
            Author: {doc.author}
          </>
        )}
      </p>
      {actions}
      {doc.sections.map((section, i) => (
        <Section key={i} section={section} />
      ))}
    </article>
  );
}
