// The programme's Discover checklist: where each of the six diagnostics and the synthesis
// stands, read from the data itself rather than ticked by hand, so the checklist cannot say
// something is done that is not.
//   dashboard           done when every cultural element has at least one metric with figures;
//   focus groups and    done when at least one session has notes and every note is coded;
//   board interviews    in progress once one is planned;
//   workforce           done when the staff record carries start dates (an ESR extract), in
//                       progress with a bare staff list;
//   leadership survey   done when one has closed, in progress while one is set up or open;
//   patient experience  done with FFT figures and either coded feedback or a closed patient survey;
//   synthesis           done when agreed, in progress once any cell is rated.
import { CULTURAL_ELEMENTS } from '../../../core/instruments/builtins/leadership-framework.js';
import { currentPhase } from '../../../core/programme/phases.js';
import { formatReportDate } from '../../../core/report/index.js';
import type { Db } from '../../db/database.js';
import type { OrgContext } from '../../kernel/request-context.js';
import { listConversations } from '../conversations/index.js';
import { dashboard } from '../metrics/index.js';
import { patientExperienceOverview } from '../patient-experience/index.js';
import { getProgramme } from '../programmes/index.js';
import { staffRecordCoverage } from '../staff/index.js';
import { listSurveys } from '../surveys/index.js';
import * as repo from './synthesis.repository.js';
import type { ChecklistView } from './synthesis.schemas.js';

type Status = ChecklistView['items'][number]['status'];
const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

async function conversationsItem(db: Db, org: OrgContext, programmeId: string, kind: 'focus_group' | 'board_interview') {
  const sessions = await listConversations(db, org.organisationId, programmeId, kind);
  const notes = sessions.reduce((n, s) => n + s.excerpts, 0);
  const coded = sessions.reduce((n, s) => n + s.coded, 0);
  const withNotes = sessions.filter((s) => s.excerpts > 0).length;
  const status: Status = !sessions.length ? 'not_started' : withNotes > 0 && coded === notes ? 'done' : 'in_progress';
  const what = kind === 'focus_group' ? 'focus group' : 'board interview';
  return { status, detail: sessions.length ? `${plural(sessions.length, what)}, ${plural(withNotes, 'with notes', 'with notes')}; ${coded} of ${plural(notes, 'note')} coded.` : `No ${what}s planned yet.` };
}

export async function discoverChecklist(db: Db, org: OrgContext, programmeId: string): Promise<ChecklistView> {
  const programme = await getProgramme(db, org.organisationId, programmeId);
  const base = `/organisations/${org.organisationId}`;
  const [board, staff, surveys, patients, synthesis, cells] = await Promise.all([
    dashboard(db, org.organisationId),
    staffRecordCoverage(db, org.organisationId),
    listSurveys(db, org.organisationId),
    patientExperienceOverview(db, org.organisationId),
    repo.findSynthesis(db, org.organisationId, programmeId),
    repo.cellsOf(db, org.organisationId, programmeId),
  ]);
  const focus = await conversationsItem(db, org, programmeId, 'focus_group');
  const interviews = await conversationsItem(db, org, programmeId, 'board_interview');

  const withFigures = board.elements.map((e) => e.metrics.filter((m) => m.points > 0).length);
  const elementsCovered = withFigures.filter((n) => n > 0).length;
  const metrics = withFigures.reduce((a, b) => a + b, 0);
  const leadership = surveys.filter((s) => s.instrument_ref.includes('leadership-behaviours'));
  const closedLeadership = leadership.filter((s) => s.status === 'closed').length;
  const fftMonths = patients.fft.values.length;
  const codedFeedback = patients.feedback.units[0]?.strengths.coded ?? 0;
  const codedComplaints = patients.feedback.units[0]?.concerns.coded ?? 0;
  const rated = cells.filter((c) => c.rating).length;

  const items: ChecklistView['items'] = [
    {
      key: 'dashboard',
      name: 'Culture and outcomes dashboard',
      status: metrics === 0 ? 'not_started' : elementsCovered === CULTURAL_ELEMENTS.length ? 'done' : 'in_progress',
      detail: `${plural(metrics, 'metric')} with figures, covering ${elementsCovered} of ${CULTURAL_ELEMENTS.length} cultural elements.`,
      path: `${base}/dashboard`,
    },
    { key: 'focus_groups', name: 'Culture focus groups', ...focus, path: `${base}/conversations` },
    { key: 'board_interviews', name: 'Board interviews', ...interviews, path: `${base}/conversations` },
    {
      key: 'workforce',
      name: 'Leadership workforce analysis',
      status: staff.inPost === 0 ? 'not_started' : staff.withStartDate > 0 ? 'done' : 'in_progress',
      detail: staff.inPost === 0 ? 'No staff record imported yet.' : `${plural(staff.inPost, 'person', 'people')} in post, ${staff.withStartDate.toLocaleString('en-GB')} with a start date from an ESR extract.`,
      path: `${base}/workforce`,
    },
    {
      key: 'leadership_survey',
      name: 'Leadership behaviours survey',
      status: closedLeadership > 0 ? 'done' : leadership.length ? 'in_progress' : 'not_started',
      detail: leadership.length ? `${plural(leadership.length, 'survey')}, ${closedLeadership} closed.` : 'Not set up yet.',
      path: `${base}/surveys`,
    },
    {
      key: 'patient_experience',
      name: 'Patient experience',
      status: fftMonths > 0 && (codedFeedback + codedComplaints > 0 || patients.surveys.length > 0) ? 'done' : fftMonths + patients.feedback.total + patients.surveys.length > 0 ? 'in_progress' : 'not_started',
      detail: `${plural(fftMonths, 'month')} of Friends and Family Test results, ${plural(patients.feedback.total, 'complaint or compliment', 'complaints and compliments')}, ${plural(patients.surveys.length, 'closed patient survey')}.`,
      path: `${base}/patient-experience`,
    },
    {
      key: 'synthesis',
      name: 'Synthesis',
      status: synthesis?.status === 'agreed' ? 'done' : rated > 0 ? 'in_progress' : 'not_started',
      detail: synthesis?.status === 'agreed' ? `Agreed at the synthesis event on ${formatReportDate(synthesis.event_date!)}.` : `${plural(rated, 'cell')} rated so far.`,
      path: `${base}/synthesis`,
    },
  ];
  return { programmeId, phase: currentPhase(programme.phases) ?? 'complete', items };
}
