// The culture of innovation survey. Source: The King's Fund, Caring to change: how compassionate
// leadership can stimulate innovation in health care (2017), and its four elements of a culture of
// innovation. Statements written for Cultivate.
import type { InstrumentInput, LocalisedText } from '../definition.js';
import { construct, row, rowIds, t, type RowInput } from './helpers.js';
import { AGREEMENT_5 } from './scales.js';

const VISION = [
  row('ic-vision-1', 'Our organisation has a clear picture of how care could be better.', 'Mae gan ein sefydliad ddarlun clir o sut gallai gofal fod yn well.'),
  row(
    'ic-vision-2',
    "Leaders here say that trying new ideas is part of everyone's job.",
    "Mae arweinwyr yma'n dweud bod rhoi cynnig ar syniadau newydd yn rhan o waith pawb.",
  ),
  row('ic-vision-3', 'Our plans for the future leave room for new ways of working.', "Mae ein cynlluniau ar gyfer y dyfodol yn gadael lle i ffyrdd newydd o weithio."),
  row(
    'ic-vision-4',
    'I know which problems our organisation most wants to solve.',
    "Rwy'n gwybod pa broblemau mae ein sefydliad yn fwyaf awyddus i'w datrys.",
  ),
];
const INCLUSION = [
  row('ic-inclusion-1', 'Staff at every level are asked for ideas to improve care.', 'Mae staff ar bob lefel yn cael eu holi am syniadau i wella gofal.'),
  row('ic-inclusion-2', 'Patients and carers help shape changes here.', 'Mae cleifion a gofalwyr yn helpu i lunio newidiadau yma.'),
  row('ic-inclusion-3', 'People from all backgrounds have a say in how things change.', "Mae gan bobl o bob cefndir lais yn y ffordd mae pethau'n newid."),
  row('ic-inclusion-4', 'When I share an idea, someone gets back to me about it.', "Pan fydda i'n rhannu syniad, mae rhywun yn dod yn ôl ata i amdano."),
];
const TEAMS = [
  row('ic-teams-1', 'Teams here share what they have learned with each other.', "Mae timau yma'n rhannu'r hyn maen nhw wedi'i ddysgu gyda'i gilydd."),
  row('ic-teams-2', 'It is easy to work on a new idea with people from other teams.', "Mae'n hawdd gweithio ar syniad newydd gyda phobl o dimau eraill."),
  row(
    'ic-teams-3',
    'We work with other organisations to find better ways of caring for people.',
    "Rydyn ni'n gweithio gyda sefydliadau eraill i ddod o hyd i ffyrdd gwell o ofalu am bobl.",
  ),
  row('ic-teams-4', 'My team enjoys solving problems together.', "Mae fy nhîm yn mwynhau datrys problemau gyda'i gilydd."),
];
const SUPPORT = [
  row('ic-support-1', 'I am free to try new ways of doing my work.', "Mae gen i'r rhyddid i roi cynnig ar ffyrdd newydd o wneud fy ngwaith."),
  row('ic-support-2', 'I can get time to work on ideas that could improve care.', 'Galla i gael amser i weithio ar syniadau a allai wella gofal.'),
  row('ic-support-3', 'People here are not blamed if a new idea does not work.', "Dydy pobl yma ddim yn cael eu beio os nad yw syniad newydd yn gweithio."),
  row('ic-support-4', 'I can get help and training to make my ideas happen.', 'Galla i gael help a hyfforddiant i wireddu fy syniadau.'),
];

const grid = (id: string, heading: LocalisedText, rows: RowInput[]) =>
  ({ id, type: 'grid', text: heading, scale: AGREEMENT_5.id, perspective: 'organisation', rows }) as const;

export const INNOVATION_CULTURE: InstrumentInput = {
  key: 'innovation-culture',
  title: t('Culture of innovation survey', 'Arolwg diwylliant arloesi'),
  description: t(
    'Tell us how easy it is to try new ideas and improve care here. It takes about 5 minutes.',
    "Dywedwch wrthon ni pa mor hawdd yw hi i roi cynnig ar syniadau newydd a gwella gofal yma. Mae'n cymryd tua 5 munud.",
  ),
  source:
    "The King's Fund, Caring to change: how compassionate leadership can stimulate innovation in health care (2017). Statements written for Cultivate.",
  audience: 'staff',
  languages: ['en', 'cy'],
  scales: [AGREEMENT_5],
  sections: [
    {
      id: 'new-ideas',
      title: t('New ideas and better care', 'Syniadau newydd a gofal gwell'),
      intro: t(
        'Think about the organisation you work for. Say how much you agree with each statement.',
        "Meddyliwch am y sefydliad rydych chi'n gweithio iddo. Dywedwch i ba raddau rydych chi'n cytuno â phob datganiad.",
      ),
      items: [
        grid('ic-vision', t('Where we are going', "I ble rydyn ni'n mynd"), VISION),
        grid('ic-inclusion', t('Everyone taking part', 'Pawb yn cymryd rhan'), INCLUSION),
        grid('ic-teams', t('Working with other teams', 'Gweithio gyda thimau eraill'), TEAMS),
        grid('ic-support', t('Freedom and support to try new things', 'Rhyddid a chefnogaeth i roi cynnig ar bethau newydd'), SUPPORT),
      ],
    },
  ],
  constructs: [
    construct('vision-strategy', t('Inspiring vision and strategy', 'Gweledigaeth a strategaeth ysbrydoledig'), 'innovation_culture', 'vision_strategy', rowIds(VISION), 'organisation'),
    construct(
      'inclusion-participation',
      t('Positive inclusion and participation', 'Cynhwysiant a chyfranogiad cadarnhaol'),
      'innovation_culture',
      'inclusion_participation',
      rowIds(INCLUSION),
      'organisation',
    ),
    construct(
      'team-boundary-working',
      t('Enthusiastic team and cross-boundary working', "Gweithio'n frwd mewn timau ac ar draws ffiniau"),
      'innovation_culture',
      'team_boundary_working',
      rowIds(TEAMS),
      'organisation',
    ),
    construct(
      'support-autonomy',
      t('Support and autonomy to innovate', 'Cefnogaeth ac ymreolaeth i arloesi'),
      'innovation_culture',
      'support_autonomy',
      rowIds(SUPPORT),
      'organisation',
    ),
  ],
};
