// The synthesis matrix: a real table, one row per cultural element (its name a link to its page),
// one column per source, then the element's overall rating and how far its sources agree. Each
// cell is a tag in words; a suggestion is marked as one. It scrolls sideways on a phone.
import { useId } from 'react';
import { Link } from 'react-router';
import { TableScroll } from '../../../components/TableScroll.js';
import type { SynthesisView } from '../api/synthesis-api.js';
import { elementPath } from '../lib/paths.js';
import { AgreementTag, CellTag, RatingTag } from './RatingTag.js';

export function MatrixTable({ view, orgId }: { view: SynthesisView; orgId: string }) {
  const captionId = useId();
  return (
    <TableScroll labelledBy={captionId}>
      <table className="nhsuk-table app-synthesis-matrix">
        <caption className="nhsuk-table__caption nhsuk-table__caption--s" id={captionId}>
          Ratings by cultural element and source
        </caption>
        <thead className="nhsuk-table__head">
          <tr className="nhsuk-table__row">
            <th scope="col" className="nhsuk-table__header">
              Cultural element
            </th>
            {view.sources.map((s) => (
              <th scope="col" className="nhsuk-table__header" key={s.key}>
                {s.name}
              </th>
            ))}
            <th scope="col" className="nhsuk-table__header">
              Overall
            </th>
            <th scope="col" className="nhsuk-table__header">
              Agreement
            </th>
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {view.elements.map((e) => (
            <tr className="nhsuk-table__row" key={e.key}>
              <th scope="row" className="nhsuk-table__header">
                <Link to={elementPath(orgId, e.key)}>{e.name}</Link>
              </th>
              {view.sources.map((s) => {
                const cell = e.cells.find((c) => c.source === s.key);
                return (
                  <td className="nhsuk-table__cell" key={s.key}>
                    {cell ? <CellTag cell={cell} /> : <span className="nhsuk-body-s">No evidence</span>}
                  </td>
                );
              })}
              <td className="nhsuk-table__cell">
                <RatingTag rating={e.overall.rating} />
              </td>
              <td className="nhsuk-table__cell">
                <AgreementTag agreement={e.triangulation.agreement} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
