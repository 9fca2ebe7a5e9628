// A short staff pulse survey: eight statements taken unchanged (same ids, same wording) from the
// leadership behaviours survey, so pulse results line up with the full survey's. Source as there:
// NHS Improvement and The King's Fund, Culture and Leadership Programme (2016).
import type { InstrumentInput } from '../definition.js';
import { construct, t, type ConstructInput, type RowInput } from './helpers.js';
import { ENGAGEMENT_ROWS, STAY_ROWS } from './leadership-behaviours.js';
import { LEADERS_ROWS } from './leadership-behaviours-leaders.js';
import { CULTURAL_ELEMENTS } from './leadership-framework.js';
import { AGREEMENT_5 } from './scales.js';
import { STAFF_DEMOGRAPHICS } from './staff-demographics.js';

/** One statement about leaders for each cultural element. */
const LEADER_PICKS = {
  vision_values: 'leaders-vision-1',
  goals_performance: 'leaders-goals-2',
  support_compassion: 'leaders-support-1',
  learning_innovation: 'leaders-learning-2',
  teamwork: 'leaders-teamwork-1',
  equity_inclusion: 'leaders-equity-1',
} as const;

function pick(rows: readonly RowInput[], id: string): RowInput {
  const found = rows.find((r) => r.id === id);
  if (!found) throw new Error(`Staff pulse: the leadership behaviours survey has no statement ${id}`);
  return found;
}

const leaderRows = CULTURAL_ELEMENTS.map((e) => pick(LEADERS_ROWS[e.key], LEADER_PICKS[e.key as keyof typeof LEADER_PICKS]));
const engagementRow = pick(ENGAGEMENT_ROWS, 'engagement-1');
const stayRow = pick(STAY_ROWS, 'stay-1');

const constructs: ConstructInput[] = [
  ...CULTURAL_ELEMENTS.map((e, i) =>
    construct(`${e.stem}-leaders`, t(`${e.name.en} (leaders)`, `${e.name.cy} (arweinwyr)`), 'cultural_element', e.key, [leaderRows[i]!.id], 'leaders'),
  ),
  construct('engagement', t('Engagement', 'Ymgysylltiad'), 'outcome', 'engagement', [engagementRow.id]),
  construct('intention-to-stay', t('Intention to stay', 'Bwriad i aros'), 'outcome', 'intention_to_stay', [stayRow.id]),
];

export const STAFF_PULSE: InstrumentInput = {
  key: 'staff-pulse',
  title: t('Staff pulse survey', 'Arolwg pwls staff'),
  description: t(
    'Eight quick questions about your leaders and your work. It takes about 2 minutes.',
    "Wyth cwestiwn cyflym am eich arweinwyr a'ch gwaith. Mae'n cymryd tua 2 funud.",
  ),
  source:
    "NHS Improvement and The King's Fund, Culture and Leadership Programme (2016); statements taken from Cultivate's leadership behaviours survey.",
  audience: 'staff',
  languages: ['en', 'cy'],
  scales: [AGREEMENT_5],
  sections: [
    {
      id: 'pulse',
      title: t('Your leaders and your work', "Eich arweinwyr a'ch gwaith"),
      intro: t(
        "Think about the leaders you report to, such as your line manager and the managers above them. In these statements, ‘my leaders’ means these people. Say how much you agree with each one.",
        "Meddyliwch am yr arweinwyr rydych chi'n atebol iddyn nhw, fel eich rheolwr llinell a'r rheolwyr uwch na nhw. Yn y datganiadau hyn, ystyr ‘fy arweinwyr’ yw'r bobl hyn. Dywedwch i ba raddau rydych chi'n cytuno â phob un.",
      ),
      items: [
        { id: 'pulse-leaders', type: 'grid', text: t('Your leaders', 'Eich arweinwyr'), scale: AGREEMENT_5.id, perspective: 'leaders', rows: leaderRows },
        { id: 'pulse-work', type: 'grid', text: t('Your work', 'Eich gwaith'), scale: AGREEMENT_5.id, rows: [engagementRow, stayRow] },
      ],
    },
  ],
  constructs,
  demographics: STAFF_DEMOGRAPHICS,
};
