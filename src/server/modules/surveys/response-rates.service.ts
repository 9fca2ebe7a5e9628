// Live response rates by unit, rolled up the frozen tree. Responses are filed under filing
// units (see core/surveys/frozen-audience.ts), so a unit's audience here is the people filed
// within its subtree. Figures show only for units whose filed audience reaches the anonymity
// threshold; smaller units are counted in the hidden total, never listed with numbers.
import type { Db } from '../../db/database.js';
import * as responses from './responses.repository.js';
import * as repo from './surveys.repository.js';
import { requireSurvey } from './surveys.service.js';

export async function responseRates(db: Db, organisationId: string, surveyId: string) {
  const survey = await requireSurvey(db, organisationId, surveyId);
  const [units, counts] = await Promise.all([repo.surveyUnits(db, organisationId, surveyId), responses.responseCountsByUnit(db, organisationId, surveyId)]);
  const parentOf = new Map(units.map((u) => [u.unit_id, u.parent_id]));
  const rolled = new Map<string, number>();
  let total = 0;
  for (const { unit_id, n } of counts) {
    total += Number(n);
    for (let id: string | null | undefined = unit_id; id; id = parentOf.get(id)) rolled.set(id, (rolled.get(id) ?? 0) + Number(n));
  }
  const threshold = survey.anonymity_threshold;
  const invitedTotal = survey.audience_size ?? 0;
  const filed = filedAudience(units);
  const shown = units.filter((u) => (filed.get(u.unit_id) ?? 0) >= threshold);
  return {
    threshold,
    total: { invited: invitedTotal, responses: total, rate: invitedTotal ? total / invitedTotal : 0 },
    units: shown.map((u) => {
      const n = rolled.get(u.unit_id) ?? 0;
      const invited = filed.get(u.unit_id)!;
      return { unitId: u.unit_id, parentId: u.parent_id, name: u.name, invited, responses: n, rate: n / invited };
    }),
    hiddenUnits: units.length - shown.length,
  };
}

/** People filed within each unit's subtree: a filing unit holds its subtree less the subtrees of the filing units below it. */
function filedAudience(units: readonly { unit_id: string; parent_id: string | null; subtree_audience: number; files_responses: number }[]): Map<string, number> {
  const children = new Map<string, string[]>();
  for (const u of units) if (u.parent_id) children.set(u.parent_id, [...(children.get(u.parent_id) ?? []), u.unit_id]);
  const byId = new Map(units.map((u) => [u.unit_id, u]));
  const result = new Map<string, number>();
  // Returns [people filed within the subtree, subtree audience already claimed by filing units].
  const visit = (id: string): [number, number] => {
    const u = byId.get(id)!;
    let filedBelow = 0;
    let claimedBelow = 0;
    for (const c of children.get(id) ?? []) {
      const [f, claimed] = visit(c);
      filedBelow += f;
      claimedBelow += claimed;
    }
    const own = u.files_responses ? u.subtree_audience - claimedBelow : 0;
    result.set(id, filedBelow + own);
    return [filedBelow + own, u.files_responses ? u.subtree_audience : claimedBelow];
  };
  for (const u of units) if (!u.parent_id) visit(u.unit_id);
  return result;
}
