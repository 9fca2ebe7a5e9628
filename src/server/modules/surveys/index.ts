// Surveys: administrations of an instrument, their frozen audience, personal and open links,
// paper entry, and a response store that cannot be joined back to who answered.
export { surveyRoutes } from './surveys.routes.js';
export { respondRoutes } from './respond.routes.js';
export { instrumentRoutes } from './instruments.routes.js';
export { closedSurvey, closedSurveyData, closedSurveys, type ClosedSurvey } from './analysis-source.js';
export { seedDemoSurvey, DEMO_SURVEY_TITLE, DEMO_WAVES } from './demo-survey.js';
export { seedDemoPatientSurvey, DEMO_PATIENT_SURVEY_TITLE } from './demo-patient-survey.js';
export { listSurveys } from './surveys.repository.js';
