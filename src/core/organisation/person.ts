// A member of staff as Cultivate holds them, from an Electronic Staff Record style extract.
// Protected characteristics are optional and are only ever reported in aggregate.
export interface PersonRecord {
  assignmentNumber: string;
  fullName: string;
  workEmail: string | null;
  payBand: string | null;
  staffGroup: string | null;
  jobRole: string | null;
  isLeader: boolean;
  ethnicity: string | null;
  sex: string | null;
  disability: string | null;
  ageBand: string | null;
  /** From a richer ESR extract, for the leadership workforce analysis: ISO dates, FTE, the line manager's assignment number. */
  startDate: string | null;
  leavingDate: string | null;
  leavingReason: string | null;
  fte: number | null;
  lineManager: string | null;
  /** A post the organisation counts as a key leadership role, and its ready-now successors. */
  keyRole: boolean;
  successors: number | null;
}
