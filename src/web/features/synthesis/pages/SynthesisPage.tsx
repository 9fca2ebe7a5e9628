// The Discover synthesis: every cultural element against the seven sources of evidence, each cell
// showing the change team's rating (or what the evidence suggests, marked as a suggestion), with
// each element's overall rating and how far its sources agree. The change team sets the event's
// date and the quote threshold; the programme lead records the synthesis as agreed, or reopens it.
import { useState } from 'react';
import { Link } from 'react-router';
import { useCan, useOrgId } from '../../../app/guards.js';
import { QueryView } from '../../../app/QueryView.js';
import { Details, SuccessBanner, Tag } from '../../../components/content.js';
import { PageHeading } from '../../../components/PageHeading.js';
import { SummaryList } from '../../../components/SummaryList.js';
import { formatDate } from '../../../lib/dates.js';
import type { ProgrammeView } from '../../programme/api/programme-api.js';
import type { SynthesisView } from '../api/synthesis-api.js';
import { useSynthesis } from '../api/useSynthesis.js';
import { AgreeSection } from '../components/AgreeSection.js';
import { LiveRegion, useAnnouncer } from '../../../components/LiveRegion.js';
import { MatrixTable } from '../components/MatrixTable.js';
import { ProgrammeGate } from '../components/ProgrammeGate.js';
import { SettingsForm } from '../components/SettingsForm.js';
import { synthesisPath } from '../lib/paths.js';

function Status({ view }: { view: SynthesisView }) {
  if (view.status === 'agreed') {
    return (
      <>
        <Tag colour="green">Agreed</Tag> at the synthesis event on {formatDate(view.eventDate)}
      </>
    );
  }
  return (
    <>
      <Tag colour="blue">Draft</Tag> Not agreed yet
    </>
  );
}

function SynthesisContent({ view, orgId, programme }: { view: SynthesisView; orgId: string; programme: ProgrammeView }) {
  const canWrite = useCan('synthesis.write');
  const canAgree = useCan('synthesis.agree');
  const [message, announce] = useAnnouncer();
  const [done, setDone] = useState<string | null>(null);
  const rated = view.elements.filter((e) => e.overall.rating).length;
  return (
    <>
      {done && <SuccessBanner>{done}</SuccessBanner>}
      <LiveRegion message={message} />
      <PageHeading title="Synthesis" caption={programme.name}>
        Synthesis
      </PageHeading>
      <p className="nhsuk-lede-text">Everything Discover found, brought together against the cultural elements: what each source of evidence says, and what the change team makes of it.</p>
      <SummaryList
        rows={[
          { key: 'Status', value: <Status view={view} /> },
          { key: 'Synthesis event', value: view.eventDate ? formatDate(view.eventDate) : 'Not set yet' },
          { key: 'Quote threshold', value: `Quotes only from groups of ${view.quoteThreshold} people or more` },
          { key: 'Overall ratings', value: `${rated} of ${view.elements.length} cultural elements rated` },
        ]}
      />
      <p>
        <Link to={synthesisPath(orgId, '/report')}>Read the board report</Link>
      </p>

      <h2 className="nhsuk-heading-l">Ratings</h2>
      <p>Open a cultural element to see its evidence{canWrite && view.status === 'draft' ? ', rate each source and write what it means' : ' and what the change team wrote'}.</p>
      <MatrixTable view={view} orgId={orgId} />
      <Details summary="How to read the table">
        <p>A rating in a coloured tag is the change team’s own. “Suggested” is what the evidence alone points to, as a starting point for the change team; it counts for nothing until someone rates the cell. “No evidence” means this source has nothing on the element yet.</p>
        <p>Agreement says whether the rated sources point the same way: they agree, lean one way with some mixed, or disagree. With fewer than two sources rated there is nothing to compare.</p>
      </Details>

      {canWrite && view.status === 'draft' && (
        <section aria-labelledby="settings-heading">
          <h2 className="nhsuk-heading-m" id="settings-heading">
            The synthesis event and quotes
          </h2>
          <SettingsForm view={view} orgId={orgId} programmeId={programme.id} announce={announce} />
        </section>
      )}
      {canAgree && <AgreeSection view={view} orgId={orgId} programmeId={programme.id} onDone={setDone} />}
    </>
  );
}

function SynthesisLoader({ orgId, programme }: { orgId: string; programme: ProgrammeView }) {
  const synthesis = useSynthesis(orgId, programme.id);
  return (
    <QueryView query={synthesis} loading="Gathering the evidence">
      {(view) => <SynthesisContent view={view} orgId={orgId} programme={programme} />}
    </QueryView>
  );
}

export function SynthesisPage() {
  const orgId = useOrgId();
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-full">
        <ProgrammeGate orgId={orgId} heading="Synthesis">
          {(programme) => <SynthesisLoader orgId={orgId} programme={programme} />}
        </ProgrammeGate>
      </div>
    </div>
  );
}
