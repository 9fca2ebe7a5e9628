// The real-team check. Source: Michael West and colleagues at Aston University on real teams: a real team has
// shared objectives, works interdependently to reach them, and meets regularly to review how it
// is doing; team reflexivity runs reflection → planning → action. Statements written for Cultivate.
import type { InstrumentInput } from '../definition.js';
import { construct, row, rowIds, t } from './helpers.js';
import { AGREEMENT_5 } from './scales.js';

const SHARED_OBJECTIVES = [
  row('rt-goals-1', 'Our team has clear goals that we all know.', "Mae gan ein tîm nodau clir rydyn ni i gyd yn eu gwybod."),
  row('rt-goals-2', 'We agreed our team goals together.', "Fe wnaethon ni gytuno ar nodau ein tîm gyda'n gilydd."),
  row('rt-goals-3', 'I know how my own work helps the team reach its goals.', "Rwy'n gwybod sut mae fy ngwaith i yn helpu'r tîm i gyrraedd ei nodau."),
];
const INTERDEPENDENT = [
  row('rt-together-1', 'We need each other to get our work done.', 'Mae arnon ni angen ein gilydd i wneud ein gwaith.'),
  row('rt-together-2', 'We share tasks and help each other out.', "Rydyn ni'n rhannu tasgau ac yn helpu ein gilydd."),
  row('rt-together-3', 'Everyone in the team knows what the others are working on.', "Mae pawb yn y tîm yn gwybod beth mae'r lleill yn gweithio arno."),
];
const REGULAR_REVIEW = [
  row('rt-review-1', 'Our team meets often to talk about how well we are working.', "Mae ein tîm yn cyfarfod yn aml i siarad am ba mor dda rydyn ni'n gweithio."),
  row('rt-review-2', 'At these meetings, everyone can say what they think.', "Yn y cyfarfodydd hyn, mae pawb yn gallu dweud beth maen nhw'n ei feddwl."),
  row('rt-review-3', 'We check whether we are meeting our goals.', "Rydyn ni'n gwirio a ydyn ni'n cyrraedd ein nodau."),
];
const REFLECTION = [
  row('rt-reflect-1', 'We often stop to think about what is going well and what is not.', "Rydyn ni'n aml yn aros i feddwl am beth sy'n mynd yn dda a beth sydd ddim."),
  row('rt-reflect-2', 'We talk openly about mistakes so we can learn from them.', "Rydyn ni'n siarad yn agored am gamgymeriadau er mwyn dysgu oddi wrthyn nhw."),
  row('rt-reflect-3', 'We ask patients or other teams what they think of our work.', "Rydyn ni'n gofyn i gleifion neu dimau eraill beth maen nhw'n ei feddwl o'n gwaith."),
];
const PLANNING = [
  row('rt-plan-1', 'We make clear plans to change things that are not working.', "Rydyn ni'n gwneud cynlluniau clir i newid pethau sydd ddim yn gweithio."),
  row('rt-plan-2', 'We agree who will do what, and by when.', "Rydyn ni'n cytuno pwy fydd yn gwneud beth, ac erbyn pryd."),
  row('rt-plan-3', 'Our plans are based on what we have learned.', "Mae ein cynlluniau'n seiliedig ar yr hyn rydyn ni wedi'i ddysgu."),
];
const ACTION = [
  row('rt-act-1', 'We carry out the changes we plan.', "Rydyn ni'n gwneud y newidiadau rydyn ni'n eu cynllunio."),
  row('rt-act-2', 'We check later whether our changes made things better.', "Rydyn ni'n gwirio wedyn a wnaeth ein newidiadau wella pethau."),
  row('rt-act-3', 'When a change does not work, we try something else.', "Pan nad yw newid yn gweithio, rydyn ni'n rhoi cynnig ar rywbeth arall."),
];

const grid = (id: string, heading: ReturnType<typeof t>, rows: typeof SHARED_OBJECTIVES) =>
  ({ id, type: 'grid', text: heading, scale: AGREEMENT_5.id, perspective: 'team', rows }) as const;

export const REAL_TEAM_CHECK: InstrumentInput = {
  key: 'real-team-check',
  title: t('Real team check', 'Gwiriad tîm go iawn'),
  description: t(
    'A short check on how your team works together. It helps your team see what is going well and what to work on. It takes about 5 minutes.',
    "Gwiriad byr ar sut mae eich tîm yn cydweithio. Mae'n helpu eich tîm i weld beth sy'n mynd yn dda a beth i weithio arno. Mae'n cymryd tua 5 munud.",
  ),
  source: 'Michael West and colleagues at Aston University (Aston Organisation Development): real teams and team reflexivity. Statements written for Cultivate.',
  audience: 'staff',
  languages: ['en', 'cy'],
  scales: [AGREEMENT_5],
  sections: [
    {
      id: 'your-team',
      title: t('Your team', 'Eich tîm'),
      intro: t(
        'Think about the team you work in most of the time. Say how much you agree with each statement.',
        "Meddyliwch am y tîm rydych chi'n gweithio ynddo y rhan fwyaf o'r amser. Dywedwch i ba raddau rydych chi'n cytuno â phob datganiad.",
      ),
      items: [
        {
          id: 'team-size',
          type: 'single',
          text: t('How many people are in your team?', 'Faint o bobl sydd yn eich tîm?'),
          hint: t(
            'Count yourself and everyone who works closely with you towards the same goals.',
            "Cyfrifwch eich hun a phawb sy'n gweithio'n agos gyda chi tuag at yr un nodau.",
          ),
          options: [
            { value: 'size-1-5', label: t('1 to 5', '1 i 5') },
            { value: 'size-6-8', label: t('6 to 8', '6 i 8') },
            { value: 'size-9-12', label: t('9 to 12', '9 i 12') },
            { value: 'size-13-20', label: t('13 to 20', '13 i 20') },
            { value: 'size-over-20', label: t('More than 20', 'Mwy nag 20') },
          ],
        },
        grid('shared-objectives', t('Shared goals', 'Nodau cyffredin'), SHARED_OBJECTIVES),
        grid('interdependent-working', t('Working together', "Gweithio gyda'n gilydd"), INTERDEPENDENT),
        grid('regular-review', t('Looking at how we work', "Edrych ar sut rydyn ni'n gweithio"), REGULAR_REVIEW),
      ],
    },
    {
      id: 'learning-as-a-team',
      title: t('Learning as a team', 'Dysgu fel tîm'),
      intro: t(
        'These statements are about how your team stops to think, makes plans and makes changes.',
        "Mae'r datganiadau hyn yn ymwneud â sut mae eich tîm yn aros i feddwl, yn gwneud cynlluniau ac yn gwneud newidiadau.",
      ),
      items: [
        grid('reflection', t('Stopping to think', 'Aros i feddwl'), REFLECTION),
        grid('planning', t('Making plans', 'Gwneud cynlluniau'), PLANNING),
        grid('action', t('Making changes happen', 'Gwneud i newidiadau ddigwydd'), ACTION),
      ],
    },
  ],
  constructs: [
    construct('shared-objectives', t('Shared objectives', 'Amcanion cyffredin'), 'real_team', 'shared_objectives', rowIds(SHARED_OBJECTIVES), 'team'),
    construct('interdependent-working', t('Interdependent working', "Gweithio'n rhyngddibynnol"), 'real_team', 'interdependent_working', rowIds(INTERDEPENDENT), 'team'),
    construct('regular-review', t('Regular review of effectiveness', 'Adolygu effeithiolrwydd yn rheolaidd'), 'real_team', 'regular_review', rowIds(REGULAR_REVIEW), 'team'),
    construct('reflexivity-reflection', t('Team reflexivity: reflection', 'Myfyrio fel tîm: aros i feddwl'), 'real_team', 'reflexivity_reflection', rowIds(REFLECTION), 'team'),
    construct('reflexivity-planning', t('Team reflexivity: planning', 'Myfyrio fel tîm: cynllunio'), 'real_team', 'reflexivity_planning', rowIds(PLANNING), 'team'),
    construct('reflexivity-action', t('Team reflexivity: action', 'Myfyrio fel tîm: gweithredu'), 'real_team', 'reflexivity_action', rowIds(ACTION), 'team'),
  ],
};
