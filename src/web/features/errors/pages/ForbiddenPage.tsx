import { Link } from 'react-router';
import { PageHeading } from '../../../components/PageHeading.js';

/** NHS.UK "no permission" page: shown when a role does not allow a page, or the API answers 403. */
export function ForbiddenPage() {
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <PageHeading>You do not have permission to see this page</PageHeading>
        <p>Your role in this organisation does not give you access to this page.</p>
        <p>If you think you need access, ask an administrator in your organisation to change your roles.</p>
        <p>
          <Link to="/">Go to the home page</Link>
        </p>
      </div>
    </div>
  );
}
