// A small, valid instrument for tests, built fresh each call so a test can break one part of it.
import { checkDefinition } from './check-definition.js';
import type { InstrumentDefinition, InstrumentInput } from './definition.js';

export function sampleInstrument(): InstrumentInput {
  return {
    key: 'sample',
    title: { en: 'Sample survey', cy: 'Arolwg enghreifftiol' },
    description: { en: 'For tests.', cy: 'Ar gyfer profion.' },
    source: 'Written for the tests',
    audience: 'staff',
    languages: ['en', 'cy'],
    scales: [
      {
        id: 'agree',
        kind: 'agreement5',
        options: [1, 2, 3, 4, 5].map((value) => ({ value, label: { en: `A${value}`, cy: `C${value}` } })),
        positiveFrom: 4,
        notApplicable: { en: "Don't know", cy: 'Ddim yn gwybod' },
      },
      {
        id: 'ten',
        kind: 'zero_to_ten',
        options: Array.from({ length: 11 }, (_, value) => ({ value, label: { en: String(value), cy: String(value) } })),
        positiveFrom: 7,
      },
    ],
    sections: [
      {
        id: 'first',
        title: { en: 'First', cy: 'Cyntaf' },
        items: [
          {
            id: 'team-grid',
            type: 'grid',
            text: { en: 'Your team', cy: 'Eich tîm' },
            scale: 'agree',
            required: true,
            perspective: 'team',
            rows: [
              { id: 'row-one', text: { en: 'We share goals.', cy: 'Mae gennym nodau cyffredin.' } },
              { id: 'row-two', text: { en: 'We rarely meet.', cy: 'Anaml rydyn ni’n cyfarfod.' }, reverse: true },
            ],
          },
          { id: 'overall', type: 'scale', scale: 'ten', text: { en: 'Rate the team.', cy: "Rhowch sgôr i'r tîm." } },
        ],
      },
      {
        id: 'second',
        title: { en: 'Second', cy: 'Ail' },
        items: [
          {
            id: 'role',
            type: 'single',
            required: true,
            text: { en: 'Your role', cy: 'Eich rôl' },
            options: [
              { value: 'nurse', label: { en: 'Nurse', cy: 'Nyrs' } },
              { value: 'doctor', label: { en: 'Doctor', cy: 'Meddyg' } },
            ],
          },
          {
            id: 'topics',
            type: 'multiple',
            maxChoices: 2,
            text: { en: 'Topics', cy: 'Pynciau' },
            options: [
              { value: 'pay', label: { en: 'Pay', cy: 'Cyflog' } },
              { value: 'rota', label: { en: 'Rota', cy: 'Rota' } },
              { value: 'food', label: { en: 'Food', cy: 'Bwyd' } },
            ],
          },
          { id: 'comments', type: 'text', maxLength: 10, text: { en: 'Comments', cy: 'Sylwadau' } },
        ],
      },
    ],
    constructs: [
      { id: 'teamwork', name: { en: 'Teamwork', cy: 'Gwaith tîm' }, framework: 'cultural_element', frameworkKey: 'teamwork', items: ['row-one', 'row-two'] },
    ],
    demographics: [
      {
        id: 'service',
        question: { en: 'Years here', cy: 'Blynyddoedd yma' },
        options: [
          { value: 'short', label: { en: 'Under 5', cy: 'Llai na 5' } },
          { value: 'long', label: { en: '5 or more', cy: '5 neu fwy' } },
        ],
      },
      {
        id: 'site',
        question: { en: 'Site', cy: 'Safle' },
        preferNotToSay: false,
        options: [
          { value: 'north', label: { en: 'North', cy: 'Gogledd' } },
          { value: 'south', label: { en: 'South', cy: 'De' } },
        ],
      },
    ],
  };
}

/** The sample, checked: defaults filled in, as a stored definition would be. */
export function checkedSampleInstrument(): InstrumentDefinition {
  const checked = checkDefinition(sampleInstrument());
  if (!checked.ok) throw new Error(`the sample instrument is invalid: ${JSON.stringify(checked.errors)}`);
  return checked.definition;
}
