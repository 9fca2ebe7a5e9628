// Live response rates by unit, rolled up the frozen tree. Responses are filed under filing
// units (see core/surveys/frozen-audience.ts), so a unit's audience here is the people filed
// within its subtree. Figures show only for units whose filed audience reaches the anonymity
// threshold; smaller units are counted in the hidden total, never listed with numbers.
import type { Db } from '../../db/database.js';
import * as responses from './responses.repository.js';
import * as repo from './surveys.repository.js';
import { requireSurvey } from './surveys.service.js';

/** Adds each unit's count to itself and every unit above it. */
function rollUp(counts: Iterable<readonly [string, number]>, parentOf: ReadonlyMap<string, string | null>): Map<string, number> {
  const rolled = new Map<string, number>();
  for (const [unitId, n] of counts) {
    for (let id: string | null | undefined = unitId; id; id = parentOf.get(id)) rolled.set(id, (rolled.get(id) ?? 0) + n);
  }
  return rolled;
}

export async function responseRates(db: Db, organisationId: string, surveyId: string) {
  const survey = await requireSurvey(db, organisationId, surveyId);
  const [units, counts] = await Promise.all([repo.surveyUnits(db, organisationId, surveyId), responses.responseCountsByUnit(db, organisationId, surveyId)]);
  const parentOf = new Map(units.map((u) => [u.unit_id, u.parent_id]));
  const rolled = rollUp(counts.map((c) => [c.unit_id, Number(c.n)] as const), parentOf);
  // Who was filed where was decided and stored at launch; here it is only added up the tree.
  const filed = rollUp(units.map((u) => [u.unit_id, u.filed_audience] as const), parentOf);
  const total = counts.reduce((sum, c) => sum + Number(c.n), 0);
  const threshold = survey.anonymity_threshold;
  const invitedTotal = survey.audience_size ?? 0;
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
