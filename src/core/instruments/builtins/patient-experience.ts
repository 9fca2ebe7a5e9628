// The patient experience of culture survey, for patients and carers, answered without an account.
// It asks how staff worked together and treated people, in words a 9-year-old could read.
// Framework: Cultivate's own, after the Culture and Leadership Programme's use of patient voice in
// Discover (NHS Improvement and The King's Fund, 2016). Statements written for Cultivate.
import type { InstrumentInput } from '../definition.js';
import { construct, row, rowIds, t } from './helpers.js';
import { AGREEMENT_5, ZERO_TO_TEN } from './scales.js';

const TOGETHER = [
  row('px-together-1', 'Staff seemed to work well as a team.', "Roedd y staff i'w gweld yn gweithio'n dda fel tîm."),
  row('px-together-2', 'I did not have to tell my story again and again.', 'Doedd dim rhaid i mi adrodd fy stori dro ar ôl tro.'),
  row('px-together-3', 'Staff knew what other staff had told me.', "Roedd y staff yn gwybod beth roedd staff eraill wedi'i ddweud wrtha i."),
  row('px-together-4', 'Staff were kind to each other.', "Roedd y staff yn garedig wrth ei gilydd."),
];
const RESPECT = [
  row('px-respect-1', 'Staff were kind to me.', 'Roedd y staff yn garedig wrtha i.'),
  row('px-respect-2', 'Staff treated me with respect.', 'Roedd y staff yn fy nhrin â pharch.'),
  row('px-respect-3', 'I felt safe in their care.', "Roeddwn i'n teimlo'n ddiogel yn eu gofal."),
];
const LISTENING = [
  row('px-listened-1', 'Staff listened to me.', 'Roedd y staff yn gwrando arna i.'),
  row('px-listened-2', 'Staff explained things in a way I could understand.', "Roedd y staff yn esbonio pethau mewn ffordd roeddwn i'n gallu ei deall."),
  row('px-listened-3', 'I had a say in decisions about my care.', 'Roedd gen i lais yn y penderfyniadau am fy ngofal.'),
];

const NO_NAMES = t('Please do not write any names.', 'Peidiwch ag ysgrifennu unrhyw enwau.');

export const PATIENT_EXPERIENCE: InstrumentInput = {
  key: 'patient-experience',
  title: t('Your care: tell us how it went', 'Eich gofal: rhowch wybod i ni sut aeth pethau'),
  description: t(
    'Tell us how our staff worked together and how they treated you. You do not need to give your name. It takes about 5 minutes.',
    "Dywedwch wrthon ni sut roedd ein staff yn cydweithio a sut roedden nhw'n eich trin chi. Does dim angen i chi roi eich enw. Mae'n cymryd tua 5 munud.",
  ),
  source:
    "Cultivate's own questions on how staff work together, for the patient voice in the Discover phase of the NHS Culture and Leadership Programme (NHS Improvement and The King's Fund, 2016).",
  audience: 'patients',
  languages: ['en', 'cy'],
  scales: [AGREEMENT_5, ZERO_TO_TEN],
  sections: [
    {
      id: 'your-care',
      title: t('Your care', 'Eich gofal'),
      intro: t(
        'Think about your last visit or stay. If you are a carer, ‘my care’ means the care of the person you look after. Say how much you agree with each sentence.',
        "Meddyliwch am eich ymweliad neu eich arhosiad diwethaf. Os ydych chi'n ofalwr, ystyr ‘fy ngofal’ yw gofal y person rydych chi'n gofalu amdano. Dywedwch i ba raddau rydych chi'n cytuno â phob brawddeg.",
      ),
      items: [
        { id: 'px-together', type: 'grid', text: t('How staff worked together', 'Sut roedd y staff yn cydweithio'), scale: AGREEMENT_5.id, rows: TOGETHER },
        { id: 'px-respect', type: 'grid', text: t('How staff treated you', "Sut roedd y staff yn eich trin chi"), scale: AGREEMENT_5.id, rows: RESPECT },
        { id: 'px-listened', type: 'grid', text: t('Being listened to', 'Cael eich clywed'), scale: AGREEMENT_5.id, rows: LISTENING },
        {
          id: 'px-recommend',
          type: 'scale',
          scale: ZERO_TO_TEN.id,
          text: t(
            'If a friend needed the same care, how likely is it that you would tell them to come here?',
            "Petai ffrind angen yr un gofal, pa mor debygol yw hi y byddech chi'n dweud wrthyn nhw am ddod yma?",
          ),
          hint: t('0 means not at all likely. 10 means very likely.', "Mae 0 yn golygu ddim yn debygol o gwbl. Mae 10 yn golygu tebygol iawn."),
        },
      ],
    },
    {
      id: 'in-your-words',
      title: t('In your own words', 'Yn eich geiriau eich hun'),
      intro: t('You do not have to answer these questions.', "Does dim rhaid i chi ateb y cwestiynau hyn."),
      items: [
        {
          id: 'px-best',
          type: 'text',
          text: t('What was the best thing about how staff worked with you?', "Beth oedd y peth gorau am y ffordd roedd y staff yn gweithio gyda chi?"),
          hint: NO_NAMES,
        },
        { id: 'px-better', type: 'text', text: t('What could we do better?', "Beth allen ni ei wneud yn well?"), hint: NO_NAMES },
      ],
    },
  ],
  constructs: [
    construct('working-together', t('How staff work together', "Sut mae'r staff yn cydweithio"), 'patient_experience', 'staff_working_together', rowIds(TOGETHER)),
    construct('kindness-respect', t('Kindness and respect', 'Caredigrwydd a pharch'), 'patient_experience', 'kindness_respect', rowIds(RESPECT)),
    construct('listening-involvement', t('Listening and involving', 'Gwrando a chynnwys'), 'patient_experience', 'listening_involvement', rowIds(LISTENING)),
    construct('recommend', t('Likely to recommend', 'Tebygol o argymell'), 'patient_experience', 'likelihood_to_recommend', ['px-recommend']),
  ],
  demographics: [
    {
      id: 'respondent-type',
      question: t('Are you answering as a patient or as a carer?', "Ydych chi'n ateb fel claf neu fel gofalwr?"),
      options: [
        { value: 'patient', label: t('A patient', 'Claf') },
        { value: 'carer', label: t('A carer, family member or friend', "Gofalwr, aelod o'r teulu neu ffrind") },
      ],
      preferNotToSay: true,
    },
    {
      id: 'age-band',
      question: t('How old are you?', 'Faint yw eich oed chi?'),
      options: [
        { value: 'age-under-16', label: t('Under 16', 'O dan 16') },
        { value: 'age-16-24', label: t('16 to 24', '16 i 24') },
        { value: 'age-25-44', label: t('25 to 44', '25 i 44') },
        { value: 'age-45-64', label: t('45 to 64', '45 i 64') },
        { value: 'age-65-79', label: t('65 to 79', '65 i 79') },
        { value: 'age-80-plus', label: t('80 or over', '80 neu hŷn') },
      ],
      preferNotToSay: true,
    },
  ],
};
