// How far the first and second coders agree, element by element: Cohen's kappa for whether a note
// shows the element at all, and for which way it points (strength, not coded, area to develop),
// with its 95% interval, a plain reading and the reasons to hold it loosely.
import { Link } from 'react-router';
import { QueryView } from '../../../app/QueryView.js';
import { Details, InsetText } from '../../../components/content.js';
import { BackLink } from '../../../components/navigation.js';
import { PageHeading } from '../../../components/PageHeading.js';
import { Table } from '../../../components/Table.js';
import type { AgreementView, KappaView } from '../api/conversations-api.js';
import { useAgreement } from '../api/useConversations.js';
import { WithProgramme, type ProgrammeScope } from '../components/WithProgramme.js';
import { formatInterval, formatKappa } from '../lib/kappa-format.js';

interface Row {
  key: string;
  measure: string;
  result: KappaView;
  weighted: string;
}

function ElementAgreement({ element }: { element: AgreementView['elements'][number] }) {
  const rows: Row[] = [
    { key: 'presence', measure: 'Whether the note shows it at all', result: element.presence, weighted: 'Not used' },
    {
      key: 'stance',
      measure: 'Strength, not coded or area to develop',
      result: element.stance,
      weighted: `${formatKappa(element.stance.linear)} linear, ${formatKappa(element.stance.quadratic)} quadratic`,
    },
  ];
  const cautions = [...new Set([...element.presence.cautions, ...element.stance.cautions])];
  return (
    <section aria-labelledby={`agreement-${element.element}`}>
      <h2 className="nhsuk-heading-m" id={`agreement-${element.element}`}>
        {element.name}
      </h2>
      <Table
        caption={`Agreement on ${element.name.toLowerCase()}`}
        captionHidden
        columns={[
          { header: 'What the coders chose', rowHeader: true, cell: (r: Row) => r.measure },
          { header: 'Notes', numeric: true, cell: (r) => r.result.n },
          { header: 'Kappa', numeric: true, cell: (r) => formatKappa(r.result.kappa) },
          { header: '95% interval', cell: (r) => formatInterval(r.result.low, r.result.high) },
          { header: 'Weighted kappa', cell: (r) => r.weighted },
          { header: 'Reading', cell: (r) => r.result.reading },
        ]}
        rows={rows}
        rowKey={(r) => r.key}
      />
      {cautions.length > 0 && (
        <>
          <p className="nhsuk-u-margin-bottom-2">Hold these figures loosely:</p>
          <ul className="nhsuk-list nhsuk-list--bullet">
            {cautions.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function Agreement({ scope }: { scope: ProgrammeScope }) {
  const agreement = useAgreement(scope);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-full">
        <BackLink to={scope.base()}>Back to focus groups and interviews</BackLink>
        <PageHeading caption={scope.programmeName}>Agreement between coders</PageHeading>
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-two-thirds">
            <p>
              Kappa says how much more often two coders agree than they would by chance alone. At 1 they agree on every note; at 0 they agree no more often than chance would give; below 0 they
              agree less often than that. Landis and Koch (1977) suggested words for the ranges, which are used here: up to 0.20 is slight agreement, 0.21 to 0.40 fair, 0.41 to 0.60 moderate, 0.61
              to 0.80 substantial and above 0.80 almost perfect. These are a rule of thumb, not a pass mark. The 95% interval shows how far kappa could be from the figure given: with only a few
              notes it is wide.
            </p>
            <Details summary="What weighted kappa adds">
              <p>
                Weighted kappa gives part credit for a near miss. One coder calling a note a strength and the other leaving the element out is a smaller disagreement than one calling it a strength
                and the other an area to develop. Linear weights give half credit for the near miss; quadratic weights give three quarters.
              </p>
            </Details>
          </div>
        </div>
        <QueryView query={agreement} loading="Working out the agreement">
          {(data) =>
            data.doubleCoded === 0 ? (
              <InsetText>
                <p>
                  No notes have been coded by both coders yet. Draw a sample and code it on the <Link to={scope.base('/second-coding')}>second coding</Link> page.
                </p>
              </InsetText>
            ) : (
              <>
                <p>
                  Worked out from {data.doubleCoded} {data.doubleCoded === 1 ? 'note' : 'notes'} coded by both coders.
                </p>
                {data.elements.map((e) => (
                  <ElementAgreement key={e.element} element={e} />
                ))}
              </>
            )
          }
        </QueryView>
      </div>
    </div>
  );
}

export function AgreementPage() {
  return <WithProgramme title="Agreement between coders">{(scope) => <Agreement scope={scope} />}</WithProgramme>;
}
