// Every conversations page belongs to the organisation's current programme: the newest one, as
// the programme page shows it. Without one there is nothing to plan against, so say so.
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useOrgId } from '../../../app/guards.js';
import { QueryView } from '../../../app/QueryView.js';
import { InsetText } from '../../../components/content.js';
import { PageHeading } from '../../../components/PageHeading.js';
import { useCurrentProgramme } from '../../programme/api/useProgramme.js';

export interface ProgrammeScope {
  orgId: string;
  programmeId: string;
  programmeName: string;
  /** The page path under the organisation: base('/new') → /organisations/:orgId/conversations/new. */
  base: (rest?: string) => string;
}

export const conversationsPath = (orgId: string, rest = '') => `/organisations/${orgId}/conversations${rest}`;

export function WithProgramme({ title, children }: { title: string; children: (scope: ProgrammeScope) => ReactNode }) {
  const orgId = useOrgId();
  const programme = useCurrentProgramme(orgId);
  return (
    <QueryView query={programme} loading="Loading the programme">
      {(p) =>
        p ? (
          children({ orgId, programmeId: p.id, programmeName: p.name, base: (rest = '') => conversationsPath(orgId, rest) })
        ) : (
          <div className="nhsuk-grid-row">
            <div className="nhsuk-grid-column-two-thirds">
              <PageHeading>{title}</PageHeading>
              <InsetText>
                <p>There is no programme yet. Focus groups and board interviews are planned as part of a programme, so one has to be started first.</p>
              </InsetText>
              <p>
                <Link to={`/organisations/${orgId}/programme`}>Go to the programme</Link>
              </p>
            </div>
          </div>
        )
      }
    </QueryView>
  );
}
