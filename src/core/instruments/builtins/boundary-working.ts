// The working across boundaries survey. Source: The King's Fund (2017) on the five factors that help
// teams and organisations work across boundaries: a shared vision, frequent personal contact,
// surfacing and resolving conflict, behaving altruistically, and a long-term commitment.
// Statements written for Cultivate.
import type { InstrumentInput, LocalisedText } from '../definition.js';
import { construct, row, rowIds, t, type RowInput } from './helpers.js';
import { AGREEMENT_5 } from './scales.js';

const VISION = [
  row(
    'bw-vision-1',
    'We and the teams we work with agree on what we want for patients.',
    "Rydyn ni a'r timau rydyn ni'n gweithio gyda nhw yn cytuno ar beth rydyn ni eisiau i gleifion.",
  ),
  row(
    'bw-vision-2',
    'We see the people we care for as a shared responsibility.',
    "Rydyn ni'n gweld y bobl rydyn ni'n gofalu amdanyn nhw fel cyfrifoldeb ar y cyd.",
  ),
  row(
    'bw-vision-3',
    'Our plans fit with the plans of the other teams and organisations we work with.',
    "Mae ein cynlluniau'n cyd-fynd â chynlluniau'r timau a'r sefydliadau eraill rydyn ni'n gweithio gyda nhw.",
  ),
];
const CONTACT = [
  row('bw-contact-1', 'I know people in other teams by name.', "Rwy'n adnabod pobl mewn timau eraill wrth eu henwau."),
  row('bw-contact-2', 'We often meet people from other teams face to face.', "Rydyn ni'n aml yn cyfarfod â phobl o dimau eraill wyneb yn wyneb."),
  row('bw-contact-3', 'It is easy to pick up the phone to someone in another team.', "Mae'n hawdd ffonio rhywun mewn tîm arall."),
];
const CONFLICT = [
  row(
    'bw-conflict-1',
    'When we disagree with another team, we talk about it openly.',
    "Pan fyddwn ni'n anghytuno â thîm arall, rydyn ni'n siarad amdano'n agored.",
  ),
  row(
    'bw-conflict-2',
    'Problems between teams get sorted out, not left to grow.',
    "Mae problemau rhwng timau'n cael eu datrys, yn hytrach na'u gadael i dyfu.",
  ),
  row(
    'bw-conflict-3',
    'We can raise a worry with another team without it turning into a row.',
    "Rydyn ni'n gallu codi pryder gyda thîm arall heb iddo droi'n ffrae.",
  ),
];
const ALTRUISM = [
  row(
    'bw-help-1',
    'We help other teams even when it does not help our own team.',
    "Rydyn ni'n helpu timau eraill hyd yn oed pan nad yw hynny o fudd i'n tîm ni.",
  ),
  row(
    'bw-help-2',
    'We share staff, skills or equipment with other teams when they need it.',
    "Rydyn ni'n rhannu staff, sgiliau neu offer gyda thimau eraill pan fydd eu hangen arnyn nhw.",
  ),
  row(
    'bw-help-3',
    'We put what is best for patients ahead of what is best for our team.',
    "Rydyn ni'n rhoi'r hyn sydd orau i gleifion o flaen yr hyn sydd orau i'n tîm ni.",
  ),
];
const LONG_TERM = [
  row(
    'bw-longterm-1',
    'Our links with other teams last, even when people move on.',
    "Mae ein cysylltiadau â thimau eraill yn para, hyd yn oed pan fydd pobl yn symud ymlaen.",
  ),
  row('bw-longterm-2', 'We stick with joint work when it gets hard.', "Rydyn ni'n dal ati gyda gwaith ar y cyd pan fydd pethau'n mynd yn anodd."),
  row('bw-longterm-3', 'Our leaders give joint work time to succeed.', 'Mae ein harweinwyr yn rhoi amser i waith ar y cyd lwyddo.'),
];

const grid = (id: string, heading: LocalisedText, rows: RowInput[]) =>
  ({ id, type: 'grid', text: heading, scale: AGREEMENT_5.id, perspective: 'team', rows }) as const;

export const BOUNDARY_WORKING: InstrumentInput = {
  key: 'boundary-working',
  title: t('Working across boundaries survey', 'Arolwg gweithio ar draws ffiniau'),
  description: t(
    'Tell us how well your team works with other teams and organisations. It takes about 5 minutes.',
    "Dywedwch wrthon ni pa mor dda mae eich tîm yn gweithio gyda thimau a sefydliadau eraill. Mae'n cymryd tua 5 munud.",
  ),
  source:
    "The King's Fund (2017) on working across boundaries: a shared vision, frequent personal contact, surfacing and resolving conflict, behaving altruistically, a long-term commitment. Statements written for Cultivate.",
  audience: 'staff',
  languages: ['en', 'cy'],
  scales: [AGREEMENT_5],
  sections: [
    {
      id: 'other-teams',
      title: t('Working with other teams', 'Gweithio gyda thimau eraill'),
      intro: t(
        'Think about the other teams and organisations your team works with most, such as other wards, GP practices or social care. Say how much you agree with each statement.',
        "Meddyliwch am y timau a'r sefydliadau eraill mae eich tîm yn gweithio gyda nhw fwyaf, fel wardiau eraill, meddygfeydd neu ofal cymdeithasol. Dywedwch i ba raddau rydych chi'n cytuno â phob datganiad.",
      ),
      items: [
        grid('bw-vision', t('A shared aim', 'Nod cyffredin'), VISION),
        grid('bw-contact', t('Getting to know each other', 'Dod i adnabod ein gilydd'), CONTACT),
        grid('bw-conflict', t('Sorting out disagreements', 'Datrys anghytundebau'), CONFLICT),
        grid('bw-help', t('Helping others out', 'Helpu eraill'), ALTRUISM),
        grid('bw-longterm', t('In it for the long term', 'Ar gyfer y tymor hir'), LONG_TERM),
      ],
    },
  ],
  constructs: [
    construct('shared-vision', t('A shared vision', 'Gweledigaeth gyffredin'), 'boundary_working', 'shared_vision', rowIds(VISION), 'team'),
    construct('personal-contact', t('Frequent personal contact', 'Cysylltiad personol aml'), 'boundary_working', 'frequent_personal_contact', rowIds(CONTACT), 'team'),
    construct('resolving-conflict', t('Surfacing and resolving conflict', 'Codi a datrys gwrthdaro'), 'boundary_working', 'resolving_conflict', rowIds(CONFLICT), 'team'),
    construct('altruism', t('Behaving altruistically', 'Ymddwyn yn anhunanol'), 'boundary_working', 'behaving_altruistically', rowIds(ALTRUISM), 'team'),
    construct('long-term-commitment', t('A long-term commitment', 'Ymrwymiad hirdymor'), 'boundary_working', 'long_term_commitment', rowIds(LONG_TERM), 'team'),
  ],
};
