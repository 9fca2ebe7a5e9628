// The culture and outcomes dashboard's metric catalogue, as data: what an NHS board already
// reads about its organisation, each metric placed under the cultural element it says most
// about (NHS Improvement and The King's Fund, Culture and Leadership Programme, 2016, whose
// culture and outcomes dashboard draws on this kind of data), with the way that is better, its
// unit and where the figures come from. Organisations enter or import values against these keys.
import type { ImprovementDirection } from '../spc/types.js';

export const METRIC_UNITS = ['percent', 'count', 'rate', 'score', 'days', 'currency', 'ratio', 'rating'] as const;
export type MetricUnit = (typeof METRIC_UNITS)[number];

export type ElementKey = 'vision_values' | 'goals_performance' | 'support_compassion' | 'learning_innovation' | 'teamwork' | 'equity_inclusion';

export interface MetricDefinition {
  key: string;
  name: string;
  element: ElementKey;
  /** Which way is better, as the SPC engine reads it. */
  direction: ImprovementDirection;
  unit: MetricUnit;
  /** How the unit reads after a value, e.g. "%" or "per 1,000 bed days". */
  unitLabel: string;
  /** Lowest and highest possible values, where there are bounds (a percentage is 0 to 100). */
  min: number | null;
  max: number | null;
  source: string;
  description: string;
}

const pct = { unit: 'percent', unitLabel: '%', min: 0, max: 100 } as const;

export const METRIC_CATALOGUE: readonly MetricDefinition[] = [
  { key: 'staff-engagement', name: 'Staff engagement', element: 'vision_values', direction: 'increase', unit: 'score', unitLabel: 'out of 10', min: 0, max: 10, source: 'NHS Staff Survey, engagement theme', description: 'How motivated, involved and willing to recommend their organisation staff are, on the Staff Survey’s 0 to 10 scale.' },
  { key: 'recommend-place-to-work', name: 'Would recommend as a place to work', element: 'vision_values', direction: 'increase', ...pct, source: 'NHS Staff Survey; National Quarterly Pulse Survey', description: 'Staff who would recommend the organisation as a place to work.' },
  { key: 'appraisal-rate', name: 'Appraisal rate', element: 'goals_performance', direction: 'increase', ...pct, source: 'Electronic Staff Record or local appraisal records', description: 'Staff with an appraisal in the last 12 months.' },
  { key: 'mandatory-training', name: 'Mandatory training compliance', element: 'goals_performance', direction: 'increase', ...pct, source: 'Electronic Staff Record learning records', description: 'Staff up to date with their mandatory and statutory training.' },
  { key: 'financial-position', name: 'Financial position against plan', element: 'goals_performance', direction: 'increase', unit: 'currency', unitLabel: '£ thousand', min: null, max: null, source: 'Board finance report', description: 'Surplus (above 0) or deficit (below 0) against the year-to-date plan.' },
  { key: 'sickness-absence', name: 'Sickness absence', element: 'support_compassion', direction: 'decrease', ...pct, source: 'Electronic Staff Record; NHS Digital sickness absence rates', description: 'Full-time equivalent days lost to sickness as a share of days available.' },
  { key: 'turnover', name: 'Staff turnover', element: 'support_compassion', direction: 'decrease', ...pct, source: 'Electronic Staff Record', description: 'Leavers in the last 12 months as a share of average staff in post.' },
  { key: 'stability', name: 'Stability index', element: 'support_compassion', direction: 'increase', ...pct, source: 'Electronic Staff Record', description: 'Staff with a year’s service at the start of the year who are still here at its end.' },
  { key: 'vacancy-rate', name: 'Vacancy rate', element: 'support_compassion', direction: 'decrease', ...pct, source: 'Finance establishment and Electronic Staff Record', description: 'Funded posts without a substantive member of staff.' },
  { key: 'agency-spend', name: 'Agency spend', element: 'support_compassion', direction: 'decrease', ...pct, source: 'Board finance report', description: 'Agency staff costs as a share of the total pay bill.' },
  { key: 'bank-spend', name: 'Bank spend', element: 'support_compassion', direction: 'neither', ...pct, source: 'Board finance report', description: 'Bank staff costs as a share of the total pay bill.' },
  { key: 'fft-inpatient', name: 'Friends and Family Test: inpatients', element: 'support_compassion', direction: 'increase', ...pct, source: 'NHS England Friends and Family Test', description: 'Inpatients who rated their experience good or very good.' },
  { key: 'fft-staff-care', name: 'Staff who would recommend the care', element: 'support_compassion', direction: 'increase', ...pct, source: 'NHS Staff Survey; National Quarterly Pulse Survey', description: 'Staff who would be happy with the standard of care if a friend or relative needed treatment.' },
  { key: 'complaints', name: 'Formal complaints', element: 'learning_innovation', direction: 'decrease', unit: 'count', unitLabel: 'complaints', min: 0, max: null, source: 'Complaints system (KO41a return)', description: 'Formal written complaints received in the period.' },
  { key: 'incidents-reported', name: 'Patient safety incidents reported', element: 'learning_innovation', direction: 'neither', unit: 'rate', unitLabel: 'per 1,000 bed days', min: 0, max: null, source: 'Local risk management system (LFPSE)', description: 'Incidents reported per 1,000 bed days: more reporting with less harm is a sign of an open, learning culture.' },
  { key: 'harm-incidents', name: 'Incidents causing moderate or greater harm', element: 'learning_innovation', direction: 'decrease', unit: 'count', unitLabel: 'incidents', min: 0, max: null, source: 'Local risk management system (LFPSE)', description: 'Patient safety incidents that caused moderate harm, severe harm or death.' },
  { key: 'shmi', name: 'Summary Hospital-level Mortality Indicator', element: 'learning_innovation', direction: 'decrease', unit: 'ratio', unitLabel: '(1.0 = as expected)', min: 0, max: null, source: 'NHS Digital SHMI', description: 'Deaths against the number expected given the patients treated; 1.0 is as expected.' },
  { key: 'team-working', name: 'Teamwork score', element: 'teamwork', direction: 'increase', unit: 'score', unitLabel: 'out of 10', min: 0, max: 10, source: 'NHS Staff Survey, “we are a team” element', description: 'The Staff Survey’s teamwork score on its 0 to 10 scale.' },
  { key: 'ae-four-hour', name: 'A&E patients seen within 4 hours', element: 'goals_performance', direction: 'increase', ...pct, source: 'NHS England A&E attendances and emergency admissions', description: 'Attendances at type 1 (major) emergency departments admitted, transferred or discharged within four hours of arrival.' },
  { key: 'cqc-rating', name: 'CQC overall rating', element: 'goals_performance', direction: 'increase', unit: 'rating', unitLabel: '(1 inadequate to 4 outstanding)', min: 1, max: 4, source: 'Care Quality Commission', description: 'The latest overall inspection rating: 1 inadequate, 2 requires improvement, 3 good, 4 outstanding.' },
  { key: 'wres-board-gap', name: 'Ethnic minority representation gap at board', element: 'equity_inclusion', direction: 'decrease', unit: 'percent', unitLabel: 'percentage points', min: -100, max: 100, source: 'Workforce Race Equality Standard, indicator 9', description: 'The difference between the share of ethnic minority staff in the workforce and on the board.' },
  { key: 'wres-shortlisting', name: 'Relative likelihood of appointment from shortlisting (white vs ethnic minority)', element: 'equity_inclusion', direction: 'decrease', unit: 'ratio', unitLabel: '(1.0 = equal)', min: 0, max: null, source: 'Workforce Race Equality Standard, indicator 2', description: 'How much more likely white applicants are to be appointed from shortlisting than ethnic minority applicants; 1.0 is equal.' },
  { key: 'wdes-harassment-gap', name: 'Harassment gap for disabled staff', element: 'equity_inclusion', direction: 'decrease', unit: 'percent', unitLabel: 'percentage points', min: -100, max: 100, source: 'Workforce Disability Equality Standard, metric 4', description: 'The difference between disabled and non-disabled staff in experiencing harassment, bullying or abuse from managers.' },
  { key: 'staff-morale', name: 'Staff morale', element: 'vision_values', direction: 'increase', unit: 'score', unitLabel: 'out of 10', min: 0, max: 10, source: 'NHS Staff Survey, morale theme', description: 'The Staff Survey’s morale score on its 0 to 10 scale.' },
  { key: 'leadership-vacancies', name: 'Leadership posts vacant', element: 'goals_performance', direction: 'decrease', ...pct, source: 'Finance establishment and Electronic Staff Record', description: 'Funded posts at band 8a and above without a substantive post holder.' },
  { key: 'time-to-hire', name: 'Time to hire', element: 'goals_performance', direction: 'decrease', unit: 'days', unitLabel: 'days', min: 0, max: null, source: 'Recruitment system (for example TRAC)', description: 'Working days from a vacancy being approved to an unconditional offer.' },
  { key: 'health-wellbeing', name: 'Organisation takes positive action on health and wellbeing', element: 'support_compassion', direction: 'increase', ...pct, source: 'NHS Staff Survey', description: 'Staff who say the organisation takes positive action on their health and wellbeing.' },
  { key: 'flexible-working', name: 'Satisfied with flexible working', element: 'support_compassion', direction: 'increase', ...pct, source: 'NHS Staff Survey', description: 'Staff satisfied with the opportunities for flexible working patterns.' },
  { key: 'fft-ae', name: 'Friends and Family Test: A&E', element: 'support_compassion', direction: 'increase', ...pct, source: 'NHS England Friends and Family Test', description: 'A&E patients who rated their experience good or very good.' },
  { key: 'fft-outpatients', name: 'Friends and Family Test: outpatients', element: 'support_compassion', direction: 'increase', ...pct, source: 'NHS England Friends and Family Test', description: 'Outpatients who rated their experience good or very good.' },
  { key: 'fft-maternity', name: 'Friends and Family Test: maternity (birth)', element: 'support_compassion', direction: 'increase', ...pct, source: 'NHS England Friends and Family Test', description: 'Women who rated their experience of giving birth good or very good.' },
  { key: 'stress-absence', name: 'Sickness absence for anxiety, stress and depression', element: 'support_compassion', direction: 'decrease', ...pct, source: 'Electronic Staff Record; NHS Digital sickness absence rates by reason', description: 'The share of sickness absence days recorded as anxiety, stress, depression or other psychiatric illness.' },
  { key: 'compliments', name: 'Compliments received', element: 'support_compassion', direction: 'increase', unit: 'count', unitLabel: 'compliments', min: 0, max: null, source: 'Patient experience team', description: 'Written compliments about care received in the period.' },
  { key: 'falls-with-harm', name: 'Inpatient falls with harm', element: 'learning_innovation', direction: 'decrease', unit: 'rate', unitLabel: 'per 1,000 bed days', min: 0, max: null, source: 'Local risk management system (LFPSE)', description: 'Falls causing harm per 1,000 occupied bed days.' },
  { key: 'pressure-ulcers', name: 'Hospital-acquired pressure ulcers (category 2 and above)', element: 'learning_innovation', direction: 'decrease', unit: 'count', unitLabel: 'ulcers', min: 0, max: null, source: 'Local risk management system (LFPSE)', description: 'New pressure ulcers of category 2 or worse that developed in hospital.' },
  { key: 'never-events', name: 'Never events', element: 'learning_innovation', direction: 'decrease', unit: 'count', unitLabel: 'events', min: 0, max: null, source: 'NHS England never events data', description: 'Serious, largely preventable incidents that should not happen if national guidance is followed.' },
  { key: 'speaking-up', name: 'Concerns raised with the Freedom to Speak Up guardian', element: 'learning_innovation', direction: 'neither', unit: 'count', unitLabel: 'concerns', min: 0, max: null, source: 'Freedom to Speak Up guardian reports (National Guardian’s Office)', description: 'Concerns raised with the guardian: more can mean more trust in speaking up, not more wrongdoing.' },
  { key: 'bullying-colleagues', name: 'Bullying or harassment from colleagues', element: 'teamwork', direction: 'decrease', ...pct, source: 'NHS Staff Survey', description: 'Staff who experienced harassment, bullying or abuse from other colleagues in the last 12 months.' },
  { key: 'wres-disciplinary', name: 'Relative likelihood of entering a disciplinary process (ethnic minority vs white)', element: 'equity_inclusion', direction: 'decrease', unit: 'ratio', unitLabel: '(1.0 = equal)', min: 0, max: null, source: 'Workforce Race Equality Standard, indicator 3', description: 'How much more likely ethnic minority staff are to enter a formal disciplinary process than white staff; 1.0 is equal.' },
  { key: 'wdes-board-gap', name: 'Disabled representation gap at board', element: 'equity_inclusion', direction: 'decrease', unit: 'percent', unitLabel: 'percentage points', min: -100, max: 100, source: 'Workforce Disability Equality Standard, metric 10', description: 'The difference between the share of disabled staff in the workforce and on the board.' },
];

export const metricByKey = (key: string): MetricDefinition | undefined => METRIC_CATALOGUE.find((m) => m.key === key);
