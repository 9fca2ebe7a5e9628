// What the focus groups and board interviews say about each cultural element, for the synthesis:
// how many coded notes call it a strength and how many an area to develop, in how many sessions,
// and a few quotes. Quotes are always redacted, never say which session they came from, and are
// shown only from a group of at least the quote threshold: a focus group with that many
// participants, or the board interviews pooled once there are that many interviews, so no quote
// can be traced to a small group or to one board member.
import type { ElementCode } from '../../../core/agreement/index.js';
import type { GuideKind } from '../../../core/qualitative/guide.js';
import type { Db } from '../../db/database.js';
import * as repo from './conversations.repository.js';
import { redacted, redactorFor } from './excerpt-text.js';

export interface ElementVoice {
  strengths: number;
  develop: number;
  /** Sessions with at least one note coded to the element. */
  sessions: number;
  quotes: { text: string; stance: 'strength' | 'develop' }[];
  /** Why quotes are not shown, when they are not. */
  quotesWithheld: string | null;
}

export interface ConversationEvidence {
  /** Sessions of this kind with notes. */
  sessions: number;
  byElement: Map<string, ElementVoice>;
}

const QUOTES_PER_STANCE = 2;
// Quotes long enough to say something, short enough to read aloud at a board.
const QUOTE_CHARS = { min: 40, max: 280 };

export async function conversationEvidence(db: Db, organisationId: string, programmeId: string, dataVersion: number, quoteThreshold: number): Promise<Record<GuideKind, ConversationEvidence>> {
  const [conversations, excerpts, redactor] = await Promise.all([
    repo.listConversations(db, organisationId, programmeId),
    repo.programmeExcerpts(db, organisationId, programmeId),
    redactorFor(db, organisationId, dataVersion),
  ]);
  const codings = new Map((await repo.codingsOf(db, organisationId, excerpts.map((e) => e.id))).filter((c) => c.coder === 'first').map((c) => [c.excerpt_id, JSON.parse(c.codes) as ElementCode[]]));
  const sessionOf = new Map(conversations.map((c) => [c.id, c]));
  const withNotes = new Set(excerpts.map((e) => e.conversation_id));
  const result = {} as Record<GuideKind, ConversationEvidence>;
  for (const kind of ['focus_group', 'board_interview'] as const) {
    const sessions = conversations.filter((c) => c.kind === kind && withNotes.has(c.id));
    const pooledOk = kind === 'board_interview' && sessions.length >= quoteThreshold;
    const quotable = (conversationId: string) => {
      const c = sessionOf.get(conversationId)!;
      return kind === 'board_interview' ? pooledOk : (c.participants ?? 0) >= quoteThreshold;
    };
    const byElement = new Map<string, ElementVoice & { sessionIds: Set<string> }>();
    // Notes in id order, a stable order that says nothing about who spoke when.
    for (const e of excerpts) {
      if (sessionOf.get(e.conversation_id)?.kind !== kind) continue;
      for (const code of codings.get(e.id) ?? []) {
        const voice = byElement.get(code.element) ?? { strengths: 0, develop: 0, sessions: 0, sessionIds: new Set<string>(), quotes: [], quotesWithheld: null };
        if (code.stance === 'strength') voice.strengths++;
        else voice.develop++;
        voice.sessionIds.add(e.conversation_id);
        const text = redacted(e.text, redactor);
        if (quotable(e.conversation_id) && text.length >= QUOTE_CHARS.min && text.length <= QUOTE_CHARS.max && voice.quotes.filter((q) => q.stance === code.stance).length < QUOTES_PER_STANCE) {
          voice.quotes.push({ text, stance: code.stance });
        }
        byElement.set(code.element, voice);
      }
    }
    const withheld =
      kind === 'board_interview'
        ? pooledOk
          ? null
          : `Quotes from board interviews are not shown until there are at least ${quoteThreshold} interviews, so that none can be traced to one board member.`
        : `Quotes are shown only from focus groups of at least ${quoteThreshold} people.`;
    result[kind] = {
      sessions: sessions.length,
      byElement: new Map(
        [...byElement].map(([element, { sessionIds, ...voice }]) => [element, { ...voice, sessions: sessionIds.size, quotesWithheld: voice.quotes.length ? null : withheld }]),
      ),
    };
  }
  return result;
}
