// The demo organisation: a fictional trust for trying Cultivate out.
export { loadDemo, resetDemo, describeDemoAccounts, type DemoAccount } from './demo.service.js';
export { DEMO_ORGANISATION_NAME } from './demo-organisation.js';
