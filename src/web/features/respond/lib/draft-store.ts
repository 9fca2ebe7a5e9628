// A respondent's answers before they are sent. They live in sessionStorage while the person
// answers (a reload keeps them; closing the tab loses them), and are copied to this device's
// localStorage only when the person asks to come back later. Storage is keyed by a hash of the
// survey link (see link-key.ts), so the link itself is never written down.
import type { Language } from '../../../../core/instruments/definition.js';
import type { Answers } from './answer-encoding.js';

export interface Draft {
  language: Language;
  /** Open links only: the team or department chosen. */
  unitId: string | null;
  /** Open links only: made once per filling-in, so a resend cannot store the answers twice. */
  submissionKey: string | null;
  answers: Answers;
  demographics: Record<string, string>;
  /** Where "Continue where you left off" goes: a page path below the link ('' is the start). */
  lastPage: string;
  /** Chosen "Save and come back later": every change is then kept on this device too. */
  keptOnDevice: boolean;
  /** The survey's closing date; a draft for a closed survey is thrown away. */
  closesOn: string;
}

export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isLanguage = (v: unknown): v is Language => v === 'en' || v === 'cy';

/** Reads a stored draft, or null when there is none, it cannot be read, or its survey has closed. */
export function parseDraft(text: string | null, today: string): Draft | null {
  if (!text) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isRecord(raw) || !isLanguage(raw.language) || !isRecord(raw.answers) || !isRecord(raw.demographics)) return null;
  if (typeof raw.closesOn !== 'string' || raw.closesOn < today) return null;
  const demographics: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw.demographics)) if (typeof v === 'string') demographics[k] = v;
  return {
    language: raw.language,
    unitId: typeof raw.unitId === 'string' ? raw.unitId : null,
    submissionKey: typeof raw.submissionKey === 'string' ? raw.submissionKey : null,
    // Answers are checked against the instrument before they are sent; here they only need to be data.
    answers: raw.answers as Answers,
    demographics,
    lastPage: typeof raw.lastPage === 'string' ? raw.lastPage : '',
    keptOnDevice: raw.keptOnDevice === true,
    closesOn: raw.closesOn,
  };
}

export function emptyDraft(language: Language, closesOn: string, submissionKey: string | null): Draft {
  return { language, unitId: null, submissionKey, answers: {}, demographics: {}, lastPage: '', keptOnDevice: false, closesOn };
}

/** Whether the person has given any answer yet (worth offering to continue). */
export function hasProgress(draft: Draft | null): boolean {
  return !!draft && (Object.keys(draft.answers).length > 0 || Object.keys(draft.demographics).length > 0 || draft.unitId !== null);
}

function read(store: KeyValueStore | null, key: string): string | null {
  try {
    return store?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function write(store: KeyValueStore | null, key: string, value: string | null): void {
  try {
    if (value === null) store?.removeItem(key);
    else store?.setItem(key, value);
  } catch {
    // Storage full or switched off: the answers still live in the page until it is closed.
  }
}

export class DraftStore {
  constructor(
    private readonly tab: KeyValueStore | null,
    /** Null when the device may not keep answers (no storage, or the link could not be hashed). */
    private readonly device: KeyValueStore | null,
    private readonly key: string,
  ) {}

  get canKeepOnDevice(): boolean {
    return this.device !== null;
  }

  /** The draft of this tab's filling-in, if the page was reloaded. */
  current(today: string): Draft | null {
    return parseDraft(read(this.tab, this.key), today);
  }

  /** The draft kept on this device by "Save and come back later". */
  kept(today: string): Draft | null {
    return this.device ? parseDraft(read(this.device, this.key), today) : null;
  }

  save(draft: Draft): void {
    const text = JSON.stringify(draft);
    write(this.tab, this.key, text);
    if (draft.keptOnDevice && this.device) write(this.device, this.key, text);
  }

  keepOnDevice(draft: Draft): Draft {
    if (!this.device) return draft;
    const kept = { ...draft, keptOnDevice: true };
    this.save(kept);
    return kept;
  }

  forgetOnDevice(draft: Draft): Draft {
    write(this.device, this.key, null);
    const forgotten = { ...draft, keptOnDevice: false };
    write(this.tab, this.key, JSON.stringify(forgotten));
    return forgotten;
  }

  /** After sending, or when the link can no longer be used: nothing is left behind. */
  clear(): void {
    write(this.tab, this.key, null);
    write(this.device, this.key, null);
  }
}

/** window.sessionStorage or localStorage, or null where the browser refuses access (some privacy modes). */
export function browserStorage(which: 'sessionStorage' | 'localStorage'): KeyValueStore | null {
  try {
    const store = window[which];
    return store ?? null;
  } catch {
    return null;
  }
}
