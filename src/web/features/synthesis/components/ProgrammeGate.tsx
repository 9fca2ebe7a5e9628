// The synthesis belongs to a programme: the organisation's current one (the newest). Without a
// programme there is nothing to synthesise, so the page says so and points to where one starts.
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { QueryView } from '../../../app/QueryView.js';
import { InsetText } from '../../../components/content.js';
import { PageHeading } from '../../../components/PageHeading.js';
import type { ProgrammeView } from '../../programme/api/programme-api.js';
import { useCurrentProgramme } from '../../programme/api/useProgramme.js';

export function ProgrammeGate({ orgId, heading, children }: { orgId: string; heading: string; children: (programme: ProgrammeView) => ReactNode }) {
  const programme = useCurrentProgramme(orgId);
  return (
    <QueryView query={programme} loading="Loading the programme">
      {(p) =>
        p ? (
          children(p)
        ) : (
          <div className="nhsuk-grid-row">
            <div className="nhsuk-grid-column-two-thirds">
              <PageHeading>{heading}</PageHeading>
              <InsetText>
                <p>There is no programme yet, so there is nothing to bring together. The synthesis starts once a programme is under way.</p>
              </InsetText>
              <p>
                <Link to={`/organisations/${orgId}/programme`}>Go to the programme page</Link>
              </p>
            </div>
          </div>
        )
      }
    </QueryView>
  );
}
