import { PageHeading } from '../../../components/PageHeading.js';

/** Something failed that the user cannot fix from the page: say what, and what to do next. */
export function ProblemPage({ detail }: { detail?: string }) {
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <PageHeading>Sorry, there is a problem with the service</PageHeading>
        {detail && <p>{detail}</p>}
        <p>Try again later.</p>
      </div>
    </div>
  );
}
