// The questionnaire library: the built-in instruments, each written for one part of the
// programme, and the organisation's own edited copies with their version and status.
import { Link } from 'react-router';
import { useOrgId } from '../../../app/guards.js';
import { QueryView } from '../../../app/QueryView.js';
import { Tag } from '../../../components/content.js';
import { PageHeading } from '../../../components/PageHeading.js';
import { Table, type Column } from '../../../components/Table.js';
import type { InstrumentSummary } from '../api/instruments-api.js';
import { useInstruments } from '../api/useInstruments.js';
import { instrumentsPath } from '../components/WithInstrument.js';
import { AUDIENCE_NAMES, basedOnText, statusText } from '../lib/instrument-display.js';

function titleColumn(orgId: string): Column<InstrumentSummary> {
  return { header: 'Questionnaire', rowHeader: true, cell: (i) => <Link to={`${instrumentsPath(orgId)}/${encodeURIComponent(i.ref)}`}>{i.title}</Link> };
}

const questionsColumn: Column<InstrumentSummary> = { header: 'Questions', numeric: true, cell: (i) => i.itemCount };

function Library({ items, orgId }: { items: InstrumentSummary[]; orgId: string }) {
  const builtIn = items.filter((i) => i.builtIn);
  const own = items.filter((i) => !i.builtIn);
  return (
    <>
      <Table
        caption="Built-in questionnaires"
        columns={[titleColumn(orgId), { header: 'Who answers', cell: (i) => AUDIENCE_NAMES[i.audience] }, questionsColumn, { header: 'Languages', cell: (i) => (i.languages.includes('cy') ? 'English, Welsh' : 'English') }]}
        rows={builtIn}
        rowKey={(i) => i.ref}
      />
      <h2 className="nhsuk-heading-m">Your organisation’s questionnaires</h2>
      {own.length === 0 ? (
        <p>You have not made any of your own yet. Open a built-in questionnaire and make a copy to reword, reorder or add questions.</p>
      ) : (
        <Table
          caption="Your organisation’s questionnaires"
          captionHidden
          columns={[
            titleColumn(orgId),
            { header: 'Based on', cell: (i) => basedOnText(i.basedOn, items) ?? 'Written from scratch' },
            questionsColumn,
            { header: 'Status', cell: (i) => <Tag colour={i.status === 'draft' ? 'grey' : 'green'}>{statusText(i)}</Tag> },
          ]}
          rows={own}
          rowKey={(i) => i.ref}
        />
      )}
    </>
  );
}

export function InstrumentsPage() {
  const orgId = useOrgId();
  const instruments = useInstruments(orgId);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-full">
        <PageHeading>Questionnaires</PageHeading>
        <p className="nhsuk-body-l">
          The questions behind every survey. The built-in questionnaires follow the frameworks of the NHS culture and leadership programme; copy one
          to fit it to your organisation. Surveys use published questionnaires only, and a published version never changes.
        </p>
        <QueryView query={instruments} loading="Loading the questionnaires">
          {(items) => <Library items={items} orgId={orgId} />}
        </QueryView>
      </div>
    </div>
  );
}
