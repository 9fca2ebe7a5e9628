// Finding contact details and reference numbers in a comment: email addresses, UK phone numbers
// (with internal extensions and bleeps), NHS numbers, National Insurance numbers, staff or
// employee numbers and postcodes. Any of these can identify a member of staff or a patient, so
// the redactor removes them before a comment is shown. The finders may overlap (a ten-digit run
// is both an NHS number and a long number); `redact.ts` merges what they find.

export type ContactKind = 'email' | 'phone' | 'nhs_number' | 'ni_number' | 'staff_number' | 'postcode';

export interface ContactSpan {
  kind: ContactKind;
  start: number;
  end: number;
}

// Not inside a longer word or number: a lookbehind and lookahead on letters and digits, since
// `\b` in JavaScript only knows ASCII letters.
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

const EMAIL = /[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;

// UK numbers as people write them: "020 7946 0958", "07700 900123", "(01632) 960001",
// "+44 (0)20 7946 0958". The shape allows a few digits too many or too few; `isUkPhone` then
// checks the count, which is what actually distinguishes a phone number.
const NATIONAL_PHONE = new RegExp(`${B}(?:\\(0\\d{2,5}\\)|0\\d{2,5})[ -]?\\d{3,4}[ -]?\\d{3,4}(?!\\p{N})`, 'gu');
const INTERNATIONAL_PHONE = new RegExp(`\\+44 ?(?:\\(0\\) ?)?\\d{2,5}[ -]?\\d{3,4}[ -]?\\d{3,4}(?!\\p{N})`, 'gu');

// An internal extension or bleep number identifies its holder as surely as a name does.
const EXTENSION = new RegExp(
  `${B}(?:ext|extension|bleep|pager|tel|phone)\\.?:? *(?:no\\.? *|number *)?:? *(\\d{3,6})${E}`,
  'giud',
);

// Ten digits, grouped 3-3-4 or not. The check digit is not tested: a mistyped NHS number still
// points at a patient, and a run of ten digits in a staff comment is worth hiding either way.
const NHS_NUMBER = new RegExp(`${B}\\d{3}[ -]?\\d{3}[ -]?\\d{4}${E}`, 'gu');

// Two letters, six digits (in pairs or not) and a final letter A to D, e.g. "AB 12 34 56 C". Any
// two letters, not only the prefixes HMRC issues, so that a mistyped number is caught too.
const NI_NUMBER = new RegExp(`${B}[A-Z]{2} ?\\d{2} ?\\d{2} ?\\d{2} ?[A-D]${E}`, 'giu');

// Six or more digits in a row, optionally after one or two capital letters ("E1234567"): staff
// numbers in an ESR-style extract are seven or eight digits; shorter runs are times, counts and
// years, which a comment needs.
const LONG_NUMBER = new RegExp(`${B}\\p{Lu}{0,2}\\d{6,}${E}`, 'gu');

// Full UK postcodes ("CF10 3AT", "sw1a 2aa"). An outward code alone ("CF10") names an area,
// not a person, and is left.
const POSTCODE = new RegExp(`${B}[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}${E}`, 'giu');

function digitCount(s: string): number {
  let n = 0;
  for (const ch of s) if (ch >= '0' && ch <= '9') n += 1;
  return n;
}

/** A national number has 10 or 11 digits with its leading 0; after +44 it has 9 or 10. */
function isUkPhone(match: string): boolean {
  if (match.startsWith('+44')) {
    const rest = match.slice(3).replace('(0)', '');
    const n = digitCount(rest);
    return n === 9 || n === 10;
  }
  const n = digitCount(match);
  return n === 10 || n === 11;
}

/** Every contact detail or reference number in `text`, in no particular order; spans may overlap. */
export function findContactDetails(text: string): ContactSpan[] {
  const found: ContactSpan[] = [];
  const add = (kind: ContactKind, pattern: RegExp, accept: (s: string) => boolean = () => true) => {
    for (const m of text.matchAll(pattern)) {
      if (accept(m[0])) found.push({ kind, start: m.index, end: m.index + m[0].length });
    }
  };
  add('email', EMAIL);
  add('phone', NATIONAL_PHONE, isUkPhone);
  add('phone', INTERNATIONAL_PHONE, isUkPhone);
  for (const m of text.matchAll(EXTENSION)) {
    const digits = m.indices?.[1];
    if (digits) found.push({ kind: 'phone', start: digits[0], end: digits[1] });
  }
  add('nhs_number', NHS_NUMBER);
  add('ni_number', NI_NUMBER);
  add('staff_number', LONG_NUMBER);
  add('postcode', POSTCODE);
  return found;
}
