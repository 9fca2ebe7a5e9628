import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { useOrgId } from '../../../app/guards.js';
import { QueryView } from '../../../app/QueryView.js';
import { withQuery } from '../../../api/query-string.js';
import { InsetText } from '../../../components/content.js';
import { PageHeading } from '../../../components/PageHeading.js';
import { Pagination, ResultCount } from '../../../components/Pagination.js';
import { Table } from '../../../components/Table.js';
import { formatDateTime } from '../../../lib/dates.js';
import { auditKey, fetchAudit, type AuditEvent } from '../api/audit-api.js';
import { actionLabel, detailText } from '../components/audit-text.js';

const PAGE_SIZE = 50;

export function AuditPage() {
  const orgId = useOrgId();
  const [params] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const audit = useQuery({
    queryKey: auditKey(orgId, page),
    queryFn: ({ signal }) => fetchAudit(orgId, page, PAGE_SIZE, signal),
    placeholderData: keepPreviousData,
  });
  return (
    <QueryView query={audit} loading="Loading the audit log">
      {(result) => {
        return (
          <>
            <PageHeading>Audit log</PageHeading>
            <p>Who did what in this organisation, newest first.</p>
            {result.total === 0 ? (
              <InsetText>
                <p>Nothing has been recorded yet.</p>
              </InsetText>
            ) : (
              <>
                <ResultCount page={result.page} pageSize={result.pageSize} total={result.total} noun={['event', 'events']} />
                <Table
                  caption="Audit events"
                  captionHidden
                  columns={[
                    { header: 'When', cell: (e: AuditEvent) => formatDateTime(e.at) },
                    { header: 'Who', cell: (e) => <span className="app-break-anywhere">{e.actor}</span> },
                    { header: 'What', cell: (e) => actionLabel(e.action) },
                    { header: 'Details', cell: (e) => <span className="nhsuk-body-s app-break-anywhere">{detailText(e.detail) || '–'}</span> },
                  ]}
                  rows={result.items}
                  rowKey={(e) => e.id}
                />
                <Pagination
                  page={result.page}
                  pageSize={result.pageSize}
                  total={result.total}
                  hrefFor={(n) => withQuery(`/organisations/${orgId}/audit`, { page: n === 1 ? undefined : n })}
                />
              </>
            )}
          </>
        );
      }}
    </QueryView>
  );
}
