import { Link } from 'react-router';
import { useCan, useOrgId } from '../../../app/guards.js';
import { QueryView } from '../../../app/QueryView.js';
import { InsetText, Loading } from '../../../components/content.js';
import { PageHeading } from '../../../components/PageHeading.js';
import { SummaryList } from '../../../components/SummaryList.js';
import { Table } from '../../../components/Table.js';
import { formatDate, formatDateRange } from '../../../lib/dates.js';
import { DiscoverChecklist } from '../../synthesis/components/DiscoverChecklist.js';
import type { PhaseView, ProgrammeView } from '../api/programme-api.js';
import { useChangeTeam, useCurrentProgramme } from '../api/useProgramme.js';
import { ChangeTeamTable } from '../components/ChangeTeamTable.js';
import { PHASE_LABELS, phaseLabel } from '../components/phase-display.js';
import { PhaseStatusTag } from '../components/PhaseStatusTag.js';
import { orderedPhases } from '../components/PhaseTaskList.js';
import { StartProgrammeForm } from '../components/StartProgrammeForm.js';

function ProgrammeDetails({ programme, orgId }: { programme: ProgrammeView; orgId: string }) {
  const canWrite = useCan('programme.write');
  const team = useChangeTeam(orgId, programme.id);
  const base = `/organisations/${orgId}/programme`;
  const change = (hiddenText: string) => (canWrite ? { to: `${base}/edit`, hiddenText } : undefined);
  return (
    <>
      <PageHeading title="Programme" caption="Programme">
        {programme.name}
      </PageHeading>
      <SummaryList
        rows={[
          { key: 'Name', value: programme.name, action: change('programme name') },
          { key: 'Sponsor', value: programme.sponsor, action: change('sponsor') },
          { key: 'Description', value: programme.description || 'None given', action: change('description') },
          { key: 'Dates', value: formatDateRange(programme.startDate, programme.endDate), action: change('dates') },
          { key: 'Current phase', value: phaseLabel(programme.currentPhase) },
          { key: 'Progress', value: `${programme.progressPercent}% of phases complete` },
        ]}
      />

      <Table
        caption="Phases"
        columns={[
          { header: 'Phase', cell: (p: PhaseView) => PHASE_LABELS[p.phase], rowHeader: true },
          { header: 'Status', cell: (p) => <PhaseStatusTag status={p.status} /> },
          { header: 'Start', cell: (p) => formatDate(p.startDate) || 'Not set' },
          { header: 'End', cell: (p) => formatDate(p.endDate) || 'Not set' },
          ...(canWrite
            ? [
                {
                  header: <span className="nhsuk-u-visually-hidden">Actions</span>,
                  cell: (p: PhaseView) => (
                    <Link to={`${base}/phases/${p.phase}`}>
                      Change<span className="nhsuk-u-visually-hidden"> the {PHASE_LABELS[p.phase]} phase</span>
                    </Link>
                  ),
                },
              ]
            : []),
        ]}
        rows={orderedPhases(programme.phases)}
        rowKey={(p) => p.phase}
      />

      <DiscoverChecklist programmeId={programme.id} />

      {team.isPending ? (
        <Loading what="Loading the change team" />
      ) : team.isError ? (
        <p>The change team could not be loaded. Reload the page to try again.</p>
      ) : (
        <ChangeTeamTable orgId={orgId} programmeId={programme.id} members={team.data} canWrite={canWrite} />
      )}
    </>
  );
}

function NoProgramme({ orgId }: { orgId: string }) {
  const canWrite = useCan('programme.write');
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <PageHeading>{canWrite ? 'Start a programme' : 'Programme'}</PageHeading>
        {canWrite ? (
          <StartProgrammeForm orgId={orgId} />
        ) : (
          <InsetText>
            <p>No programme has started yet. Your programme lead will set one up.</p>
          </InsetText>
        )}
      </div>
    </div>
  );
}

export function ProgrammePage() {
  const orgId = useOrgId();
  const programme = useCurrentProgramme(orgId);
  return (
    <QueryView query={programme} loading="Loading the programme">
      {(p) => (p ? <ProgrammeDetails programme={p} orgId={orgId} /> : <NoProgramme orgId={orgId} />)}
    </QueryView>
  );
}
