// Redacting comments: staff names from the list, titles and cues, everyday words that are also
// names, units, contact details and numbers, Welsh text, overlaps and the offsets returned.
import { describe, expect, it } from 'vitest';
import { compileRedactor, findIdentifiers, redactComment, type Redactor } from './redact.js';

const STAFF = [
  'Sarah Jones',
  'Will Evans',
  'Siân ap Gwilym',
  'Mark Hope',
  'Grace Okafor',
  'Tom Ward',
  'Ffion Nurse',
  'Rhodri Pritchard',
  "Niamh O'Neil",
  'Mary-Jane Smith',
  'Ann Lee',
  'May Faith',
  'Bill Joy',
];

const redactor = compileRedactor(STAFF, { units: ['Cedar Ward', 'AMU', "St Mary's Ward", 'Ward 7'] });
const redact = (text: string, r: Redactor = redactor) => redactComment(text, r).text;

describe('names from the staff list', () => {
  it('redacts first names and surnames in any case, joining a full name into one marker', () => {
    expect(redact('Sarah Jones never listens.')).toBe('[name] never listens.');
    expect(redact('ask sarah or JONES')).toBe('ask [name] or [name]');
    expect(redact("Niamh O'Neil and O’Neil")).toBe('[name] and [name]');
    expect(redact('Mary-Jane was kind')).toBe('[name] was kind');
  });

  it('matches whole words only', () => {
    expect(redact('Annual leave is planned by Ann, not by the planner.')).toBe('Annual leave is planned by [name], not by the planner.');
    expect(redact('Jonesing for a break')).toBe('Jonesing for a break');
  });

  it("keeps a possessive 's outside the marker", () => {
    expect(redact("Sarah's team and Pritchard’s rota")).toBe("[name]'s team and [name]’s rota");
  });

  it('treats particles inside a name as part of it', () => {
    expect(redact('Siân ap Gwilym runs the clinic')).toBe('[name] runs the clinic');
    expect(redact('we walked up the hill')).toBe('we walked up the hill');
  });
});

describe('names that are also everyday words', () => {
  it('leaves them alone in ordinary use, including at the start of a sentence', () => {
    const text =
      'I hope it will get better. Will it change? May I add that grace under pressure is a joy, in good faith, and the bill is paid. Mark my words.';
    expect(redact(text)).toBe(text);
  });

  it('redacts them capitalised mid-sentence, after a title or beside another name', () => {
    expect(redact('I will ask Will about it.')).toBe('I will ask [name] about it.');
    expect(redact('I may ask May, or Bill.')).toBe('I may ask [name], or [name].');
    expect(redact('Dr Hope said no.')).toBe('[name] said no.');
    expect(redact('Grace Okafor was brilliant.')).toBe('[name] was brilliant.');
    expect(redact('Mark Hope said so.')).toBe('[name] said so.');
  });

  it('lets an organisation add its own', () => {
    const r = compileRedactor(['Sunshine Patel'], { commonWords: ['Sunshine'] });
    expect(redact('Sunshine would help morale', r)).toBe('Sunshine would help morale');
    expect(redact('thanks to Sunshine for covering', r)).toBe('thanks to [name] for covering');
    expect(redact('sunshine and Patel', compileRedactor(['Sunshine Patel']))).toBe('[name] and [name]');
  });

  it('never takes a role or place word for a name on its own, even when it is a surname', () => {
    expect(redact('The Ward Manager and the Nurse Practitioner were great.')).toBe('The Ward Manager and the Nurse Practitioner were great.');
    expect(redact('Mrs Ward and Nurse Jones helped.')).toBe('[name] and [name] helped.');
    expect(redact('Tom Ward helped.')).toBe('[name] helped.');
  });
});

describe('titles and cues', () => {
  it('redacts a title with the capitalised name after it, on the list or not', () => {
    expect(redact('Dr. Patel and Sister Williams and Mr Ó Súilleabháin')).toBe('[name] and [name] and [name]');
    expect(redact('dr Patel was late')).toBe('[name] was late');
    expect(redact('Prof Aled Wyn Davies spoke')).toBe('[name] spoke');
  });

  it('does not read an ordinary word as a title', () => {
    expect(redact('I miss Bristol and my sister misses it too.')).toBe('I miss Bristol and my sister misses it too.');
  });

  it('redacts the name after "my manager", "called" and the like', () => {
    expect(redact('My manager Dave is great.')).toBe('My manager [name] is great.');
    expect(redact('A porter called Bob and my line manager, Kerry, were there.')).toBe('A porter called [name] and my line manager, [name], were there.');
    expect(redact('our matron is Lowri')).toBe('our matron is [name]');
    expect(redact('my manager never listens')).toBe('my manager never listens');
  });

  it('redacts a capitalised surname after a first name from the list', () => {
    expect(redact('Sarah Kowalczyk covered nights.')).toBe('[name] covered nights.');
    expect(redact('I asked Sarah. Nothing changed.')).toBe('I asked [name]. Nothing changed.');
  });
});

describe('units', () => {
  it('redacts unit names as whole words in any case, longest first', () => {
    expect(redact("I work on St Mary's Ward and cover the AMU and ward 7.")).toBe('I work on [unit] and cover the [unit] and [unit].');
    expect(redact('Cedar Ward is short of staff.')).toBe('[unit] is short of staff.');
    expect(redact('The ward is short of staff.')).toBe('The ward is short of staff.');
  });

  it('redacts a unit named with brackets, written with or without them, and its short form of two words or more', () => {
    const r = compileRedactor([], { units: ['Ward 20 (Colorectal)', 'Theatres (Main)'] });
    const text = (t: string) => redactComment(t, r).text;
    expect(text('On Ward 20 (Colorectal) we cope.')).toBe('On [unit] we cope.');
    expect(text('On ward 20 colorectal we cope.')).toBe('On [unit] we cope.');
    expect(text('On Ward 20 we cope.')).toBe('On [unit] we cope.');
    expect(text('Theatres (Main) is busy, but theatres elsewhere are calm.')).toBe('[unit] is busy, but theatres elsewhere are calm.');
  });
});

describe('contact details and numbers', () => {
  it('redacts email addresses, even when they hold a name', () => {
    expect(redact('Email sarah.jones@nhs.net or ops-team@trust.nhs.uk.')).toBe('Email [email] or [email].');
  });

  it('redacts UK phone numbers in the usual shapes, and extensions and bleeps', () => {
    expect(redact('Call 020 7946 0958, 07700900123, (01632) 960001 or +44 (0)20 7946 0958.')).toBe(
      'Call [phone], [phone], [phone] or [phone].',
    );
    expect(redact('ext 4521 or bleep 2345')).toBe('ext [phone] or bleep [phone]');
  });

  it('redacts NHS numbers with or without spaces, NI numbers and staff numbers', () => {
    expect(redact('NHS no 943 476 5919 or 9434765919; staff number 12345678 or E1234567; NI AB 12 34 56 C.')).toBe(
      'NHS no [number] or [number]; staff number [number] or [number]; NI [number].',
    );
  });

  it('redacts full postcodes but keeps short numbers, times, years and counts', () => {
    expect(redact('I live at CF10 3AT, near sw1a 2aa.')).toBe('I live at [postcode], near [postcode].');
    const text = 'In 2023 I did 3 12-hour shifts a week on Band 5, from 07:30 to 20:00, for 18 months in CF10.';
    expect(redact(text)).toBe(text);
  });
});

describe('Welsh', () => {
  it('handles Welsh letters and apostrophes without breaking words', () => {
    expect(redact("Roedd Siân yn garedig iawn ond mae'r rheolwr yn brysur. Diolch i Dr Pritchard a Ffion.")).toBe(
      "Roedd [name] yn garedig iawn ond mae'r rheolwr yn brysur. Diolch i [name] a [name].",
    );
    expect(redact('Siân’s tîm; siân; SIAN')).toBe('[name]’s tîm; [name]; [name]');
  });
});

describe('overlaps and offsets', () => {
  it('merges overlapping finds into one span of the most specific kind', () => {
    const text = 'sarah.jones@nhs.net';
    expect(findIdentifiers(text, redactor)).toEqual([{ kind: 'email', start: 0, end: text.length }]);
    expect(redactComment('write to Dr Patel@nhs.net', redactor)).toEqual({
      text: 'write to [email]',
      redactions: [{ kind: 'email', start: 9, end: 16 }],
    });
    const ten = 'ref 9434765919 today';
    expect(findIdentifiers(ten, redactor)).toEqual([{ kind: 'nhs_number', start: 4, end: 14 }]);
  });

  it('gives spans of the original text from findIdentifiers', () => {
    const text = 'Dr Patel (020 7946 0958) and Sarah.';
    const found = findIdentifiers(text, redactor);
    expect(found.map((s) => [s.kind, text.slice(s.start, s.end)])).toEqual([
      ['name', 'Dr Patel'],
      ['phone', '020 7946 0958'],
      ['name', 'Sarah'],
    ]);
  });

  it('gives the markers’ places in the redacted text, which hold nothing of the originals’ lengths', () => {
    const { text, redactions } = redactComment('Ask Featherstonehaugh-Smith or Jo Lee at jo@x.nhs.uk on Cedar Ward.', compileRedactor(['Featherstonehaugh Smith', 'Jo Lee'], { units: ['Cedar Ward'] }));
    expect(text).toBe('Ask [name] or [name] at [email] on [unit].');
    expect(redactions.map((r) => r.kind)).toEqual(['name', 'name', 'email', 'unit']);
    for (const r of redactions) expect(text.slice(r.start, r.end)).toBe(`[${r.kind}]`);
  });

  it('returns text with nothing to redact unchanged, and redacting twice changes nothing more', () => {
    expect(redactComment('Nothing here.', redactor)).toEqual({ text: 'Nothing here.', redactions: [] });
    const once = redact('Sarah Jones on 07700 900123 at Cedar Ward, CF10 3AT.');
    expect(redact(once)).toBe(once);
  });
});

describe('compileRedactor', () => {
  it('compiles a staff list of 50,000 names into a word set, skipping particles and one-letter words', () => {
    // Distinct letters-only names: 0 → "a", 25 → "z", 26 → "ba", …
    const letters = (i: number): string => (i < 26 ? '' : letters(Math.floor(i / 26))) + String.fromCharCode(97 + (i % 26));
    const names = Array.from({ length: 50_000 }, (_, i) => `Fore${letters(i)} van der Sur${letters(i)} J`);
    const r = compileRedactor(names);
    expect(r.names.size).toBe(100_000);
    expect(r.names.has('van') || r.names.has('der') || r.names.has('j')).toBe(false);
    expect(redact(`Fore${letters(49_999)} Sur${letters(7)} was there, with a Surface`, r)).toBe('[name] was there, with a Surface');
  });
});
