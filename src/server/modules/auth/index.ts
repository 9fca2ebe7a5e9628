// Accounts, sessions and sign-in. Other modules create accounts and start sessions through here.
export { authRoutes, startBrowserSession } from './auth.routes.js';
export { registerAuthHooks, CSRF_HEADER } from './auth.hooks.js';
export {
  assertPasswordAcceptable,
  createAccount,
  normaliseEmail,
  replaceRoles,
  signIn,
  type NewAccount,
} from './auth.service.js';
export { countUsers } from './auth.repository.js';
export { SESSION_COOKIE, CSRF_COOKIE } from './session-cookies.js';
export { email as emailSchema, password as passwordSchema } from './auth.schemas.js';
