// The leadership workforce analysis for an organisation on a date: who its leaders are, how
// widely they manage, how many leave and stay, how near retirement they are, whether key roles
// have successors, and how ethnic minority and disabled staff are represented at each band,
// from the staff record (a richer ESR extract). Every count is protected like survey results.
// Working it out takes about a second for a 3,000-person trust, so each answer is kept until
// the organisation's data changes (its data version) or another date is asked for.
import { ageProfile } from '../../../core/workforce/age-profile.js';
import { leadersReport } from '../../../core/workforce/leaders.js';
import type { WorkforceRecord } from '../../../core/workforce/records.js';
import { representationReport } from '../../../core/workforce/representation.js';
import { DEFAULT_K } from '../../../core/workforce/small-numbers.js';
import { spanOfControl } from '../../../core/workforce/span-of-control.js';
import { successionReport } from '../../../core/workforce/succession.js';
import { turnoverReport } from '../../../core/workforce/turnover.js';
import { prepareWorkforce } from '../../../core/workforce/workforce.js';
import type { Db } from '../../db/database.js';
import { AppError } from '../../kernel/errors.js';
import { todayIso } from '../../kernel/ids.js';
import type { OrgContext } from '../../kernel/request-context.js';
import { workforceRecords, workforceUnits } from './workforce.repository.js';

const shiftDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const yearBefore = (iso: string) => `${Number(iso.slice(0, 4)) - 1}${iso.slice(4)}`;

/**
 * The span report without its lists of managers: who manages too many or too few is for HR
 * with the staff record, not for a board paper; the protected counts per unit remain, and the
 * faults in the manager links are counted so someone can put them right.
 */
function spanSummary(report: ReturnType<typeof spanOfControl>) {
  const { asOf, k, min, max, rows } = report;
  return { asOf, k, min, max, rows, linkProblems: { cycles: report.cycles.length, managesSelf: report.managesSelf.length, managerUnknown: report.managerUnknown.length, managerNotInPost: report.managerNotInPost.length } };
}

async function analyse(db: Db, organisationId: string, asOf: string) {
  const [people, units] = await Promise.all([workforceRecords(db, organisationId), workforceUnits(db, organisationId)]);
  // Line managers are named by assignment number in ESR; the analysis links people by id.
  const idOfAssignment = new Map(people.map((p) => [p.assignment_number, p.id]));
  const records: WorkforceRecord[] = people.map((p) => ({
    id: p.id,
    unitId: p.unit_id,
    payBand: p.pay_band,
    staffGroup: p.staff_group,
    isLeader: p.is_leader === 1,
    managerId: p.line_manager ? (idOfAssignment.get(p.line_manager) ?? null) : null,
    startDate: p.start_date ?? null,
    leavingDate: p.leaving_date ?? null,
    leavingReason: p.leaving_reason ?? null,
    fte: p.fte ?? null,
    ageBand: p.age_band,
    ethnicity: p.ethnicity,
    sex: p.sex,
    disability: p.disability,
    keyRole: p.key_role === 1,
    successors: p.successors ?? 0,
  }));
  const w = prepareWorkforce(records, units.map((u) => ({ id: u.id, parentId: u.parent_id })));
  // The twelve months to the date: [from, to), so "to" is the day after.
  const to = shiftDays(asOf, 1);
  const from = yearBefore(to);
  const k = DEFAULT_K;
  return {
    asOf,
    from,
    to,
    k,
    units: units.map((u) => ({ unitId: u.id, name: u.name, parentId: u.parent_id })),
    problems: { total: w.problems.length, shown: w.problems.slice(0, 50) },
    leaders: leadersReport(w, { asOf, k }),
    span: spanSummary(spanOfControl(w, { asOf, k })),
    turnover: turnoverReport(w, { from, to, k }),
    age: ageProfile(w, { asOf, k }),
    succession: successionReport(w, { asOf, k }),
    representation: representationReport(w, { asOf, k }),
  };
}

export type WorkforceAnalysis = Awaited<ReturnType<typeof analyse>>;

const CAPACITY = 20;
const cache = new Map<string, Promise<WorkforceAnalysis>>();

export function workforceAnalysis(db: Db, org: OrgContext, asOf: string | undefined): Promise<WorkforceAnalysis> {
  const date = asOf ?? todayIso();
  if (date > todayIso()) throw new AppError(422, 'validation_failed', 'Check the date', [{ path: 'asOf', message: 'Choose today or a date in the past' }]);
  const key = `${org.organisationId}@${org.dataVersion}/${date}`;
  let entry = cache.get(key);
  if (!entry) {
    entry = analyse(db, org.organisationId, date);
    cache.set(key, entry);
    entry.catch(() => cache.delete(key));
    if (cache.size > CAPACITY) cache.delete(cache.keys().next().value as string);
  }
  return entry;
}
