import { describe, expect, it } from 'vitest';
import { FOCUS_GROUP_GUIDE } from './focus-group-guide.js';
import { headingFor, MAX_EXCERPT_CHARS, normaliseParagraph, notesExcerpts, notesParagraphs, splitLongParagraph, startsQuestion } from './notes-excerpts.js';

const QUESTIONS = [
  { id: 'vision-values', text: 'What do you think this organisation is here to do?' },
  { id: 'goals-feedback', text: 'How clear are you about what your team is trying to achieve?' },
  { id: 'teamwork', text: 'How well do people in your team work together?' },
  { id: 'support', text: 'How well supported do you feel?' },
];

describe('paragraphs in notes', () => {
  it('splits on every kind of line break and drops blank lines and lines with no words', () => {
    const text = 'One\r\nTwo\rThree\n\n  \nFour\u2028Five\u000bSix\n-----\n* * *\n';
    expect(notesParagraphs(text)).toEqual(['One', 'Two', 'Three', 'Four', 'Five', 'Six']);
  });

  it('tidies whitespace, invisible characters and typed bullets', () => {
    expect(normaliseParagraph('\t Staff \u00a0 said\t\tthis  ')).toBe('Staff said this');
    expect(normaliseParagraph('zero\u200bwidth soft\u00adhyphen \ufeffmark')).toBe('zerowidth softhyphen mark');
    expect(normaliseParagraph('•\tBullet point')).toBe('Bullet point');
    expect(normaliseParagraph('- Dash bullet')).toBe('Dash bullet');
    expect(normaliseParagraph('-5 degrees on the ward')).toBe('-5 degrees on the ward');
    // Decomposed accents (as some Macs save them) are composed, so "Siân" is one spelling.
    expect(normaliseParagraph('Sia\u0302n')).toBe('Si\u00e2n');
  });
});

describe('question headings', () => {
  it('recognises Q-numbers, question numbers and bare numbers', () => {
    expect(headingFor('Q2', QUESTIONS)).toEqual({ questionId: 'goals-feedback', rest: '' });
    expect(headingFor('q.3:', QUESTIONS)).toEqual({ questionId: 'teamwork', rest: '' });
    expect(headingFor('Question 1', QUESTIONS)).toEqual({ questionId: 'vision-values', rest: '' });
    expect(headingFor('QUESTION 4 – How well supported do you feel?', QUESTIONS)).toEqual({ questionId: 'support', rest: '' });
    expect(headingFor('3.', QUESTIONS)).toEqual({ questionId: 'teamwork', rest: '' });
    expect(headingFor('3)', QUESTIONS)).toEqual({ questionId: 'teamwork', rest: '' });
    expect(headingFor('2', QUESTIONS)).toEqual({ questionId: 'goals-feedback', rest: '' });
  });

  it('keeps notes written after a Q-number on the same line', () => {
    expect(headingFor('Q3: they cover for each other', QUESTIONS)).toEqual({ questionId: 'teamwork', rest: 'they cover for each other' });
  });

  it('does not take numbered notes for headings', () => {
    expect(headingFor('1. Nobody listens to us', QUESTIONS)).toBeNull();
    expect(headingFor('3.5 out of 10 for morale', QUESTIONS)).toBeNull();
    expect(headingFor('12:30 handover is rushed', QUESTIONS)).toBeNull();
    expect(headingFor('Q3a', QUESTIONS)).toBeNull();
    expect(headingFor('Quite a few said no', QUESTIONS)).toBeNull();
  });

  it('ignores numbers beyond the last question', () => {
    expect(headingFor('Q5', QUESTIONS)).toBeNull();
    expect(headingFor('5.', QUESTIONS)).toBeNull();
  });

  it('recognises a question id on its own or before a colon, but not as the first word of a sentence', () => {
    expect(headingFor('teamwork', QUESTIONS)).toEqual({ questionId: 'teamwork', rest: '' });
    expect(headingFor('Goals-Feedback:', QUESTIONS)).toEqual({ questionId: 'goals-feedback', rest: '' });
    expect(headingFor('teamwork: strong on nights', QUESTIONS)).toEqual({ questionId: 'teamwork', rest: 'strong on nights' });
    expect(headingFor('Teamwork is strong on nights', QUESTIONS)).toBeNull();
  });

  it('recognises the start of a question’s words, ignoring case and punctuation', () => {
    expect(headingFor('What do you think this organisation is here to do?', QUESTIONS)).toEqual({ questionId: 'vision-values', rest: '' });
    expect(headingFor('how clear are you, about what', QUESTIONS)).toEqual({ questionId: 'goals-feedback', rest: '' });
    // Four words are too few to be sure.
    expect(headingFor('How clear are you', QUESTIONS)).toBeNull();
    // A short question must be repeated whole.
    expect(startsQuestion('How well supported do you feel', 'How well supported do you feel?')).toBe(true);
    expect(startsQuestion('How well supported do', 'Do you feel supported?')).toBe(false);
    // Words beyond the question mean it is a note, not a heading.
    expect(headingFor('How well do people in your team work together? Very well', QUESTIONS)).toBeNull();
  });

  it('prefers the longest matching id', () => {
    const questions = [
      { id: 'one', text: 'First question here for us' },
      { id: 'one-more', text: 'Second question here for us' },
    ];
    expect(headingFor('one-more', questions)).toEqual({ questionId: 'one-more', rest: '' });
  });
});

describe('excerpts from notes', () => {
  it('puts each paragraph under the heading before it, and leaves paragraphs before any heading unassigned', () => {
    const notes = [
      'Session 2, 11 staff',
      'Q2',
      'Nobody has told us the team goals.',
      '1. Nobody listens to us',
      'Q1 What do you think this organisation is here to do?',
      'Care for local people.',
      'teamwork: strong on nights',
      'Q4: not very well',
    ].join('\n');
    expect(notesExcerpts(notes, QUESTIONS)).toEqual([
      { questionId: null, text: 'Session 2, 11 staff' },
      { questionId: 'goals-feedback', text: 'Nobody has told us the team goals.' },
      { questionId: 'goals-feedback', text: '1. Nobody listens to us' },
      { questionId: 'vision-values', text: 'Care for local people.' },
      { questionId: 'teamwork', text: 'strong on nights' },
      { questionId: 'support', text: 'not very well' },
    ]);
  });

  it('leaves every excerpt unassigned when the notes have no headings', () => {
    expect(notesExcerpts('Proud of the ward\nShort of staff', QUESTIONS)).toEqual([
      { questionId: null, text: 'Proud of the ward' },
      { questionId: null, text: 'Short of staff' },
    ]);
    expect(notesExcerpts('Q1\nNotes', [])).toEqual([
      { questionId: null, text: 'Q1' },
      { questionId: null, text: 'Notes' },
    ]);
  });

  it('reads headings that quote the focus group guide', () => {
    const q = FOCUS_GROUP_GUIDE.questions;
    const notes = `${q[5]?.text}\nThey ask what went wrong.\nQ13\nMore time to talk.`;
    expect(notesExcerpts(notes, q)).toEqual([
      { questionId: 'leaders-understanding', text: 'They ask what went wrong.' },
      { questionId: 'one-change', text: 'More time to talk.' },
    ]);
  });

  it('splits a paragraph over 2,000 characters between sentences', () => {
    const sentence = (n: number): string => `Sentence ${n} ${'word '.repeat(60).trim()}.`; // 311 characters, or 312 from sentence 10
    const paragraph = Array.from({ length: 14 }, (_, i) => sentence(i + 1)).join(' ');
    expect(paragraph.length).toBeGreaterThan(MAX_EXCERPT_CHARS);
    const excerpts = notesExcerpts(`Q1\n${paragraph}`, QUESTIONS);
    // Six sentences fit in 2,000 characters (6 × 311 + 5 spaces = 1,871); seven would be 2,183.
    expect(excerpts.map((e) => e.text)).toEqual([
      Array.from({ length: 6 }, (_, i) => sentence(i + 1)).join(' '),
      Array.from({ length: 6 }, (_, i) => sentence(i + 7)).join(' '),
      [sentence(13), sentence(14)].join(' '),
    ]);
    expect(excerpts.every((e) => e.questionId === 'vision-values' && e.text.length <= MAX_EXCERPT_CHARS)).toBe(true);
  });

  it('cuts a single over-long sentence between words, and a run with no spaces without splitting a character', () => {
    expect(splitLongParagraph('One two three. Four five six seven eight nine.', 15)).toEqual(['One two three.', 'Four five six', 'seven eight', 'nine.']);
    expect(splitLongParagraph('abcd🙂efgh', 5)).toEqual(['abcd', '🙂efg', 'h']);
    expect(splitLongParagraph('Short.', 15)).toEqual(['Short.']);
  });
});
