// Publishing new tables of a closed survey's results. Each population's release history is
// read, the table protected against it (core/analytics/breakdown.ts), and the grown histories
// saved together, all or nothing, before any figure leaves the server. Within this process one
// survey's tables are published one at a time; between processes the version check turns a
// race into a retry, so no table is ever shown without being recorded.
import { populationOf, releaseTable, startedHistory, type Population, type ReleasedFigures } from '../../../core/analytics/breakdown.js';
import { readReleaseHistory } from '../../../core/analytics/release-history.js';
import type { Db } from '../../db/database.js';
import { AppError } from '../../kernel/errors.js';
import { nowIso } from '../../kernel/ids.js';
import { inTransaction } from '../../kernel/transaction.js';
import { releasesOf, saveRelease } from './releases.repository.js';
import type { SurveyResults } from './results.service.js';

/** Who a set of figures counts: "respondents", "measure:<id>" or "item:<id>", with their values and the heatmap's column for them. */
export interface PopulationSpec {
  key: string;
  /** Each respondent's value (NaN: not in the population); null for head counts of everyone. */
  values: Float64Array | null;
  /** What the heatmap showed of this population, unit by unit: the history's first table. */
  hierarchy: ArrayLike<number>;
}

const populations = new WeakMap<SurveyResults, Map<string, Population>>();

function populationFor(results: SurveyResults, spec: PopulationSpec): Population {
  let known = populations.get(results);
  if (!known) populations.set(results, (known = new Map()));
  let population = known.get(spec.key);
  if (!population) {
    population = populationOf(results.matrix.tree, results.matrix.unitOf, results.demographics, spec.values);
    known.set(spec.key, population);
  }
  return population;
}

const queues = new Map<string, Promise<unknown>>();

function oneAtATime<T>(key: string, work: () => Promise<T>): Promise<T> {
  const run = (queues.get(key) ?? Promise.resolve()).then(work, work);
  const tail = run.then(() => undefined, () => undefined);
  queues.set(key, tail);
  void tail.then(() => {
    if (queues.get(key) === tail) queues.delete(key);
  });
  return run;
}

class Raced extends Error {}

const ATTEMPTS = 5;

/** The same table (rows by a demographic's categories) for each population, each protected against its own history and recorded. */
export function publishTables(db: Db, organisationId: string, results: SurveyResults, specs: readonly PopulationSpec[], dimension: string, rows: readonly number[]): Promise<ReleasedFigures[]> {
  const surveyId = results.survey.id;
  return oneAtATime(`${organisationId}/${surveyId}`, async () => {
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const stored = new Map((await releasesOf(db, organisationId, surveyId)).map((r) => [r.population, r]));
      const tables = specs.map((spec) => {
        const population = populationFor(results, spec);
        const row = stored.get(spec.key);
        const history = startedHistory(row ? readReleaseHistory(JSON.parse(row.history_json)) : null, results.survey.anonymityThreshold, population, spec.hierarchy);
        return { spec, version: row?.version ?? 0, figures: releaseTable(population, history, dimension, rows, spec.values) };
      });
      const grown = tables.filter((t) => t.figures.isNew);
      if (grown.length === 0) return tables.map((t) => t.figures);
      const at = nowIso();
      try {
        await inTransaction(db, async (trx) => {
          for (const t of grown) {
            const saved = await saveRelease(trx, { organisationId, surveyId, population: t.spec.key, historyJson: JSON.stringify(t.figures.history), version: t.version, at });
            if (!saved) throw new Raced();
          }
        });
        return tables.map((t) => t.figures);
      } catch (error) {
        if (!(error instanceof Raced)) throw error;
      }
    }
    throw new AppError(503, 'results_busy', 'Several people asked for new results tables at the same moment. Please try again.');
  });
}
