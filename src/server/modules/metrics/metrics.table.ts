export interface MetricValuesTable {
  organisation_id: string;
  metric_key: string;
  /** The unit's id, or "organisation" for the whole organisation. */
  unit_key: string;
  unit_id: string | null;
  period_kind: string;
  period: string;
  period_index: number;
  value: number;
  updated_at: string;
}

export interface MetricSettingsTable {
  organisation_id: string;
  metric_key: string;
  target: number | null;
  benchmark: number | null;
  benchmark_label: string | null;
  version: number;
  updated_at: string;
}
