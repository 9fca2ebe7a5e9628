// Strengths and concerns by cultural element for one unit (with everything below it): how many
// compliments and how many complaints were coded to each element. A kind with too few items in
// the unit says so instead of giving counts that could point to the people involved.
import { Table, type Column } from '../../../components/Table.js';
import type { KindSummary, Overview, Theme } from '../api/patient-experience-api.js';

type UnitSummary = Overview['feedback']['units'][number];

const cell = (s: KindSummary, theme: string) => (s.status === 'too_few' ? 'Too few' : s.status === 'none' ? 0 : (s.byTheme?.[theme] ?? 0));

function describe(s: KindSummary, one: string, many: string, threshold: number): string {
  if (s.status === 'none') return `no ${many}`;
  if (s.status === 'too_few') return `fewer than ${threshold} ${many}`;
  return `${s.items} ${s.items === 1 ? one : many} (${s.coded} coded)`;
}

export function StrengthsConcernsTable({ unit, themes, threshold }: { unit: UnitSummary; themes: readonly Theme[]; threshold: number }) {
  const columns: Column<Theme>[] = [
    { header: 'Cultural element', rowHeader: true, cell: (t) => t.name },
    { header: 'Strengths (compliments)', numeric: true, cell: (t) => cell(unit.strengths, t.id) },
    { header: 'Concerns (complaints)', numeric: true, cell: (t) => cell(unit.concerns, t.id) },
  ];
  return (
    <>
      <p>
        {unit.name}: {describe(unit.strengths, 'compliment', 'compliments', threshold)} and {describe(unit.concerns, 'complaint', 'complaints', threshold)}.
      </p>
      <Table caption={`Strengths and concerns: ${unit.name}`} captionSize="s" columns={columns} rows={themes} rowKey={(t) => t.id} />
      {(unit.strengths.status === 'too_few' || unit.concerns.status === 'too_few') && (
        <p className="nhsuk-body-s">
          “Too few” means this unit has fewer than {threshold} of that kind of feedback, so it is not counted by element: a handful of complaints about one place can point to the people
          involved. They still count towards the units above it.
        </p>
      )}
    </>
  );
}
