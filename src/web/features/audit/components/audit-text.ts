// Audit events in words: the action codes the server records, and their details as a short line.

const ACTION_LABELS: Record<string, string> = {
  'auth.sign_in': 'Signed in',
  'auth.sign_in_failed': 'Failed to sign in',
  'auth.locked_out': 'Account locked after failed sign-ins',
  'auth.sign_out_everywhere': 'Signed out everywhere',
  'auth.password_changed': 'Changed their password',
  'setup.completed': 'Set up Cultivate',
  'demo.loaded': 'Loaded the demo organisation',
  'user.created': 'Added a user',
  'user.roles_changed': 'Changed a user’s roles',
  'user.removed': 'Removed a user',
  'import.succeeded': 'Imported a file',
  'import.failed': 'Tried to import a file',
  'export.created': 'Exported data',
  'programme.created': 'Started a programme',
  'programme.updated': 'Changed the programme',
};

/** Known actions in words; unknown ones as "unit created" from "unit.created". */
export function actionLabel(action: string): string {
  const known = ACTION_LABELS[action];
  if (known) return known;
  const words = action.replace(/[._]/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function valueText(value: unknown): string {
  if (value === null || value === undefined) return '–';
  if (Array.isArray(value)) return value.map(valueText).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return String(value);
}

/** { fields: ['name', 'sponsor'], newAccount: true } → "fields: name, sponsor; newAccount: yes". */
export function detailText(detail: Record<string, unknown> | null | undefined): string {
  if (!detail) return '';
  return Object.entries(detail)
    .map(([key, value]) => `${key}: ${valueText(value)}`)
    .join('; ');
}
