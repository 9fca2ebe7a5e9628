// Searching redacted comments: words, phrases, case and accents, prefixes, highlights, markers,
// and never anything beyond the comments passed in.
import { describe, expect, it } from 'vitest';
import { parseQuery, searchComments } from './search.js';

const comments = [
  { id: 'a', text: 'My manager never listens; the workload is too much.' },
  { id: 'b', text: 'Work-life balance is impossible on this ward. Our managers try.' },
  { id: 'c', text: 'I told [name] about the rota and [name] ignored it.' },
  { id: 'd', text: "Roedd y tîm yn wych, and the team's manager’s support was great." },
  { id: 'e', text: 'A reward scheme would help the Ward.' },
];

const ids = (query: string, from = comments) => searchComments(from, query).map((h) => h.comment.id);
const highlighted = (query: string, id: string) => {
  const hit = searchComments(comments, query).find((h) => h.comment.id === id);
  return hit?.highlights.map((s) => hit.comment.text.slice(s.start, s.end));
};

describe('parseQuery', () => {
  it('reads words, quoted phrases (straight or curly) and prefixes', () => {
    expect(parseQuery('Manager “work life” "no end*')).toEqual([
      { words: ['manager'], prefix: false },
      { words: ['work', 'life'], prefix: false },
      { words: ['no', 'end'], prefix: true },
    ]);
    expect(parseQuery('  -- !! ')).toEqual([]);
  });
});

describe('searchComments', () => {
  it('matches whole words, ignoring case and accents', () => {
    expect(ids('WARD')).toEqual(['b', 'e']);
    expect(ids('tim')).toEqual(['d']);
    expect(highlighted('ward', 'e')).toEqual(['Ward']);
  });

  it('needs every term, in any order', () => {
    expect(ids('manager workload')).toEqual(['a']);
    expect(ids('workload ward')).toEqual([]);
  });

  it('matches phrases as consecutive words, across hyphens and punctuation', () => {
    expect(ids('"work life balance"')).toEqual(['b']);
    expect(highlighted('"work life"', 'b')).toEqual(['Work-life']);
    expect(ids('"balance work"')).toEqual([]);
  });

  it('matches possessives and prefixes', () => {
    expect(ids('manager')).toEqual(['a', 'd']);
    expect(highlighted('manag*', 'b')).toEqual(['managers']);
    expect(highlighted('team manager', 'd')).toEqual(["team's", 'manager’s']);
  });

  it('highlights every match, merging overlaps, in order', () => {
    expect(highlighted('the "the workload"', 'a')).toEqual(['the workload']);
    const hit = searchComments([{ text: 'rota, rota and more rota' }], 'rota')[0];
    expect(hit?.highlights).toEqual([
      { start: 0, end: 4 },
      { start: 6, end: 10 },
      { start: 20, end: 24 },
    ]);
  });

  it('never matches inside a redaction marker, nor a phrase across one', () => {
    expect(ids('name')).toEqual([]);
    expect(ids('"told about"')).toEqual([]);
    expect(ids('"about the rota"')).toEqual(['c']);
  });

  it('finds everything for an empty query, with nothing highlighted', () => {
    expect(searchComments(comments, '  ').map((h) => [h.comment.id, h.highlights])).toEqual(comments.map((c) => [c.id, []]));
  });

  it('searches only the comments it is given, and remembers nothing between calls', () => {
    const everyone = ids('manager');
    expect(everyone).toEqual(['a', 'd']);
    const allowed = comments.filter((c) => c.id !== 'a');
    const hits = searchComments(allowed, 'manager');
    expect(hits.map((h) => h.comment.id)).toEqual(['d']);
    for (const h of hits) expect(allowed).toContain(h.comment);
    expect(searchComments([], 'manager')).toEqual([]);
  });
});
