// The `cultivate import` helper (src/cli/import-command.ts), against a fresh database per test.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runImportCommand } from '../../../cli/import-command.js';
import { makeStaffCsv } from '../../../core/imports/synthetic-staff.js';
import { openDatabase, type DbHandle } from '../../db/database.js';
import { migrateToLatest } from '../../db/migrator.js';
import { createOrganisation } from '../organisations/index.js';

let handle: DbHandle;
let dir: string;
let lines: string[];
const log = (line: string) => lines.push(line);

beforeEach(async () => {
  handle = openDatabase({ kind: 'sqlite', path: ':memory:' });
  await migrateToLatest(handle.db);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cultivate-import-cli-'));
  lines = [];
});
afterEach(async () => {
  await handle.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function file(name: string, content: string): string {
  const p = path.join(dir, name);
  fs.writeFileSync(p, content);
  return p;
}
const org = (name: string) => createOrganisation(handle.db, { name, odsCode: null, kind: 'acute_trust' });

describe('cultivate import', () => {
  it('uses the only organisation, prints progress every 10% and the counts', async () => {
    await org('Only Trust');
    const code = await runImportCommand(handle, { kind: 'staff', file: file('staff.csv', makeStaffCsv(1000, 5)), log });
    expect(code).toBe(0);
    expect(lines.slice(0, 3)).toEqual(['Importing staff from staff.csv…', 'Checking 1,000 rows…', 'No problems found. Writing…']);
    const percents = lines.filter((l) => /^ {2}\d+% /.test(l)).map((l) => Number(l.trim().split('%')[0]));
    expect(percents).toEqual([...new Set(percents)].sort((a, b) => a - b));
    expect(percents.at(-1)).toBe(100);
    expect(lines.at(-1)).toMatch(/^Imported 1,000 staff records: 1,000 new, 0 updated\. \d+ new units were added from unit paths\. \(1,000 created, 0 updated, [\d.]+s\)$/);
  });

  it('prints the first 50 problems as "row N, column C: message"', async () => {
    await org('Only Trust');
    const rows = ['Assignment Number,Full Name,Pay Band,Unit Path'];
    for (let i = 0; i < 60; i++) rows.push(`${i},Person ${i},Band 11,Medicine`);
    const code = await runImportCommand(handle, { kind: 'staff', file: file('bad.csv', rows.join('\n')), log });
    expect(code).toBe(1);
    const problems = lines.filter((l) => l.startsWith('row '));
    expect(problems).toHaveLength(50);
    expect(problems[0]).toBe(
      'row 2, column Pay Band: "Band 11" is not a pay band Cultivate recognises. Use Band 1 to Band 9 (8a to 8d), a medical grade such as Consultant or Foundation Year 1, Non-AfC or Other',
    );
    expect(lines.at(-1)).toBe('… and 10 more.');
  });

  it('asks which organisation when there is more than one, and accepts an id', async () => {
    const a = await org('A Trust');
    await org('B Trust');
    const units = file('units.csv', 'Unit Code,Unit Name,Parent Code\nMED,Medicine,\n');
    expect(await runImportCommand(handle, { kind: 'units', file: units, log })).toBe(2);
    expect(lines[0]).toBe('There is more than one organisation. Say which one to import into with its id:');
    expect(await runImportCommand(handle, { organisationId: a, kind: 'units', file: units, log })).toBe(0);
    expect(await runImportCommand(handle, { organisationId: '00000000-0000-4000-8000-000000000000', kind: 'units', file: units, log })).toBe(2);
  });

  it('explains files it cannot read', async () => {
    await org('Only Trust');
    expect(await runImportCommand(handle, { kind: 'units', file: path.join(dir, 'missing.csv'), log })).toBe(2);
    expect(lines.at(-1)).toMatch(/^Cannot read .*missing\.csv: ENOENT/);
    expect(await runImportCommand(handle, { kind: 'units', file: file('h.csv', 'Unit Code,Unit Name\n'), log })).toBe(1);
    expect(lines.at(-1)).toBe('The file has a header row but no data rows. Add at least one row under the header and upload it again.');
  });
});
