// Statements for the leadership behaviours survey's 'self' perspective: respondents rate their own
// leadership. Written afresh for Cultivate in plain English and Welsh (framework: see leadership-framework.ts).
import type { LeadershipKey } from './leadership-framework.js';
import { row, type RowInput } from './helpers.js';

export const SELF_ROWS: Record<LeadershipKey, RowInput[]> = {
  vision_values: [
    row('self-vision-1', 'I talk with my team about why our work matters to patients.', "Rwy'n siarad gyda fy nhîm am pam mae ein gwaith yn bwysig i gleifion."),
    row('self-vision-2', 'I make choices that match the values we share.', "Rwy'n gwneud dewisiadau sy'n cyd-fynd â'r gwerthoedd rydyn ni'n eu rhannu."),
    row('self-vision-3', 'I help people see how their job fits the bigger picture.', "Rwy'n helpu pobl i weld sut mae eu swydd yn rhan o'r darlun mawr."),
  ],
  goals_performance: [
    row('self-goals-1', 'I agree clear goals with the people I lead.', "Rwy'n cytuno ar nodau clir gyda'r bobl rwy'n eu harwain."),
    row('self-goals-2', 'I give people helpful feedback on their work.', "Rwy'n rhoi adborth defnyddiol i bobl am eu gwaith."),
    // Reverse-scored: agreeing here is the unhelpful answer.
    row(
      'self-goals-3',
      "I only notice people's work when something goes wrong.",
      "Dim ond pan fydd rhywbeth yn mynd o'i le y bydda i'n sylwi ar waith pobl.",
      { reverse: true },
    ),
  ],
  support_compassion: [
    row('self-support-1', 'I make time to ask people how they are.', "Rwy'n neilltuo amser i ofyn i bobl sut maen nhw."),
    row('self-support-2', 'I step in to help when someone has too much to do.', "Rwy'n camu i mewn i helpu pan fydd gan rywun ormod i'w wneud."),
    row('self-support-3', 'I treat people kindly, even when I am under pressure.', "Rwy'n trin pobl yn garedig, hyd yn oed pan fydda i dan bwysau."),
  ],
  learning_innovation: [
    row('self-learning-1', 'I ask my team for new ideas.', "Rwy'n gofyn i fy nhîm am syniadau newydd."),
    row(
      'self-learning-2',
      'When something goes wrong, I look for lessons, not for someone to blame.',
      "Pan fydd rhywbeth yn mynd o'i le, rwy'n chwilio am wersi, nid am rywun i'w feio.",
    ),
    row('self-learning-3', 'I give people time to try better ways of working.', "Rwy'n rhoi amser i bobl roi cynnig ar ffyrdd gwell o weithio."),
  ],
  teamwork: [
    row(
      'self-teamwork-1',
      'I make sure everyone in my team knows what the team is trying to do.',
      "Rwy'n gwneud yn siŵr bod pawb yn fy nhîm yn gwybod beth mae'r tîm yn ceisio ei wneud.",
    ),
    row('self-teamwork-2', 'I encourage my team to work well with other teams.', "Rwy'n annog fy nhîm i weithio'n dda gyda thimau eraill."),
    row(
      'self-teamwork-3',
      'I bring the team together to talk about how things are going.',
      "Rwy'n dod â'r tîm at ei gilydd i drafod sut mae pethau'n mynd.",
    ),
  ],
  equity_inclusion: [
    row('self-equity-1', 'I treat everyone fairly, whatever their background.', "Rwy'n trin pawb yn deg, beth bynnag yw eu cefndir."),
    row('self-equity-2', 'I make sure quieter people get a chance to speak.', "Rwy'n gwneud yn siŵr bod pobl dawelach yn cael cyfle i siarad."),
    row('self-equity-3', 'I speak up when I see someone treated unfairly.', "Rwy'n codi llais pan fydda i'n gweld rhywun yn cael ei drin yn annheg."),
  ],
  attending: [
    row(
      'self-attending-1',
      'When someone talks to me, I give them my full attention.',
      "Pan fydd rhywun yn siarad â fi, rwy'n rhoi fy sylw llawn iddyn nhw.",
    ),
    row('self-attending-2', 'I listen without rushing to give my own view.', "Rwy'n gwrando heb frysio i roi fy marn fy hun."),
    // Reverse-scored: half-listening is the opposite of attending.
    row(
      'self-attending-3',
      'I often look at my phone or screen while people are talking to me.',
      "Rwy'n aml yn edrych ar fy ffôn neu sgrin tra bod pobl yn siarad â fi.",
      { reverse: true },
    ),
  ],
  understanding: [
    row(
      'self-understanding-1',
      'I take time to understand what makes a job hard for people.',
      "Rwy'n cymryd amser i ddeall beth sy'n gwneud swydd yn anodd i bobl.",
    ),
    row(
      'self-understanding-2',
      'I ask questions to find the real cause of a problem.',
      "Rwy'n gofyn cwestiynau i ddod o hyd i wir achos problem.",
    ),
    row('self-understanding-3', "I try to see a problem from each person's side.", "Rwy'n ceisio gweld problem o safbwynt pob person."),
  ],
  empathising: [
    row('self-empathising-1', 'I show people that their feelings matter to me.', "Rwy'n dangos i bobl fod eu teimladau'n bwysig i mi."),
    row(
      'self-empathising-2',
      'I can tell when someone in my team is struggling.',
      "Rwy'n gallu gweld pan fydd rhywun yn fy nhîm yn cael trafferth.",
    ),
    row('self-empathising-3', 'I stay calm and kind when people are upset.', "Rwy'n aros yn dawel ac yn garedig pan fydd pobl wedi cynhyrfu."),
  ],
  helping: [
    row(
      'self-helping-1',
      'I take action to remove things that get in the way of good care.',
      "Rwy'n gweithredu i gael gwared ar bethau sy'n rhwystro gofal da.",
    ),
    row(
      'self-helping-2',
      'I make sure people have what they need to do their job.',
      "Rwy'n gwneud yn siŵr bod gan bobl bopeth sydd ei angen arnyn nhw i wneud eu gwaith.",
    ),
    row('self-helping-3', 'When I offer help, I do what I said I would.', "Pan fydda i'n cynnig help, rwy'n gwneud yr hyn a ddywedais i."),
  ],
};
