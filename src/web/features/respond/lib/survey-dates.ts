// Calendar dates in the respondent's language: "31 December 2026" or "31 Rhagfyr 2026".
import type { Language } from '../../../../core/instruments/definition.js';
import { formatDate } from '../../../lib/dates.js';

const WELSH_MONTHS = ['Ionawr', 'Chwefror', 'Mawrth', 'Ebrill', 'Mai', 'Mehefin', 'Gorffennaf', 'Awst', 'Medi', 'Hydref', 'Tachwedd', 'Rhagfyr'];

export function formatDateIn(iso: string, language: Language): string {
  if (language === 'en') return formatDate(iso);
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  const [, y, m, d] = match;
  return `${Number(d)} ${WELSH_MONTHS[Number(m) - 1] ?? m} ${y}`;
}

/** Today's date as YYYY-MM-DD in UTC, as the server counts opening and closing days. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
