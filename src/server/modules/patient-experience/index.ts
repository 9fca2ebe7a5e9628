// Patient experience, a Discover diagnostic: the Friends and Family Test with NHS England's
// suppression, complaints and compliments coded to the cultural elements, and patient surveys.
export { patientExperienceRoutes } from './patient-experience.routes.js';
export { seedDemoPatientExperience } from './demo-patient-experience.js';
export { overview as patientExperienceOverview } from './patient-experience.service.js';
