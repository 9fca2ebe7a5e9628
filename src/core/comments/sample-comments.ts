// Sample data: sixty short staff-survey comments, written for this project, each coded by hand to
// one or two of the six cultural elements (the 2016 culture and leadership programme's five plus
// NHS England's equity and inclusion). The tests check theme suggestions learn from them; the
// demo organisation's leadership survey uses them as its comments.
// The order is fixed: tests split it by position.

import type { LeadershipKey } from '../instruments/builtins/leadership-framework.js';
import type { CodedText } from './classifier.js';

const c = (text: string, ...themes: LeadershipKey[]): CodedText => ({ text, themes });

export const CODED_COMMENTS: readonly CodedText[] = [
  // vision and values
  c('I still believe in what this hospital is trying to do, and our values are on every wall, but I rarely see them lived on the ward.', 'vision_values'),
  c('The board talk about putting patients first, yet every decision seems to be about money.', 'vision_values'),
  c("Nobody has ever explained the trust's strategy to us in a way that makes sense for our department.", 'vision_values'),
  c('I am proud to work here because people genuinely care about the community we serve.', 'vision_values'),
  c('Senior leaders should visit the wards more often so they understand what our purpose looks like day to day.', 'vision_values'),
  c('The new vision statement feels like words on a poster rather than something we all share.', 'vision_values'),
  c('Our values of respect and honesty were written by staff, which makes them feel real.', 'vision_values'),
  c('When the chief executive spoke about why we do this work, it reminded me why I joined the NHS.', 'vision_values'),
  c('It is hard to feel part of the bigger picture when the direction of the organisation keeps changing.', 'vision_values', 'goals_performance'),
  c('Behaviour that goes against our values is tolerated when it comes from senior staff.', 'vision_values', 'equity_inclusion'),
  // goals and performance
  c('My appraisal was done in ten minutes and nobody looked at the objectives we agreed last year.', 'goals_performance'),
  c('I get no feedback on how I am doing unless something goes wrong.', 'goals_performance'),
  c('The targets for the clinic are unrealistic and nobody asked us whether they could be met.', 'goals_performance'),
  c('Our team goals are clear and we review them together every month, which keeps us focused.', 'goals_performance', 'teamwork'),
  c('I would like clearer expectations about what good performance looks like in my role.', 'goals_performance'),
  c('Performance figures are shared with us but never explained, so they mean very little.', 'goals_performance'),
  c('My manager sets objectives that link to what the directorate is trying to achieve.', 'goals_performance'),
  c('Waiting time targets drive everything and the quality of care gets forgotten.', 'goals_performance', 'vision_values'),
  c('Regular one to one meetings with honest feedback have helped me improve my practice.', 'goals_performance'),
  c('We are measured on numbers we cannot influence, which feels pointless and demoralising.', 'goals_performance'),
  // support and compassion
  c('My manager always asks how I am and means it; I feel supported even on the hardest shifts.', 'support_compassion'),
  c('We are so short staffed that I often go a whole twelve hour shift without a break.', 'support_compassion'),
  c('The workload is impossible and when I raised it I was told everyone is busy.', 'support_compassion'),
  c('After a difficult death on the ward, our manager sat with us and made sure we were okay.', 'support_compassion'),
  c('Occupational health and the wellbeing team were brilliant when I was off sick.', 'support_compassion'),
  c('I do not feel listened to when I tell my manager I am exhausted.', 'support_compassion'),
  c('There is no time to eat or drink properly and people are burning out.', 'support_compassion'),
  c('Kindness from colleagues is what keeps me coming to work on the bad days.', 'support_compassion', 'teamwork'),
  c('Managers need more time to support and listen to their staff instead of chasing paperwork.', 'support_compassion'),
  c('When I had caring responsibilities at home my manager was understanding and flexible.', 'support_compassion', 'equity_inclusion'),
  // learning and innovation
  c('I had an idea to improve discharge letters and was given time to test it, which was great.', 'learning_innovation'),
  c('Study leave is always the first thing cancelled when we are busy.', 'learning_innovation'),
  c('Mandatory training is all online and there is no protected time to complete it.', 'learning_innovation'),
  c('When something goes wrong we look at what we can learn rather than who to blame.', 'learning_innovation'),
  c('The quality improvement course gave me skills I use every week.', 'learning_innovation'),
  c('New ideas from junior staff are usually dismissed before they are even tried.', 'learning_innovation', 'equity_inclusion'),
  c('I would like more chances to learn and develop, such as shadowing or secondments.', 'learning_innovation'),
  c('Incident reports go in but we never hear what was learned or what changed.', 'learning_innovation'),
  c('Our ward tries small changes each month and shares the results on the board.', 'learning_innovation', 'teamwork'),
  c('There is no budget for courses and I pay for my own training and development.', 'learning_innovation'),
  // teamwork
  c('The team on nights work brilliantly together and always help each other out.', 'teamwork'),
  c('Handovers between day and night staff are rushed and information gets lost.', 'teamwork'),
  c('There is a real divide between the doctors and the nurses on our unit.', 'teamwork'),
  c('Working with the community teams has got better since we started joint meetings.', 'teamwork'),
  c('Our daily huddle means everyone knows the plan and who to ask for help.', 'teamwork'),
  c('Departments blame each other instead of sorting out problems together.', 'teamwork'),
  c('I feel part of a close team where everyone pulls their weight.', 'teamwork'),
  c('Communication between pharmacy and the wards could be much better.', 'teamwork'),
  c('Agency staff are not made part of the team and it shows in the care.', 'teamwork', 'equity_inclusion'),
  c('We never meet as a whole team to talk about how we are working together.', 'teamwork'),
  // equity and inclusion
  c('Staff from ethnic minority backgrounds are passed over for promotion here.', 'equity_inclusion'),
  c('I have had racist comments from patients and felt managers did nothing about it.', 'equity_inclusion', 'support_compassion'),
  c('Flexible working requests seem to depend on who you are friends with.', 'equity_inclusion'),
  c('As a disabled member of staff I had to fight for reasonable adjustments.', 'equity_inclusion'),
  c('Band 2 and 3 staff are not treated with the same respect as registered staff.', 'equity_inclusion'),
  c('The staff networks for race, disability and LGBT+ colleagues have made me feel I belong.', 'equity_inclusion'),
  c('Part time staff miss out on training and promotion because of when things are scheduled.', 'equity_inclusion', 'learning_innovation'),
  c('Interview panels are not diverse and the same kind of people always get the jobs.', 'equity_inclusion'),
  c('International nurses are given the worst shifts and are rarely asked for their views.', 'equity_inclusion'),
  c('People who speak up about bullying or discrimination are labelled as troublemakers.', 'equity_inclusion', 'support_compassion'),
];
