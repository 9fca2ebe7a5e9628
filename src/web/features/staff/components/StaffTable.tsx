import type { ReactNode } from 'react';
import { Table, type Column } from '../../../components/Table.js';
import type { Person } from '../api/staff-api.js';

const dash = (value: string | null) => value || '–';

export const STAFF_COLUMNS: Column<Person>[] = [
  { header: 'Name', cell: (p) => p.fullName, rowHeader: true },
  { header: 'Assignment number', cell: (p) => p.assignmentNumber },
  { header: 'Job role', cell: (p) => dash(p.jobRole) },
  { header: 'Pay band', cell: (p) => dash(p.payBand) },
  { header: 'Staff group', cell: (p) => dash(p.staffGroup) },
  { header: 'Unit', cell: (p) => p.unitName },
  { header: 'Leader', cell: (p) => (p.isLeader ? 'Yes' : 'No') },
];

export function StaffTable({ people, caption, extra }: { people: readonly Person[]; caption: ReactNode; extra?: Column<Person>[] }) {
  return <Table caption={caption} captionSize="s" columns={extra ? [...STAFF_COLUMNS, ...extra] : STAFF_COLUMNS} rows={people} rowKey={(p) => p.id} />;
}
