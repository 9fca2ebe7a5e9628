// The database type: every table, gathered from the module that owns it.
import type { AuditEventsTable } from '../modules/audit/audit.table.js';
import type { MembershipsTable, SessionsTable, UsersTable } from '../modules/auth/auth.table.js';
import type { ImportRunsTable } from '../modules/imports/imports.table.js';
import type { OrganisationsTable } from '../modules/organisations/organisations.table.js';
import type {
  ChangeTeamMembersTable,
  ProgrammePhasesTable,
  ProgrammesTable,
} from '../modules/programmes/programmes.table.js';
import type {
  InstrumentVersionsTable,
  InstrumentsTable,
  SurveyInvitationsTable,
  SurveyResponsesTable,
  SurveySpentMarkersTable,
  SurveysTable,
  SurveyUnitsTable,
} from '../modules/surveys/surveys.table.js';
import type {
  FeedbackRatersTable,
  FeedbackRequestsTable,
  FeedbackResponsesTable,
  FeedbackSharesTable,
  FeedbackSpentMarkersTable,
} from '../modules/feedback/feedback.table.js';
import type { MailOutboxTable } from '../modules/mail/mail.table.js';
import type { CommentCodesTable } from '../modules/results/comments.table.js';
import type { ResultReleasesTable } from '../modules/results/releases.table.js';
import type { MetricSettingsTable, MetricValuesTable } from '../modules/metrics/metrics.table.js';
import type { FftResultsTable, PatientFeedbackCodesTable, PatientFeedbackTable } from '../modules/patient-experience/patient-experience.table.js';
import type { ConversationExcerptsTable, ConversationsTable, DiscussionGuidesTable, ExcerptCodingsTable } from '../modules/conversations/conversations.table.js';
import type { SynthesesTable, SynthesisCellsTable } from '../modules/synthesis/synthesis.table.js';
import type { BenchmarkSetsTable } from '../modules/benchmarks/benchmarks.table.js';
import type { AppStateTable } from '../modules/setup/setup.table.js';
import type { PeopleTable } from '../modules/staff/staff.table.js';
import type { OrgUnitsTable } from '../modules/units/units.table.js';

export interface Database {
  app_state: AppStateTable;
  organisations: OrganisationsTable;
  org_units: OrgUnitsTable;
  people: PeopleTable;
  users: UsersTable;
  memberships: MembershipsTable;
  sessions: SessionsTable;
  audit_events: AuditEventsTable;
  programmes: ProgrammesTable;
  programme_phases: ProgrammePhasesTable;
  change_team_members: ChangeTeamMembersTable;
  import_runs: ImportRunsTable;
  instruments: InstrumentsTable;
  instrument_versions: InstrumentVersionsTable;
  surveys: SurveysTable;
  survey_units: SurveyUnitsTable;
  survey_invitations: SurveyInvitationsTable;
  survey_spent_markers: SurveySpentMarkersTable;
  survey_responses: SurveyResponsesTable;
  mail_outbox: MailOutboxTable;
  feedback_requests: FeedbackRequestsTable;
  feedback_raters: FeedbackRatersTable;
  feedback_responses: FeedbackResponsesTable;
  feedback_spent_markers: FeedbackSpentMarkersTable;
  feedback_shares: FeedbackSharesTable;
  comment_codes: CommentCodesTable;
  benchmark_sets: BenchmarkSetsTable;
  result_releases: ResultReleasesTable;
  metric_values: MetricValuesTable;
  metric_settings: MetricSettingsTable;
  fft_results: FftResultsTable;
  patient_feedback: PatientFeedbackTable;
  patient_feedback_codes: PatientFeedbackCodesTable;
  discussion_guides: DiscussionGuidesTable;
  conversations: ConversationsTable;
  conversation_excerpts: ConversationExcerptsTable;
  excerpt_codings: ExcerptCodingsTable;
  syntheses: SynthesesTable;
  synthesis_cells: SynthesisCellsTable;
}
