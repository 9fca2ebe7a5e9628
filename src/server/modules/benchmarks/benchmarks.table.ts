export interface BenchmarkSetsTable {
  id: string;
  organisation_id: string;
  name: string;
  source: string;
  file_name: string;
  /** The checked BenchmarkTable (core/benchmarks) as JSON. */
  table_json: string;
  /** JSON BenchmarkOverview, kept at upload; absent on tables uploaded before it was kept. */
  overview_json?: string | null;
  uploaded_at: string;
}
