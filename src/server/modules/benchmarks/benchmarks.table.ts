export interface BenchmarkSetsTable {
  id: string;
  organisation_id: string;
  name: string;
  source: string;
  file_name: string;
  /** The checked BenchmarkTable (core/benchmarks) as JSON. */
  table_json: string;
  uploaded_at: string;
}
