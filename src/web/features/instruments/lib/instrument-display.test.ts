import { describe, expect, it } from 'vitest';
import { checkedSampleInstrument } from '../../../../core/instruments/testing.js';
import { answerKind, basedOnText, constructNamesByStatement, scaleName, statusText } from './instrument-display.js';

const def = checkedSampleInstrument();

describe('instrument display', () => {
  it('describes each kind of answer', () => {
    expect(def.sections.flatMap((s) => s.items).map((item) => answerKind(def, item))).toEqual([
      '2 statements rated on agreement, 5 points (A1 to A5)',
      'Rated on 0 to 10 (0 to 10)',
      'Choose one of 2 options',
      'Choose any of 3 options, up to 2',
      'Written answer, up to 10 characters',
    ]);
    expect(scaleName(def, 'missing')).toBe('missing');
  });

  it('names status and origin', () => {
    expect(statusText({ builtIn: true, status: 'published', version: 1 })).toBe('Built in');
    expect(statusText({ builtIn: false, status: 'draft', version: 3 })).toBe('Draft, version 3');
    const library = [{ ref: 'builtin:real-team-check', title: 'Real team check' }];
    expect(basedOnText('builtin:real-team-check@1', library)).toBe('Real team check, version 1');
    expect(basedOnText('gone@2', library)).toBe('An instrument that has since been removed, version 2');
    expect(basedOnText(null, library)).toBeNull();
  });

  it('lists the measures each statement counts towards', () => {
    expect([...constructNamesByStatement(def)]).toEqual([
      ['row-one', ['Teamwork']],
      ['row-two', ['Teamwork']],
    ]);
  });
});
