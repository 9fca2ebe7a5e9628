// The leadership behaviours survey. Source: NHS Improvement and The King's Fund, Culture and
// Leadership Programme (2016), and Michael West's work on compassionate leadership. Respondents
// rate their own leadership ('self') and the leaders they report to ('leaders'); the two views are
// scored as separate constructs. Every statement is Cultivate's own wording.
import type { InstrumentInput, ItemInput, Perspective } from '../definition.js';
import { construct, row, rowIds, t, type ConstructInput, type RowInput } from './helpers.js';
import { COMPASSIONATE_BEHAVIOURS, CULTURAL_ELEMENTS, type LeadershipDimension } from './leadership-framework.js';
import { LEADERS_ROWS } from './leadership-behaviours-leaders.js';
import { SELF_ROWS } from './leadership-behaviours-self.js';
import { AGREEMENT_5 } from './scales.js';
import { STAFF_DEMOGRAPHICS } from './staff-demographics.js';

export const ENGAGEMENT_ROWS: RowInput[] = [
  row('engagement-1', 'I look forward to coming to work.', "Rwy'n edrych ymlaen at ddod i'r gwaith."),
  row('engagement-2', 'I feel proud of the care my team gives.', "Rwy'n falch o'r gofal mae fy nhîm yn ei roi."),
  row('engagement-3', 'I would tell a friend this is a good place to work.', "Byddwn i'n dweud wrth ffrind bod hwn yn lle da i weithio."),
];

export const STAY_ROWS: RowInput[] = [
  row('stay-1', "I plan to still be working here in a year's time.", "Rwy'n bwriadu bod yn gweithio yma o hyd ymhen blwyddyn."),
  row('stay-2', 'I can see a future for myself here.', "Rwy'n gallu gweld dyfodol i mi fy hun yma."),
  row(
    'stay-3',
    'I would want to stay here even if I was offered a similar job somewhere else.',
    "Byddwn i eisiau aros yma hyd yn oed pe bawn i'n cael cynnig swydd debyg yn rhywle arall.",
  ),
];

const ROWS_BY_PERSPECTIVE = { self: SELF_ROWS, leaders: LEADERS_ROWS };
type Rated = keyof typeof ROWS_BY_PERSPECTIVE;

function grids(perspective: Rated, dimensions: LeadershipDimension[]): ItemInput[] {
  return dimensions.map((d) => ({
    id: `${perspective}-${d.stem}`,
    type: 'grid',
    text: d.heading,
    scale: AGREEMENT_5.id,
    perspective,
    rows: ROWS_BY_PERSPECTIVE[perspective][d.key],
  }));
}

const PERSPECTIVE_NAMES = { self: t('self-rating', 'hunanasesiad'), leaders: t('leaders', 'arweinwyr') };

function constructsFor(perspective: Rated & Perspective): ConstructInput[] {
  return [...CULTURAL_ELEMENTS, ...COMPASSIONATE_BEHAVIOURS].map((d) =>
    construct(
      `${d.stem}-${perspective}`,
      t(`${d.name.en} (${PERSPECTIVE_NAMES[perspective].en})`, `${d.name.cy} (${PERSPECTIVE_NAMES[perspective].cy})`),
      d.framework,
      d.key,
      rowIds(ROWS_BY_PERSPECTIVE[perspective][d.key]),
      perspective,
    ),
  );
}

const COMMENTS_HINT = t(
  'Please do not include names or anything that could show who you or someone else is.',
  "Peidiwch â chynnwys enwau nac unrhyw beth a allai ddangos pwy ydych chi neu pwy yw rhywun arall.",
);

export const LEADERSHIP_BEHAVIOURS: InstrumentInput = {
  key: 'leadership-behaviours',
  title: t('Leadership behaviours survey', 'Arolwg ymddygiad arweinyddiaeth'),
  description: t(
    'Tell us how you lead, and how the leaders you report to lead. We use the answers to understand the culture here and to make it better. It takes about 15 minutes.',
    "Dywedwch wrthon ni sut rydych chi'n arwain, a sut mae'r arweinwyr rydych chi'n atebol iddyn nhw yn arwain. Rydyn ni'n defnyddio'r atebion i ddeall y diwylliant yma ac i'w wella. Mae'n cymryd tua 15 munud.",
  ),
  source:
    "NHS Improvement and The King's Fund, Culture and Leadership Programme (2016); Michael West, compassionate leadership. Statements written for Cultivate.",
  audience: 'staff',
  languages: ['en', 'cy'],
  scales: [AGREEMENT_5],
  sections: [
    {
      id: 'your-leadership',
      title: t('Your own leadership', 'Eich arweinyddiaeth chi'),
      intro: t(
        'These statements are about you and how you lead. Think about the last 3 months. There are no right or wrong answers. Say how much you agree with each one.',
        "Mae'r datganiadau hyn yn ymwneud â chi a sut rydych chi'n arwain. Meddyliwch am y 3 mis diwethaf. Does dim atebion cywir nac anghywir. Dywedwch i ba raddau rydych chi'n cytuno â phob un.",
      ),
      items: grids('self', CULTURAL_ELEMENTS),
    },
    {
      id: 'how-you-support-people',
      title: t('How you support people', "Sut rydych chi'n cefnogi pobl"),
      intro: t(
        'These statements are about how you treat the people you work with. Say how much you agree with each one.',
        "Mae'r datganiadau hyn yn ymwneud â sut rydych chi'n trin y bobl rydych chi'n gweithio gyda nhw. Dywedwch i ba raddau rydych chi'n cytuno â phob un.",
      ),
      items: grids('self', COMPASSIONATE_BEHAVIOURS),
    },
    {
      id: 'your-leaders',
      title: t('Your leaders', 'Eich arweinwyr'),
      intro: t(
        "Now think about the leaders you report to, such as your line manager and the managers above them. In these statements, ‘my leaders’ means these people. Say how much you agree with each one.",
        "Nawr meddyliwch am yr arweinwyr rydych chi'n atebol iddyn nhw, fel eich rheolwr llinell a'r rheolwyr uwch na nhw. Yn y datganiadau hyn, ystyr ‘fy arweinwyr’ yw'r bobl hyn. Dywedwch i ba raddau rydych chi'n cytuno â phob un.",
      ),
      items: grids('leaders', CULTURAL_ELEMENTS),
    },
    {
      id: 'how-your-leaders-support-people',
      title: t('How your leaders support people', 'Sut mae eich arweinwyr yn cefnogi pobl'),
      intro: t(
        'These statements are about how your leaders treat you and the people you work with.',
        "Mae'r datganiadau hyn yn ymwneud â sut mae eich arweinwyr yn eich trin chi a'r bobl rydych chi'n gweithio gyda nhw.",
      ),
      items: grids('leaders', COMPASSIONATE_BEHAVIOURS),
    },
    {
      id: 'your-work',
      title: t('Your work', 'Eich gwaith'),
      intro: t(
        'These statements are about how you feel about working here.',
        "Mae'r datganiadau hyn yn ymwneud â sut rydych chi'n teimlo am weithio yma.",
      ),
      items: [
        { id: 'your-job', type: 'grid', text: t('Your job', 'Eich swydd'), scale: AGREEMENT_5.id, rows: ENGAGEMENT_ROWS },
        { id: 'staying', type: 'grid', text: t('Staying here', 'Aros yma'), scale: AGREEMENT_5.id, rows: STAY_ROWS },
      ],
    },
    {
      id: 'your-comments',
      title: t('Your comments', 'Eich sylwadau'),
      intro: t('These questions are optional.', "Does dim rhaid ateb y cwestiynau hyn."),
      items: [
        {
          id: 'improve-leadership',
          type: 'text',
          text: t(
            'What one change would make the biggest difference to how people are led here?',
            "Pa newid fyddai'n gwneud y gwahaniaeth mwyaf i'r ffordd mae pobl yn cael eu harwain yma?",
          ),
          hint: COMMENTS_HINT,
        },
        {
          id: 'leadership-strengths',
          type: 'text',
          text: t('What do leaders here do well that we should keep?', "Beth mae arweinwyr yma'n ei wneud yn dda y dylen ni ei gadw?"),
          hint: COMMENTS_HINT,
        },
      ],
    },
  ],
  constructs: [
    ...constructsFor('self'),
    ...constructsFor('leaders'),
    construct('engagement', t('Engagement', 'Ymgysylltiad'), 'outcome', 'engagement', rowIds(ENGAGEMENT_ROWS)),
    construct('intention-to-stay', t('Intention to stay', 'Bwriad i aros'), 'outcome', 'intention_to_stay', rowIds(STAY_ROWS)),
  ],
  demographics: STAFF_DEMOGRAPHICS,
};
