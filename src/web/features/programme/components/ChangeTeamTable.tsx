import { useMutation } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useInvalidateOrg } from '../../../app/invalidate.js';
import { isApiError } from '../../../api/problem.js';
import { ButtonLink } from '../../../components/Button.js';
import { InsetText } from '../../../components/content.js';
import { ErrorSummary } from '../../../components/ErrorSummary.js';
import { Table } from '../../../components/Table.js';
import { removeFromChangeTeam, type ChangeTeamMember } from '../api/programme-api.js';

interface Props {
  orgId: string;
  programmeId: string;
  members: ChangeTeamMember[];
  canWrite: boolean;
}

/** The change team, with a remove button per person. After a removal, focus goes to the heading and the result is announced. */
export function ChangeTeamTable({ orgId, programmeId, members, canWrite }: Props) {
  const invalidate = useInvalidateOrg(orgId);
  const heading = useRef<HTMLHeadingElement>(null);
  const [status, setStatus] = useState('');
  const remove = useMutation({
    mutationFn: (m: ChangeTeamMember) => removeFromChangeTeam(orgId, programmeId, m.personId),
    onSuccess: async (_r, m) => {
      setStatus(`${m.fullName} has been removed from the change team.`);
      await invalidate();
      heading.current?.focus();
    },
    onError: () => setStatus(''),
  });
  const failure = remove.error && isApiError(remove.error) ? remove.error.detail : null;

  return (
    <>
      <h2 className="nhsuk-heading-m" ref={heading} tabIndex={-1}>
        Change team
      </h2>
      <p role="status">{status}</p>
      {failure && <ErrorSummary problems={[{ field: null, message: failure }]} title="The person was not removed" attempt={remove.submittedAt} />}
      <p>The change team is usually 15 to 20 volunteers from every level and staff group. They run focus groups, analyse results and act as ambassadors.</p>
      {members.length === 0 ? (
        <InsetText>
          <p>No one is in the change team yet.</p>
        </InsetText>
      ) : (
        <Table
          caption={`${members.length} ${members.length === 1 ? 'person' : 'people'} in the change team`}
          captionSize="s"
          columns={[
            { header: 'Name', cell: (m: ChangeTeamMember) => m.fullName, rowHeader: true },
            { header: 'Job role', cell: (m) => m.jobRole ?? '–' },
            { header: 'Unit', cell: (m) => m.unitName },
            { header: 'Role in the team', cell: (m) => m.roleNote || '–' },
            ...(canWrite
              ? [
                  {
                    header: <span className="nhsuk-u-visually-hidden">Actions</span>,
                    cell: (m: ChangeTeamMember) => (
                      <button type="button" className="app-link-button" onClick={() => remove.mutate(m)} disabled={remove.isPending}>
                        Remove<span className="nhsuk-u-visually-hidden"> {m.fullName} from the change team</span>
                      </button>
                    ),
                  },
                ]
              : []),
          ]}
          rows={members}
          rowKey={(m) => m.personId}
        />
      )}
      {canWrite && (
        <ButtonLink variant="secondary" to={`/organisations/${orgId}/programme/change-team/add`}>
          Add someone to the change team
        </ButtonLink>
      )}
    </>
  );
}
