// Pages inside one organisation, each with the action it needs (see core/access/policy.ts).
import type { RouteObject } from 'react-router';
import { AuditPage } from '../features/audit/pages/AuditPage.js';
import { BenchmarksPage } from '../features/benchmarks/pages/BenchmarksPage.js';
import { AgreementPage } from '../features/conversations/pages/AgreementPage.js';
import { ConversationsPage } from '../features/conversations/pages/ConversationsPage.js';
import { EditGuidePage } from '../features/conversations/pages/EditGuidePage.js';
import { EditSessionPage } from '../features/conversations/pages/EditSessionPage.js';
import { GuidePage } from '../features/conversations/pages/GuidePage.js';
import { PlanSessionPage } from '../features/conversations/pages/PlanSessionPage.js';
import { SecondCodingPage } from '../features/conversations/pages/SecondCodingPage.js';
import { SessionPage } from '../features/conversations/pages/SessionPage.js';
import { DashboardPage } from '../features/dashboard/pages/DashboardPage.js';
import { ImportValuesPage } from '../features/dashboard/pages/ImportValuesPage.js';
import { MetricPage } from '../features/dashboard/pages/MetricPage.js';
import { CloseFeedbackPage } from '../features/feedback/pages/CloseFeedbackPage.js';
import { FeedbackPage } from '../features/feedback/pages/FeedbackPage.js';
import { FeedbackReportPage } from '../features/feedback/pages/FeedbackReportPage.js';
import { FeedbackRequestPage } from '../features/feedback/pages/FeedbackRequestPage.js';
import { NewFeedbackPage } from '../features/feedback/pages/NewFeedbackPage.js';
import { HomePage } from '../features/home/pages/HomePage.js';
import { CopyInstrumentPage } from '../features/instruments/pages/CopyInstrumentPage.js';
import { InstrumentPage } from '../features/instruments/pages/InstrumentPage.js';
import { InstrumentsPage } from '../features/instruments/pages/InstrumentsPage.js';
import { PublishInstrumentPage, RemoveQuestionPage, RemoveStatementPage } from '../features/instruments/pages/InstrumentStepPages.js';
import { QuestionFormPage } from '../features/instruments/pages/QuestionFormPage.js';
import { SectionFormPage } from '../features/instruments/pages/SectionFormPage.js';
import { StatementFormPage } from '../features/instruments/pages/StatementFormPage.js';
import { PaperEntryPage } from '../features/paper-entry/pages/PaperEntryPage.js';
import { ImportPatientExperiencePage } from '../features/patient-experience/pages/ImportPatientExperiencePage.js';
import { PatientExperiencePage } from '../features/patient-experience/pages/PatientExperiencePage.js';
import { PatientFeedbackPage } from '../features/patient-experience/pages/PatientFeedbackPage.js';
import { BreakdownPage } from '../features/results/pages/BreakdownPage.js';
import { CommentsPage } from '../features/results/pages/CommentsPage.js';
import { DriversPage } from '../features/results/pages/DriversPage.js';
import { ResultsPage } from '../features/results/pages/ResultsPage.js';
import { UnitResultsPage } from '../features/results/pages/UnitResultsPage.js';
import { ImportPage } from '../features/imports/pages/ImportPage.js';
import { AddChangeTeamPage } from '../features/programme/pages/AddChangeTeamPage.js';
import { EditProgrammePage } from '../features/programme/pages/EditProgrammePage.js';
import { PhasePage } from '../features/programme/pages/PhasePage.js';
import { ProgrammePage } from '../features/programme/pages/ProgrammePage.js';
import { StaffPage } from '../features/staff/pages/StaffPage.js';
import { ElementPage } from '../features/synthesis/pages/ElementPage.js';
import { ReportPage } from '../features/synthesis/pages/ReportPage.js';
import { SynthesisPage } from '../features/synthesis/pages/SynthesisPage.js';
import { CreateSurveyPage } from '../features/surveys/pages/CreateSurveyPage.js';
import { OutboxPage } from '../features/surveys/pages/OutboxPage.js';
import { PosterPage } from '../features/surveys/pages/PosterPage.js';
import { CloseSurveyPage, LaunchSurveyPage, SendRemindersPage } from '../features/surveys/pages/SurveyActionPages.js';
import { SurveyPage } from '../features/surveys/pages/SurveyPage.js';
import { SurveysPage } from '../features/surveys/pages/SurveysPage.js';
import { DeleteUnitPage } from '../features/units/pages/DeleteUnitPage.js';
import { UnitFormPage } from '../features/units/pages/UnitFormPage.js';
import { UnitsPage } from '../features/units/pages/UnitsPage.js';
import { AddUserPage } from '../features/users/pages/AddUserPage.js';
import { ChangeRolesPage, RemoveUserPage } from '../features/users/pages/UserChangePages.js';
import { UsersPage } from '../features/users/pages/UsersPage.js';
import { WorkforcePage } from '../features/workforce/pages/WorkforcePage.js';
import type { Action } from '../api/types.js';
import { Allow } from './guards.js';

const page = (path: string, anyOf: readonly Action[], element: React.ReactNode): RouteObject => ({
  path,
  element: <Allow anyOf={anyOf}>{element}</Allow>,
});

export const organisationRoutes: RouteObject[] = [
  { index: true, element: <HomePage /> },
  page('units', ['units.read'], <UnitsPage />),
  page('units/new', ['units.write'], <UnitFormPage />),
  page('units/:unitId/edit', ['units.write'], <UnitFormPage />),
  page('units/:unitId/delete', ['units.write'], <DeleteUnitPage />),
  page('staff', ['staff.read'], <StaffPage />),
  page('import', ['units.write'], <ImportPage />),
  page('programme', ['programme.read'], <ProgrammePage />),
  page('programme/edit', ['programme.write'], <EditProgrammePage />),
  page('programme/phases/:phase', ['programme.write'], <PhasePage />),
  page('programme/change-team/add', ['programme.write'], <AddChangeTeamPage />),
  page('surveys', ['surveys.read'], <SurveysPage />),
  page('surveys/new', ['surveys.manage'], <CreateSurveyPage />),
  page('surveys/:surveyId', ['surveys.read'], <SurveyPage />),
  page('surveys/:surveyId/launch', ['surveys.manage'], <LaunchSurveyPage />),
  page('surveys/:surveyId/reminders', ['surveys.manage'], <SendRemindersPage />),
  page('surveys/:surveyId/close', ['surveys.manage'], <CloseSurveyPage />),
  page('surveys/:surveyId/poster', ['surveys.read'], <PosterPage />),
  page('surveys/:surveyId/results', ['results.read'], <ResultsPage />),
  page('surveys/:surveyId/results/units/:unitId', ['results.read'], <UnitResultsPage />),
  page('surveys/:surveyId/results/drivers', ['results.read'], <DriversPage />),
  page('surveys/:surveyId/results/breakdown', ['results.read'], <BreakdownPage />),
  page('surveys/:surveyId/results/comments', ['results.read'], <CommentsPage />),
  page('instruments', ['instruments.read'], <InstrumentsPage />),
  page('instruments/:ref', ['instruments.read'], <InstrumentPage />),
  page('instruments/:ref/copy', ['instruments.write'], <CopyInstrumentPage />),
  page('instruments/:ref/publish', ['instruments.write'], <PublishInstrumentPage />),
  page('instruments/:ref/sections/:sectionId', ['instruments.write'], <SectionFormPage />),
  page('instruments/:ref/questions/new', ['instruments.write'], <QuestionFormPage />),
  page('instruments/:ref/questions/:itemId', ['instruments.write'], <QuestionFormPage />),
  page('instruments/:ref/questions/:itemId/remove', ['instruments.write'], <RemoveQuestionPage />),
  page('instruments/:ref/questions/:itemId/statements/new', ['instruments.write'], <StatementFormPage />),
  page('instruments/:ref/statements/:statementId', ['instruments.write'], <StatementFormPage />),
  page('instruments/:ref/statements/:statementId/remove', ['instruments.write'], <RemoveStatementPage />),
  page('benchmarks', ['results.read'], <BenchmarksPage />),
  page('dashboard', ['metrics.read'], <DashboardPage />),
  page('dashboard/import', ['metrics.write'], <ImportValuesPage />),
  page('dashboard/:metricKey', ['metrics.read'], <MetricPage />),
  page('workforce', ['metrics.read'], <WorkforcePage />),
  page('patient-experience', ['metrics.read'], <PatientExperiencePage />),
  page('patient-experience/import', ['metrics.write'], <ImportPatientExperiencePage />),
  page('patient-experience/feedback', ['metrics.read'], <PatientFeedbackPage />),
  page('conversations', ['conversations.read'], <ConversationsPage />),
  page('conversations/new', ['conversations.write'], <PlanSessionPage />),
  page('conversations/second-coding', ['conversations.read'], <SecondCodingPage />),
  page('conversations/agreement', ['conversations.read'], <AgreementPage />),
  page('conversations/guides/:kind', ['conversations.read'], <GuidePage />),
  page('conversations/guides/:kind/edit', ['conversations.write'], <EditGuidePage />),
  page('conversations/:conversationId', ['conversations.read'], <SessionPage />),
  page('conversations/:conversationId/edit', ['conversations.write'], <EditSessionPage />),
  page('synthesis', ['synthesis.read'], <SynthesisPage />),
  page('synthesis/report', ['synthesis.read'], <ReportPage />),
  page('synthesis/:element', ['synthesis.read'], <ElementPage />),
  page('outbox', ['outbox.read'], <OutboxPage />),
  page('users', ['users.manage'], <UsersPage />),
  page('users/new', ['users.manage'], <AddUserPage />),
  page('users/:userId/roles', ['users.manage'], <ChangeRolesPage />),
  page('users/:userId/remove', ['users.manage'], <RemoveUserPage />),
  page('audit', ['audit.read'], <AuditPage />),
  page('surveys/:surveyId/paper', ['surveys.paper_entry'], <PaperEntryPage />),
  page('feedback', ['feedback.use'], <FeedbackPage />),
  page('feedback/new', ['feedback.use'], <NewFeedbackPage />),
  page('feedback/:requestId', ['feedback.use'], <FeedbackRequestPage />),
  page('feedback/:requestId/close', ['feedback.use'], <CloseFeedbackPage />),
  page('feedback/:requestId/report', ['feedback.use'], <FeedbackReportPage />),
];
