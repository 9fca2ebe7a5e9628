// 360 feedback on the Healthcare Leadership Model: requests, raters by group, private reports.
export { feedbackRoutes } from './feedback.routes.js';
