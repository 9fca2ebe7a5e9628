// The Healthcare Leadership Model 360. Source: NHS Leadership Academy, Healthcare Leadership Model
// (2013): nine dimensions rated on four levels, plus how important each is to the role. Items are
// about "the person", so one text serves the self-rating and every rater.
import type { InstrumentInput, ItemInput } from '../definition.js';
import { construct, t } from './helpers.js';
import { HLM_DIMENSIONS, importanceId, type HlmDimension } from './hlm-dimensions.js';
import { IMPORTANCE_4, LEVELS_4 } from './scales.js';

const SELF_HINT = t('If you are rating yourself, ‘the person’ means you.', "Os ydych chi'n asesu eich hun, ystyr ‘y person’ yw chi.");

const LEVELS_INTRO = t(
  'For each statement, choose the level that best describes what the person does now. Essential: does this some of the time. Proficient: does this well most of the time. Strong: does this very well and helps others do it. Exemplary: does this so well that others learn from them.',
  "Ar gyfer pob datganiad, dewiswch y lefel sy'n disgrifio orau beth mae'r person yn ei wneud nawr. Hanfodol: yn gwneud hyn weithiau. Hyfedr: yn gwneud hyn yn dda y rhan fwyaf o'r amser. Cryf: yn gwneud hyn yn dda iawn ac yn helpu eraill i'w wneud. Enghreifftiol: yn gwneud hyn mor dda nes bod eraill yn dysgu ganddyn nhw.",
);

const ratingGrid = (d: HlmDimension): ItemInput => ({
  id: `hlm-${d.key.replaceAll('_', '-')}`,
  type: 'grid',
  text: d.name,
  hint: SELF_HINT,
  scale: LEVELS_4.id,
  perspective: 'subject',
  rows: d.rows,
});

const ratingSection = (id: string, en: string, cy: string, dimensions: HlmDimension[]) => ({
  id,
  title: t(en, cy),
  intro: LEVELS_INTRO,
  items: dimensions.map(ratingGrid),
});

const COMMENTS_HINT = t(
  'Be honest, kind and specific, so the person can learn from what you write.',
  "Byddwch yn onest, yn garedig ac yn benodol, er mwyn i'r person allu dysgu o'r hyn rydych chi'n ei ysgrifennu.",
);

export const HLM_360: InstrumentInput = {
  key: 'hlm-360',
  title: t('Healthcare Leadership Model 360 feedback', 'Adborth 360 y Model Arweinyddiaeth Gofal Iechyd'),
  description: t(
    'Give feedback on how a colleague leads, or rate your own leadership. It takes about 15 minutes.',
    "Rhowch adborth ar sut mae cydweithiwr yn arwain, neu asesu eich arweinyddiaeth eich hun. Mae'n cymryd tua 15 munud.",
  ),
  source: 'NHS Leadership Academy, Healthcare Leadership Model (2013): nine dimensions on four levels. Statements written for Cultivate.',
  audience: 'raters',
  languages: ['en', 'cy'],
  scales: [LEVELS_4, IMPORTANCE_4],
  sections: [
    ratingSection('leading-people-1', 'How the person leads (1 of 3)', "Sut mae'r person yn arwain (1 o 3)", HLM_DIMENSIONS.slice(0, 3)),
    ratingSection('leading-people-2', 'How the person leads (2 of 3)', "Sut mae'r person yn arwain (2 o 3)", HLM_DIMENSIONS.slice(3, 6)),
    ratingSection('leading-people-3', 'How the person leads (3 of 3)', "Sut mae'r person yn arwain (3 o 3)", HLM_DIMENSIONS.slice(6, 9)),
    {
      id: 'what-matters',
      title: t('What matters in this role', "Beth sy'n bwysig yn y rôl hon"),
      items: [
        {
          id: 'importance',
          type: 'grid',
          text: t("How important is each of these in the person's role?", "Pa mor bwysig yw pob un o'r rhain yn rôl y person?"),
          hint: SELF_HINT,
          scale: IMPORTANCE_4.id,
          perspective: 'subject',
          rows: HLM_DIMENSIONS.map((d) => ({
            id: importanceId(d),
            text: t(`${d.name.en}: ${d.gloss.en}`, `${d.name.cy}: ${d.gloss.cy}`),
          })),
        },
      ],
    },
    {
      id: 'comments',
      title: t('Your comments', 'Eich sylwadau'),
      intro: t('These questions are optional.', 'Does dim rhaid ateb y cwestiynau hyn.'),
      items: [
        { id: 'hlm-strengths', type: 'text', text: t('What does the person do well as a leader?', "Beth mae'r person yn ei wneud yn dda fel arweinydd?"), hint: COMMENTS_HINT },
        {
          id: 'hlm-grow',
          type: 'text',
          text: t('What could the person do more of, or do differently?', "Beth allai'r person ei wneud yn amlach, neu'n wahanol?"),
          hint: COMMENTS_HINT,
        },
      ],
    },
  ],
  constructs: [
    ...HLM_DIMENSIONS.map((d) =>
      construct(d.key.replaceAll('_', '-'), d.name, 'healthcare_leadership_model', d.key, d.rows.map((r) => r.id), 'subject'),
    ),
    ...HLM_DIMENSIONS.map((d) =>
      construct(
        importanceId(d),
        t(`Importance: ${d.name.en}`, `Pwysigrwydd: ${d.name.cy}`),
        'healthcare_leadership_model',
        `${d.key}_importance`,
        [importanceId(d)],
        'subject',
      ),
    ),
  ],
  demographics: [
    {
      id: 'relationship',
      question: t('How do you know the person?', "Beth yw eich perthynas â'r person?"),
      options: [
        { value: 'self', label: t('I am the person (I am rating myself)', "Fi yw'r person (rwy'n asesu fy hun)") },
        { value: 'line-manager', label: t('I am their line manager', 'Fi yw eu rheolwr llinell') },
        { value: 'peer', label: t('I work alongside them', "Rwy'n gweithio ochr yn ochr â nhw") },
        { value: 'direct-report', label: t('They are my manager', 'Nhw yw fy rheolwr') },
        { value: 'other', label: t('Other', 'Arall') },
      ],
      preferNotToSay: true,
    },
  ],
};
