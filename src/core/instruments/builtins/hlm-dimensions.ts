// The nine dimensions of the NHS Leadership Academy's Healthcare Leadership Model (2013), each with
// two statements about "the person" being rated and a plain gloss for the importance question.
// The dimension names are the model's; the statements and glosses are Cultivate's own.
import { row, t, type Bilingual, type RowInput } from './helpers.js';

export interface HlmDimension {
  /** The framework key, e.g. 'inspiring_shared_purpose'; construct ids use it hyphenated. */
  key: string;
  name: Bilingual;
  /** Plain words for what the dimension means, lower-case, shown after its name in the importance question. */
  gloss: Bilingual;
  rows: RowInput[];
}

const dimension = (key: string, name: Bilingual, gloss: Bilingual, rows: RowInput[]): HlmDimension => ({ key, name, gloss, rows });

export const HLM_DIMENSIONS: HlmDimension[] = [
  dimension(
    'inspiring_shared_purpose',
    t('Inspiring shared purpose', 'Ysbrydoli pwrpas cyffredin'),
    t('standing up for patients and giving the work a shared purpose', "sefyll dros gleifion a rhoi pwrpas cyffredin i'r gwaith"),
    [
      row('hlm-purpose-1', 'The person stands up for what is right for patients, even when it is hard.', "Mae'r person yn sefyll dros yr hyn sy'n iawn i gleifion, hyd yn oed pan fydd hynny'n anodd."),
      row('hlm-purpose-2', 'The person helps others feel that their work has a shared purpose.', "Mae'r person yn helpu eraill i deimlo bod pwrpas cyffredin i'w gwaith."),
    ],
  ),
  dimension(
    'leading_with_care',
    t('Leading with care', 'Arwain gyda gofal'),
    t('noticing how people feel and looking after them', "sylwi ar sut mae pobl yn teimlo a gofalu amdanyn nhw"),
    [
      row('hlm-care-1', 'The person notices how others are feeling and responds kindly.', "Mae'r person yn sylwi ar sut mae eraill yn teimlo ac yn ymateb yn garedig."),
      row('hlm-care-2', 'The person looks after their own well-being so they can support others.', "Mae'r person yn gofalu am eu llesiant eu hunain er mwyn gallu cefnogi eraill."),
    ],
  ),
  dimension(
    'evaluating_information',
    t('Evaluating information', 'Gwerthuso gwybodaeth'),
    t('using facts and new ideas to make good decisions', 'defnyddio ffeithiau a syniadau newydd i wneud penderfyniadau da'),
    [
      row('hlm-evidence-1', 'The person looks at facts and figures before making a decision.', "Mae'r person yn edrych ar ffeithiau a ffigurau cyn gwneud penderfyniad."),
      row('hlm-evidence-2', 'The person is open to new ideas and different ways of seeing things.', "Mae'r person yn agored i syniadau newydd a ffyrdd gwahanol o weld pethau."),
    ],
  ),
  dimension(
    'connecting_our_service',
    t('Connecting our service', 'Cysylltu ein gwasanaeth'),
    t('linking our service with other services and people', "cysylltu ein gwasanaeth â gwasanaethau a phobl eraill"),
    [
      row('hlm-connecting-1', 'The person understands how our service fits with other services.', "Mae'r person yn deall sut mae ein gwasanaeth yn cyd-fynd â gwasanaethau eraill."),
      row('hlm-connecting-2', 'The person builds good links with people in other teams and organisations.', "Mae'r person yn meithrin cysylltiadau da gyda phobl mewn timau a sefydliadau eraill."),
    ],
  ),
  dimension(
    'sharing_the_vision',
    t('Sharing the vision', "Rhannu'r weledigaeth"),
    t('explaining clearly and honestly where we are going', "esbonio'n glir ac yn onest i ble rydyn ni'n mynd"),
    [
      row('hlm-vision-1', 'The person explains where we are heading in a way people understand.', "Mae'r person yn esbonio i ble rydyn ni'n mynd mewn ffordd mae pobl yn ei deall."),
      row('hlm-vision-2', 'The person is honest about what is going well and what is not.', "Mae'r person yn onest am yr hyn sy'n mynd yn dda a'r hyn sydd ddim."),
    ],
  ),
  dimension(
    'engaging_the_team',
    t('Engaging the team', "Ymgysylltu â'r tîm"),
    t('involving the team and making everyone feel they count', "cynnwys y tîm a gwneud i bawb deimlo eu bod yn cyfrif"),
    [
      row('hlm-team-1', 'The person involves the team in decisions that affect them.', "Mae'r person yn cynnwys y tîm mewn penderfyniadau sy'n effeithio arnyn nhw."),
      row('hlm-team-2', 'The person makes everyone feel their part in the team matters.', "Mae'r person yn gwneud i bawb deimlo bod eu rhan yn y tîm yn bwysig."),
    ],
  ),
  dimension(
    'holding_to_account',
    t('Holding to account', 'Dal i gyfrif'),
    t('setting clear standards and acting fairly when they are not met', "gosod safonau clir a gweithredu'n deg pan na fyddan nhw'n cael eu cyrraedd"),
    [
      row('hlm-account-1', 'The person agrees clear standards and checks that they are met.', "Mae'r person yn cytuno ar safonau clir ac yn gwirio eu bod yn cael eu cyrraedd."),
      row('hlm-account-2', 'The person deals fairly with work that is not good enough.', "Mae'r person yn delio'n deg â gwaith sydd ddim yn ddigon da."),
    ],
  ),
  dimension(
    'developing_capability',
    t('Developing capability', 'Datblygu gallu'),
    t('helping people learn and grow', 'helpu pobl i ddysgu a datblygu'),
    [
      row('hlm-develop-1', 'The person helps others learn and grow in their job.', "Mae'r person yn helpu eraill i ddysgu a datblygu yn eu swydd."),
      row('hlm-develop-2', 'The person gives others the chance to try new and harder tasks.', "Mae'r person yn rhoi cyfle i eraill roi cynnig ar dasgau newydd a mwy anodd."),
    ],
  ),
  dimension(
    'influencing_for_results',
    t('Influencing for results', 'Dylanwadu er mwyn cael canlyniadau'),
    t('winning support and helping people find a way forward together', "ennill cefnogaeth a helpu pobl i ddod o hyd i ffordd ymlaen gyda'i gilydd"),
    [
      row('hlm-influence-1', 'The person wins support for ideas by listening and working with others.', "Mae'r person yn ennill cefnogaeth i syniadau drwy wrando a gweithio gydag eraill."),
      row('hlm-influence-2', 'The person helps people who disagree to find a way forward.', "Mae'r person yn helpu pobl sy'n anghytuno i ddod o hyd i ffordd ymlaen."),
    ],
  ),
];

/** The importance row id for a dimension, e.g. 'importance-inspiring-shared-purpose'. */
export const importanceId = (d: HlmDimension): string => `importance-${d.key.replaceAll('_', '-')}`;
