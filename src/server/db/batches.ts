// Writing many rows in multi-row statements of a bounded size, so neither engine's limit on
// bound parameters (SQLite 32,766; PostgreSQL 65,535) is reached: 500 rows of up to 60 columns.
const BATCH = 500;

export async function insertInBatches<T>(rows: readonly T[], insert: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await insert(rows.slice(i, i + BATCH));
}
