// What the header navigation offers: only the pages the current membership's actions allow.
import type { Action, Membership } from '../api/types.js';

export interface NavItem {
  label: string;
  to: string;
}

interface NavRule {
  label: string;
  path: (orgId: string) => string;
  /** Any one of these actions shows the link. */
  anyOf: readonly Action[] | null;
}

const RULES: readonly NavRule[] = [
  { label: 'Home', path: () => '/', anyOf: null },
  { label: 'Programme', path: (o) => `/organisations/${o}/programme`, anyOf: ['programme.read'] },
  { label: 'Dashboard', path: (o) => `/organisations/${o}/dashboard`, anyOf: ['metrics.read'] },
  { label: 'Workforce', path: (o) => `/organisations/${o}/workforce`, anyOf: ['metrics.read'] },
  { label: 'Patient experience', path: (o) => `/organisations/${o}/patient-experience`, anyOf: ['metrics.read'] },
  { label: 'Focus groups and interviews', path: (o) => `/organisations/${o}/conversations`, anyOf: ['conversations.read'] },
  { label: 'Synthesis', path: (o) => `/organisations/${o}/synthesis`, anyOf: ['synthesis.read'] },
  { label: '360 feedback', path: (o) => `/organisations/${o}/feedback`, anyOf: ['feedback.use'] },
  { label: 'Surveys', path: (o) => `/organisations/${o}/surveys`, anyOf: ['surveys.read'] },
  { label: 'Benchmarks', path: (o) => `/organisations/${o}/benchmarks`, anyOf: ['results.read'] },
  { label: 'Questionnaires', path: (o) => `/organisations/${o}/instruments`, anyOf: ['instruments.read'] },
  { label: 'Structure', path: (o) => `/organisations/${o}/units`, anyOf: ['units.read'] },
  { label: 'Staff', path: (o) => `/organisations/${o}/staff`, anyOf: ['staff.read'] },
  // Every import needs units.write (a staff file can create units); staff files also need staff.import.
  { label: 'Import', path: (o) => `/organisations/${o}/import`, anyOf: ['units.write'] },
  { label: 'Users', path: (o) => `/organisations/${o}/users`, anyOf: ['users.manage'] },
  { label: 'Audit log', path: (o) => `/organisations/${o}/audit`, anyOf: ['audit.read'] },
  { label: 'Outbox', path: (o) => `/organisations/${o}/outbox`, anyOf: ['outbox.read'] },
];

export function navigationFor(membership: Membership | null): NavItem[] {
  if (!membership) return [{ label: 'Home', to: '/' }];
  return RULES.filter((r) => r.anyOf === null || r.anyOf.some((a) => membership.actions.includes(a))).map((r) => ({
    label: r.label,
    to: r.path(membership.organisationId),
  }));
}

/** The nav item a path belongs to: the longest matching prefix, with "/" matching only itself. */
export function currentNavItem(items: readonly NavItem[], pathname: string): NavItem | undefined {
  let best: NavItem | undefined;
  for (const item of items) {
    const matches = item.to === '/' ? pathname === '/' : pathname === item.to || pathname.startsWith(`${item.to}/`);
    if (matches && (!best || item.to.length > best.to.length)) best = item;
  }
  return best;
}

/** Where to go after signing in: only a path on this site, never another origin. */
export function safeReturnPath(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  if (value.startsWith('/sign-in') || value.startsWith('/setup')) return '/';
  return value;
}

/** The same page in another organisation: /organisations/A/staff → /organisations/B/staff. */
export function pathInOrganisation(pathname: string, organisationId: string): string {
  const match = /^\/organisations\/[^/]+(\/[^/]+)?/.exec(pathname);
  if (!match) return pathname;
  return `/organisations/${organisationId}${match[1] ?? ''}`;
}

/** Paths behind the sign-in guard (see router.tsx): the guard redirects from them when the session ends. */
export function isGuardedPath(pathname: string): boolean {
  return pathname === '/' || pathname === '/account' || pathname.startsWith('/organisations/');
}
