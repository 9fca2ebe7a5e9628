// The Discover checklist on the programme page: each diagnostic and the synthesis, where it
// stands (read from the data, not ticked by hand), what has been done, and a link to the page
// where the work happens; then a link to the synthesis itself.
import { Link } from 'react-router';
import { useOrgId } from '../../../app/guards.js';
import { can, useSession } from '../../../app/session.js';
import { Loading, Tag } from '../../../components/content.js';
import { useChecklist } from '../api/useSynthesis.js';
import { canOpenItem } from '../lib/checklist.js';
import { synthesisPath } from '../lib/paths.js';
import { CHECKLIST_STATUS_COLOURS, CHECKLIST_STATUS_LABELS } from '../lib/ratings.js';

export function DiscoverChecklist({ programmeId }: { programmeId: string }) {
  const orgId = useOrgId();
  const { membershipFor } = useSession();
  const membership = membershipFor(orgId);
  const checklist = useChecklist(orgId, programmeId);
  return (
    <section aria-labelledby="discover-checklist">
      <h2 className="nhsuk-heading-m" id="discover-checklist">
        Discover checklist
      </h2>
      <p>Where each part of the Discover phase stands, worked out from what has been recorded.</p>
      {checklist.isPending ? (
        <Loading what="Loading the Discover checklist" />
      ) : checklist.isError ? (
        <p>The Discover checklist could not be loaded. Reload the page to try again.</p>
      ) : (
        <ul className="nhsuk-task-list">
          {checklist.data.items.map((item) => {
            const hintId = `discover-${item.key}-hint`;
            const statusId = `discover-${item.key}-status`;
            const linked = canOpenItem(item.key, (action) => can(membership, action));
            return (
              <li className={`nhsuk-task-list__item${linked ? ' nhsuk-task-list__item--with-link' : ''}`} key={item.key}>
                <div className="nhsuk-task-list__name-and-hint">
                  {linked ? (
                    <Link className="nhsuk-link nhsuk-task-list__link" to={item.path} aria-describedby={`${hintId} ${statusId}`}>
                      {item.name}
                    </Link>
                  ) : (
                    <div>{item.name}</div>
                  )}
                  <div className="nhsuk-task-list__hint" id={hintId}>
                    {item.detail}
                  </div>
                </div>
                <div className="nhsuk-task-list__status" id={statusId}>
                  <Tag colour={CHECKLIST_STATUS_COLOURS[item.status]}>{CHECKLIST_STATUS_LABELS[item.status]}</Tag>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {can(membership, 'synthesis.read') && (
        <p>
          <Link to={synthesisPath(orgId)}>Open the synthesis</Link>
        </p>
      )}
    </section>
  );
}
