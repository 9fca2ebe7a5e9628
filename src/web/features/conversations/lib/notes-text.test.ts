import { describe, expect, it } from 'vitest';
import { notesFromText, notesProblem } from './notes-text.js';

describe('notesFromText', () => {
  it('makes each line a note, dropping blank lines, rules and typed bullets', () => {
    const pasted = 'We feel listened to by the ward manager.\r\n\r\n  - The rota   changes without warning.\n• Nobody explains the board’s plans.\n-----\n2. Training is hard to get to.\n\n';
    expect(notesFromText(pasted)).toEqual(['We feel listened to by the ward manager.', 'The rota changes without warning.', 'Nobody explains the board’s plans.', 'Training is hard to get to.']);
  });
  it('keeps a line that merely starts with a number', () => {
    expect(notesFromText('10 people said the huddle helps')).toEqual(['10 people said the huddle helps']);
  });
  it('finds no notes in empty or blank text', () => {
    expect(notesFromText('')).toEqual([]);
    expect(notesFromText(' \n\t\n')).toEqual([]);
  });
});

describe('notesProblem', () => {
  it('asks for notes when there are none', () => {
    expect(notesProblem([])).toBe('Enter your notes');
  });
  it('names the note that is too long', () => {
    expect(notesProblem(['short', 'x'.repeat(5001)])).toBe('Note 2 must be 5,000 characters or fewer. Split it over more lines');
  });
  it('refuses more than 500 notes at once', () => {
    expect(notesProblem(Array.from({ length: 501 }, () => 'n'))).toBe('Add 500 notes or fewer at once (there are 501)');
  });
  it('lets a good batch go', () => {
    expect(notesProblem(['one', 'two'])).toBeNull();
  });
});
