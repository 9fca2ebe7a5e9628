// Surveys: administrations of an instrument, their frozen audience, personal and open links,
// paper entry, and a response store that cannot be joined back to who answered.
export { surveyRoutes } from './surveys.routes.js';
export { respondRoutes } from './respond.routes.js';
export { instrumentRoutes } from './instruments.routes.js';
export { closedSurvey, closedSurveyData, type ClosedSurvey } from './analysis-source.js';
export { seedDemoSurvey, DEMO_SURVEY_TITLE } from './demo-survey.js';
