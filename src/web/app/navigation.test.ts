import { describe, expect, it } from 'vitest';
import type { Membership } from '../api/types.js';
import { currentNavItem, isGuardedPath, navigationFor, pathInOrganisation, safeReturnPath } from './navigation.js';

const member = (actions: Membership['actions']): Membership => ({
  organisationId: 'org-1',
  organisationName: 'Example Trust',
  roles: [],
  actions,
});

describe('navigationFor', () => {
  it('shows a staff member only home, programme and 360 feedback', () => {
    expect(navigationFor(member(['organisation.read', 'programme.read', 'feedback.use'])).map((i) => i.label)).toEqual(['Home', 'Programme', '360 feedback']);
  });
  it('links 360 feedback to the organisation’s feedback pages', () => {
    expect(navigationFor(member(['feedback.use']))).toEqual([
      { label: 'Home', to: '/' },
      { label: '360 feedback', to: '/organisations/org-1/feedback' },
    ]);
  });
  it('shows a programme lead everything but users', () => {
    const lead = member(['organisation.read', 'units.read', 'units.write', 'staff.read', 'staff.import', 'audit.read', 'programme.read', 'programme.write', 'feedback.use']);
    expect(navigationFor(lead).map((i) => i.label)).toEqual(['Home', 'Programme', '360 feedback', 'Structure', 'Staff', 'Import', 'Audit log']);
  });
  it('shows import only with units.write, which every import needs', () => {
    expect(navigationFor(member(['staff.import'])).map((i) => i.to)).toEqual(['/']);
    expect(navigationFor(member(['units.write'])).map((i) => i.to)).toEqual(['/', '/organisations/org-1/import']);
  });
  it('shows surveys to anyone who may read them, and the outbox only to those who may read it', () => {
    const board = member(['organisation.read', 'units.read', 'programme.read', 'surveys.read']);
    expect(navigationFor(board).map((i) => i.label)).toEqual(['Home', 'Programme', 'Surveys', 'Structure']);
    expect(navigationFor(member(['surveys.read', 'outbox.read'])).map((i) => i.to)).toEqual(['/', '/organisations/org-1/surveys', '/organisations/org-1/outbox']);
  });
  it('shows the culture and outcomes dashboard to those who may read metrics, after the programme', () => {
    expect(navigationFor(member(['programme.read', 'metrics.read'])).map((i) => i.to)).toEqual(['/', '/organisations/org-1/programme', '/organisations/org-1/dashboard', '/organisations/org-1/workforce', '/organisations/org-1/patient-experience']);
  });
  it('shows focus groups and interviews to those who may read them, after patient experience', () => {
    expect(navigationFor(member(['metrics.read', 'feedback.use', 'conversations.read'])).map((i) => i.label)).toEqual(['Home', 'Dashboard', 'Workforce', 'Patient experience', 'Focus groups and interviews', '360 feedback']);
    expect(navigationFor(member(['conversations.read'])).map((i) => i.to)).toEqual(['/', '/organisations/org-1/conversations']);
  });
  it('shows the synthesis to those who may read it, after focus groups and interviews', () => {
    expect(navigationFor(member(['metrics.read', 'conversations.read', 'synthesis.read', 'feedback.use'])).map((i) => i.label)).toEqual(['Home', 'Dashboard', 'Workforce', 'Patient experience', 'Focus groups and interviews', 'Synthesis', '360 feedback']);
    expect(navigationFor(member(['synthesis.read'])).map((i) => i.to)).toEqual(['/', '/organisations/org-1/synthesis']);
  });
  it('shows only home without a membership', () => {
    expect(navigationFor(null)).toEqual([{ label: 'Home', to: '/' }]);
  });
});

describe('currentNavItem', () => {
  const items = navigationFor(member(['units.read', 'staff.read']));
  it('matches a page below a nav item', () => {
    expect(currentNavItem(items, '/organisations/org-1/units/abc/edit')?.label).toBe('Structure');
  });
  it('matches home only on the root', () => {
    expect(currentNavItem(items, '/')?.label).toBe('Home');
    expect(currentNavItem(items, '/account')).toBeUndefined();
  });
  it('does not match a path that merely starts with the same letters', () => {
    expect(currentNavItem(items, '/organisations/org-1/staffing')).toBeUndefined();
  });
});

describe('safeReturnPath', () => {
  it('keeps a path on this site', () => {
    expect(safeReturnPath('/organisations/x/staff?page=2')).toBe('/organisations/x/staff?page=2');
  });
  it('refuses other origins and loops', () => {
    expect(safeReturnPath('https://evil.example')).toBe('/');
    expect(safeReturnPath('//evil.example')).toBe('/');
    expect(safeReturnPath('/\\evil.example')).toBe('/');
    expect(safeReturnPath('/sign-in?returnTo=/x')).toBe('/');
    expect(safeReturnPath(null)).toBe('/');
  });
});

describe('pathInOrganisation', () => {
  it('keeps the section and drops the rest', () => {
    expect(pathInOrganisation('/organisations/a/units/u1/edit', 'b')).toBe('/organisations/b/units');
    expect(pathInOrganisation('/organisations/a', 'b')).toBe('/organisations/b');
  });
  it('leaves other paths alone', () => {
    expect(pathInOrganisation('/account', 'b')).toBe('/account');
  });
});

describe('isGuardedPath', () => {
  it('knows which pages need a session', () => {
    expect(isGuardedPath('/')).toBe(true);
    expect(isGuardedPath('/account')).toBe(true);
    expect(isGuardedPath('/organisations/x/units')).toBe(true);
    expect(isGuardedPath('/setup')).toBe(false);
    expect(isGuardedPath('/sign-in')).toBe(false);
    expect(isGuardedPath('/no-such-page')).toBe(false);
  });
});
