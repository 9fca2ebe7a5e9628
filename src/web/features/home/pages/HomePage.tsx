import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useCan, useOrgId } from '../../../app/guards.js';
import { navigationFor } from '../../../app/navigation.js';
import { QueryView } from '../../../app/QueryView.js';
import { useSession } from '../../../app/session.js';
import { InsetText } from '../../../components/content.js';
import { PageHeading } from '../../../components/PageHeading.js';
import { SummaryList } from '../../../components/SummaryList.js';
import { formatDateRange } from '../../../lib/dates.js';
import type { ProgrammeView } from '../../programme/api/programme-api.js';
import { phaseLabel } from '../../programme/components/phase-display.js';
import { PhaseTaskList } from '../../programme/components/PhaseTaskList.js';
import { StartProgrammeForm } from '../../programme/components/StartProgrammeForm.js';
import { fetchHome, homeKey, type HomeView } from '../api/home-api.js';

const DESCRIPTIONS: Record<string, string> = {
  Programme: 'see and update the programme, its phases and change team',
  Surveys: 'see the surveys that hear from staff and patients, and how many have answered',
  Structure: 'see and change the divisions, directorates, wards and teams',
  Staff: 'search the staff list',
  Import: 'upload the structure or the staff list from a spreadsheet',
  Users: 'give people access and choose their roles',
  'Audit log': 'see who changed what, and when',
  Outbox: 'read the emails Cultivate has written while no mail server is set up',
};

function ProgrammeSummary({ programme, orgId }: { programme: ProgrammeView; orgId: string }) {
  return (
    <>
      <h2 className="nhsuk-heading-l">{programme.name}</h2>
      <SummaryList
        rows={[
          { key: 'Sponsor', value: programme.sponsor },
          { key: 'Dates', value: formatDateRange(programme.startDate, programme.endDate) },
          { key: 'Current phase', value: phaseLabel(programme.currentPhase) },
          {
            key: 'Progress',
            value: (
              <>
                <label htmlFor="programme-progress">{programme.progressPercent}% of phases complete</label>
                <progress id="programme-progress" className="app-progress" max={100} value={programme.progressPercent}>
                  {programme.progressPercent}%
                </progress>
              </>
            ),
          },
        ]}
      />
      <h3 className="nhsuk-heading-m">Phases</h3>
      <PhaseTaskList phases={programme.phases} />
      <p>
        <Link to={`/organisations/${orgId}/programme`}>View the programme and its change team</Link>
      </p>
    </>
  );
}

function HomeContent({ home, orgId }: { home: HomeView; orgId: string }) {
  const canWrite = useCan('programme.write');
  const { membershipFor } = useSession();
  const links = navigationFor(membershipFor(orgId)).filter((i) => i.label !== 'Home');
  const { organisation, programme, counts } = home;
  return (
    <>
      <PageHeading title="Home" caption={organisation.odsCode ? `ODS code ${organisation.odsCode}` : undefined}>
        {organisation.name}
      </PageHeading>
      {organisation.isDemo && (
        <InsetText>
          <p>This is the demo organisation. The people, units and results in it are made up.</p>
        </InsetText>
      )}

      {programme ? (
        <ProgrammeSummary programme={programme} orgId={orgId} />
      ) : canWrite ? (
        <>
          <h2 className="nhsuk-heading-l">Start a programme</h2>
          <p>No programme has started yet. When you start one, Cultivate sets up its phases for you to track.</p>
          <div className="nhsuk-grid-row">
            <div className="nhsuk-grid-column-two-thirds">
              <StartProgrammeForm orgId={orgId} />
            </div>
          </div>
        </>
      ) : (
        <InsetText>
          <p>No programme has started yet. Your programme lead will set one up.</p>
        </InsetText>
      )}

      <h2 className="nhsuk-heading-m">Your organisation</h2>
      <SummaryList
        rows={[
          { key: 'Units', value: counts.units.toLocaleString('en-GB') },
          { key: 'Staff', value: counts.staff.toLocaleString('en-GB') },
          { key: 'Change team', value: `${counts.changeTeam.toLocaleString('en-GB')} ${counts.changeTeam === 1 ? 'person' : 'people'}` },
        ]}
      />

      {links.length > 0 && (
        <>
          <h2 className="nhsuk-heading-m">What you can do</h2>
          <ul className="nhsuk-list nhsuk-list--bullet">
            {links.map((l) => (
              <li key={l.to}>
                <Link to={l.to}>{l.label}</Link>
                {DESCRIPTIONS[l.label] && ` – ${DESCRIPTIONS[l.label]}`}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

function NoOrganisation() {
  return (
    <>
      <PageHeading>You do not have access to an organisation yet</PageHeading>
      <p>Ask an administrator in your organisation to give you access.</p>
    </>
  );
}

export function HomePage() {
  const orgId = useOrgId();
  const home = useQuery({ queryKey: homeKey(orgId), queryFn: ({ signal }) => fetchHome(orgId, signal), enabled: orgId !== '' });
  if (!orgId) return <NoOrganisation />;
  return <QueryView query={home}>{(data) => <HomeContent home={data} orgId={orgId} />}</QueryView>;
}
