// Launched surveys' instruments, parsed once. A survey's definition is frozen at launch and
// never changes, so a parsed copy can be kept for as long as the process lives (bounded);
// taking in a response then costs no re-reading or re-parsing of a large document.
import type { InstrumentDefinition, Language } from '../../../core/instruments/definition.js';
import type { Db } from '../../db/database.js';
import { surveyDefinition } from './surveys.repository.js';

export interface FrozenSurvey {
  definition: InstrumentDefinition;
  languages: Language[];
}

const CAPACITY = 200;
const cache = new Map<string, FrozenSurvey>();

/** The frozen instrument of a launched survey, or null before launch. The key includes the launch time, so a test database reusing ids cannot confuse it. */
export async function frozenSurvey(db: Db, survey: { id: string; organisation_id: string; launched_at: string | null; languages: string }): Promise<FrozenSurvey | null> {
  if (!survey.launched_at) return null;
  const key = `${survey.id}@${survey.launched_at}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const text = await surveyDefinition(db, survey.organisation_id, survey.id);
  if (!text) return null;
  const frozen = { definition: JSON.parse(text) as InstrumentDefinition, languages: JSON.parse(survey.languages) as Language[] };
  cache.set(key, frozen);
  if (cache.size > CAPACITY) cache.delete(cache.keys().next().value as string);
  return frozen;
}
