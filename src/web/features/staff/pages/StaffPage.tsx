import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useOrgId } from '../../../app/guards.js';
import { QueryView } from '../../../app/QueryView.js';
import { withQuery } from '../../../api/query-string.js';
import { InsetText } from '../../../components/content.js';
import { Form } from '../../../components/forms/Form.js';
import { Select, TextInput } from '../../../components/forms/fields.js';
import { useForm } from '../../../components/forms/useForm.js';
import { PageHeading } from '../../../components/PageHeading.js';
import { Pagination, ResultCount } from '../../../components/Pagination.js';
import { useUnits } from '../../units/api/useUnits.js';
import { parentOptions } from '../../units/lib/unit-tree.js';
import { searchStaff, staffKey } from '../api/staff-api.js';
import { StaffTable } from '../components/StaffTable.js';

const PAGE_SIZE = 50;

function StaffSearch({ q, unitId, onSearch }: { q: string; unitId: string; onSearch: (q: string, unitId: string) => void }) {
  const orgId = useOrgId();
  const units = useUnits(orgId);
  const unitOptions = useMemo(() => parentOptions(units.data ?? [], null), [units.data]);
  const form = useForm({
    initialValues: { q, unitId },
    submit: async (v) => v,
    onSuccess: (v) => onSearch(v.q.trim(), v.unitId),
  });
  return (
    <Form form={form} submitLabel="Search" submitVariant="secondary" aria-label="Search staff">
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-one-half">
          <TextInput name="q" label="Name or assignment number" type="search" spellCheck={false} />
        </div>
        <div className="nhsuk-grid-column-one-half">
          <Select name="unitId" label="Unit" hint="Includes the units inside it" options={unitOptions} placeholder="All units" />
        </div>
      </div>
    </Form>
  );
}

export function StaffPage() {
  const orgId = useOrgId();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const unitId = params.get('unitId') ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const query = { q, unitId, page, pageSize: PAGE_SIZE };
  const staff = useQuery({
    queryKey: staffKey(orgId, query),
    queryFn: ({ signal }) => searchStaff(orgId, query, signal),
    placeholderData: keepPreviousData,
  });
  const hrefFor = (n: number) => withQuery(`/organisations/${orgId}/staff`, { q, unitId, page: n === 1 ? undefined : n });

  return (
    <QueryView query={staff} loading="Loading the staff list">
      {(result) => {
        const filtered = q !== '' || unitId !== '';
        return (
          <>
            <PageHeading>Staff</PageHeading>
            <StaffSearch key={`${q}|${unitId}`} q={q} unitId={unitId} onSearch={(nq, nu) => setParams(withQuery('', { q: nq, unitId: nu }).replace(/^\?/, ''))} />
            {result.total === 0 ? (
              <InsetText>
                <p>{filtered ? 'No staff match your search. Check the spelling, or search all units.' : 'There are no staff yet. Import the staff list to add them.'}</p>
              </InsetText>
            ) : (
              <>
                <ResultCount page={result.page} pageSize={result.pageSize} total={result.total} noun={['person', 'people']} updating={staff.isPlaceholderData} />
                <StaffTable people={result.items} caption={filtered ? 'Staff matching your search' : 'All staff'} />
                <Pagination page={result.page} pageSize={result.pageSize} total={result.total} hrefFor={hrefFor} />
              </>
            )}
          </>
        );
      }}
    </QueryView>
  );
}
