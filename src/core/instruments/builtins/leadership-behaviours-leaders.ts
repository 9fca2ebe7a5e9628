// Statements for the leadership behaviours survey's 'leaders' perspective: respondents rate the
// leaders they report to. Each stands alone ("My leaders…") because the staff pulse reuses some verbatim.
import type { LeadershipKey } from './leadership-framework.js';
import { row, type RowInput } from './helpers.js';

export const LEADERS_ROWS: Record<LeadershipKey, RowInput[]> = {
  vision_values: [
    row('leaders-vision-1', 'My leaders explain clearly where our service is going.', "Mae fy arweinwyr yn esbonio'n glir i ble mae ein gwasanaeth yn mynd."),
    row(
      'leaders-vision-2',
      'My leaders act in line with the values they talk about.',
      "Mae fy arweinwyr yn gweithredu yn ôl y gwerthoedd maen nhw'n sôn amdanyn nhw.",
    ),
    row(
      'leaders-vision-3',
      'My leaders help me see how my work makes a difference to patients.',
      'Mae fy arweinwyr yn fy helpu i weld sut mae fy ngwaith yn gwneud gwahaniaeth i gleifion.',
    ),
  ],
  goals_performance: [
    row(
      'leaders-goals-1',
      'My leaders make sure I know what they expect of me.',
      "Mae fy arweinwyr yn gwneud yn siŵr fy mod i'n gwybod beth maen nhw'n ei ddisgwyl gen i.",
    ),
    row('leaders-goals-2', 'My leaders give me useful feedback about my work.', 'Mae fy arweinwyr yn rhoi adborth defnyddiol i mi am fy ngwaith.'),
    row('leaders-goals-3', 'My leaders set goals for our team that we can reach.', "Mae fy arweinwyr yn gosod nodau i'n tîm y gallwn ni eu cyrraedd."),
  ],
  support_compassion: [
    row('leaders-support-1', 'My health and well-being matter to my leaders.', "Mae fy iechyd a'm llesiant yn bwysig i fy arweinwyr."),
    row(
      'leaders-support-2',
      'I can go to my leaders for help when I am struggling.',
      "Galla i droi at fy arweinwyr am help pan fydda i'n cael trafferth.",
    ),
    // Reverse-scored: agreeing means support is out of reach.
    row(
      'leaders-support-3',
      'My leaders are hard to get hold of when I need them.',
      "Mae'n anodd cael gafael ar fy arweinwyr pan fydd arna i eu hangen nhw.",
      { reverse: true },
    ),
  ],
  learning_innovation: [
    row(
      'leaders-learning-1',
      'My leaders welcome new ideas from anyone in the team.',
      'Mae fy arweinwyr yn croesawu syniadau newydd gan unrhyw un yn y tîm.',
    ),
    row('leaders-learning-2', 'My leaders treat mistakes as a chance to learn.', 'Mae fy arweinwyr yn gweld camgymeriadau fel cyfle i ddysgu.'),
    row('leaders-learning-3', 'My leaders support me to learn new skills.', 'Mae fy arweinwyr yn fy nghefnogi i ddysgu sgiliau newydd.'),
  ],
  teamwork: [
    row(
      'leaders-teamwork-1',
      'My leaders help our team agree what we are trying to do.',
      "Mae fy arweinwyr yn helpu ein tîm i gytuno ar beth rydyn ni'n ceisio ei wneud.",
    ),
    row('leaders-teamwork-2', 'My leaders help us work well with other teams.', "Mae fy arweinwyr yn ein helpu i weithio'n dda gyda thimau eraill."),
    row(
      'leaders-teamwork-3',
      'My leaders make time for the team to look back on how we are working.',
      "Mae fy arweinwyr yn gwneud amser i'r tîm edrych yn ôl ar sut rydyn ni'n gweithio.",
    ),
  ],
  equity_inclusion: [
    row(
      'leaders-equity-1',
      'My leaders treat all staff fairly, whoever they are.',
      'Mae fy arweinwyr yn trin pob aelod o staff yn deg, pwy bynnag ydyn nhw.',
    ),
    row(
      'leaders-equity-2',
      'My leaders make sure everyone has a fair chance to develop.',
      "Mae fy arweinwyr yn gwneud yn siŵr bod pawb yn cael cyfle teg i ddatblygu.",
    ),
    row(
      'leaders-equity-3',
      'My leaders take action when someone is treated unfairly.',
      "Mae fy arweinwyr yn gweithredu pan fydd rhywun yn cael ei drin yn annheg.",
    ),
  ],
  attending: [
    row('leaders-attending-1', 'My leaders really listen when I talk to them.', "Mae fy arweinwyr wir yn gwrando pan fydda i'n siarad â nhw."),
    row(
      'leaders-attending-2',
      'My leaders are truly interested in what I have to say.',
      "Mae gan fy arweinwyr ddiddordeb go iawn yn yr hyn sydd gen i i'w ddweud.",
    ),
    row(
      'leaders-attending-3',
      'My leaders give me time and do not rush me.',
      "Mae fy arweinwyr yn rhoi amser i mi a dydyn nhw ddim yn fy mrysio.",
    ),
  ],
  understanding: [
    row(
      'leaders-understanding-1',
      'My leaders take time to understand the problems I face at work.',
      "Mae fy arweinwyr yn cymryd amser i ddeall y problemau sy'n fy wynebu yn y gwaith.",
    ),
    row(
      'leaders-understanding-2',
      'My leaders ask for my view before they decide how to fix a problem.',
      'Mae fy arweinwyr yn gofyn am fy marn cyn penderfynu sut i ddatrys problem.',
    ),
    row(
      'leaders-understanding-3',
      'My leaders find out the whole story before they make up their minds.',
      'Mae fy arweinwyr yn cael y darlun llawn cyn dod i farn.',
    ),
  ],
  empathising: [
    row('leaders-empathising-1', 'My leaders show that my feelings matter to them.', "Mae fy arweinwyr yn dangos bod fy nheimladau'n bwysig iddyn nhw."),
    row(
      'leaders-empathising-2',
      'My leaders notice when I am having a hard time.',
      "Mae fy arweinwyr yn sylwi pan fydda i'n cael amser anodd.",
    ),
    row('leaders-empathising-3', 'My leaders are kind when things are difficult.', "Mae fy arweinwyr yn garedig pan fydd pethau'n anodd."),
  ],
  helping: [
    row(
      'leaders-helping-1',
      'My leaders remove things that stop me doing my job well.',
      "Mae fy arweinwyr yn cael gwared ar bethau sy'n fy rhwystro rhag gwneud fy ngwaith yn dda.",
    ),
    row(
      'leaders-helping-2',
      'My leaders make sure I have what I need to do my job.',
      "Mae fy arweinwyr yn gwneud yn siŵr bod gen i bopeth sydd ei angen arna i i wneud fy ngwaith.",
    ),
    row(
      'leaders-helping-3',
      'When my leaders offer help, they do what they said they would.',
      "Pan fydd fy arweinwyr yn cynnig help, maen nhw'n gwneud yr hyn a ddywedon nhw.",
    ),
  ],
};
