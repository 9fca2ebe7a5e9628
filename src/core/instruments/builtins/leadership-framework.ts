// The six cultural elements and four compassionate leadership behaviours the leadership behaviours
// survey covers (NHS Improvement and The King's Fund, Culture and Leadership Programme, 2016;
// NHS England's sixth element, equity and inclusion; Michael West on compassionate leadership).
import type { Framework } from '../definition.js';
import { t, type Bilingual } from './helpers.js';

export const LEADERSHIP_KEYS = [
  'vision_values',
  'goals_performance',
  'support_compassion',
  'learning_innovation',
  'teamwork',
  'equity_inclusion',
  'attending',
  'understanding',
  'empathising',
  'helping',
] as const;
export type LeadershipKey = (typeof LEADERSHIP_KEYS)[number];

export interface LeadershipDimension {
  key: LeadershipKey;
  framework: Framework;
  /** Construct ids are `<stem>-self` and `<stem>-leaders`; grid ids `self-<stem>` and `leaders-<stem>`. */
  stem: string;
  /** The framework's name, for reports. */
  name: Bilingual;
  /** The plainer heading respondents see above the statements. */
  heading: Bilingual;
}

const element = (key: LeadershipKey, stem: string, name: Bilingual, heading: Bilingual): LeadershipDimension => ({
  key,
  framework: 'cultural_element',
  stem,
  name,
  heading,
});
const behaviour = (key: LeadershipKey, name: Bilingual, heading: Bilingual): LeadershipDimension => ({
  key,
  framework: 'compassionate_leadership',
  stem: key,
  name,
  heading,
});

export const CULTURAL_ELEMENTS: LeadershipDimension[] = [
  element('vision_values', 'vision-values', t('Vision and values', 'Gweledigaeth a gwerthoedd'), t('Purpose and values', 'Pwrpas a gwerthoedd')),
  element('goals_performance', 'goals-performance', t('Goals and performance', 'Nodau a pherfformiad'), t('Goals and feedback', 'Nodau ac adborth')),
  element('support_compassion', 'support-compassion', t('Support and compassion', 'Cefnogaeth a thosturi'), t('Support and care', 'Cefnogaeth a gofal')),
  element('learning_innovation', 'learning-innovation', t('Learning and innovation', 'Dysgu ac arloesi'), t('Learning and new ideas', 'Dysgu a syniadau newydd')),
  element('teamwork', 'teamwork', t('Teamwork', 'Gwaith tîm'), t('Working as a team', 'Gweithio fel tîm')),
  element('equity_inclusion', 'equity-inclusion', t('Equity and inclusion', 'Tegwch a chynhwysiant'), t('Being fair to everyone', 'Bod yn deg â phawb')),
];

export const COMPASSIONATE_BEHAVIOURS: LeadershipDimension[] = [
  behaviour('attending', t('Attending', 'Rhoi sylw'), t('Listening', 'Gwrando')),
  behaviour('understanding', t('Understanding', 'Deall'), t('Understanding', 'Deall')),
  behaviour('empathising', t('Empathising', 'Empathi'), t('Thinking about how people feel', 'Ystyried teimladau pobl')),
  behaviour('helping', t('Helping', 'Helpu'), t('Helping', 'Helpu')),
];
