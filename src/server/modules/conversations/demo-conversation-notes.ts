// The demo programme's focus-group and board interview notes, written for Cultivate (invented,
// not quoted from anyone): a note-taker's paraphrase of what staff and board members say about
// vision and values, goals and feedback, support and compassion, learning and new ideas,
// teamwork, fairness and inclusion, and how leaders listen, understand, empathise and help, with
// strengths and areas to develop side by side. Each note sits under a question of the built-in
// guide (core/qualitative) and carries the codes its first coder gave it: short keys for the
// elements (VV vision and values, GP goals and performance, SC support and compassion, LI
// learning and innovation, TW teamwork, EI equity and inclusion), "+" a strength and "-" an area
// to develop. A few name a member of staff or a unit, so the redaction has something to take out.

export type ElementKey = 'VV' | 'GP' | 'SC' | 'LI' | 'TW' | 'EI';
export const ELEMENT_OF: Readonly<Record<ElementKey, string>> = {
  VV: 'vision_values',
  GP: 'goals_performance',
  SC: 'support_compassion',
  LI: 'learning_innovation',
  TW: 'teamwork',
  EI: 'equity_inclusion',
};

/** Which focus groups a note fits: any, or only groups of ward staff (any, nurses or healthcare assistants), support staff, doctors, managers, or therapists and scientists. */
export type Fit = 'any' | 'ward' | 'nurse' | 'hca' | 'support' | 'doctor' | 'manager' | 'ahp';
/** Who said it, for a board interview. */
export type BoardRole = 'ceo' | 'chair' | 'md' | 'cn' | 'ned' | 'dow';

export interface DemoNote {
  question: string;
  text: string;
  /** The first coder's codes, e.g. "SC- TW+". */
  codes: string;
  /** Compassionate leadership behaviours, space-separated; the question's own when left out. */
  behaviours?: string;
  /** Free themes, separated by semicolons. */
  themes: string;
}

export interface FocusGroupNote extends DemoNote {
  fit: Fit;
}
export interface BoardNote extends DemoNote {
  role: BoardRole;
}

type Spec = readonly [codes: string, themes: string, text: string, fit?: Fit, behaviours?: string];
const group = (question: string, specs: readonly Spec[]): FocusGroupNote[] =>
  specs.map(([codes, themes, text, fit, behaviours]) => ({ question, codes, themes, text, fit: fit ?? 'any', ...(behaviours !== undefined ? { behaviours } : {}) }));

export const FOCUS_GROUP_NOTES: readonly FocusGroupNote[] = [
  ...group('warm-up', [
    ['SC- VV+', 'pride; workload', 'Proud of the care they give, but most shifts feel like firefighting from the moment they arrive.'],
    ['TW+ VV+', 'pride; teamwork', 'First words round the table: ‘busy’, ‘family’, ‘proud’, ‘exhausted’. Several said their team is what keeps them here.'],
    ['SC-', 'workload; time to care', 'One healthcare assistant said she goes home most days feeling she has not done the job properly, because there is never time to sit with patients.', 'hca'],
    ['SC+', 'belonging', 'Porters said people are friendly and they feel part of the hospital, more than in any job they had before.', 'support'],
    ['SC-', 'staffing', 'Group agreed it has got harder since last winter. Being short of staff is now normal rather than the exception.'],
    ['VV+', 'pride; values', 'A newly qualified nurse said she chose this trust because of how kindly staff treated her grandmother here, and she still sees that.', 'nurse'],
    ['SC-', 'wellbeing', '“You leave your own needs at the door when you come in.” Others nodded.'],
    ['TW+', 'relationships', 'Doctors described the hospital as small enough that you know people by name, which makes it easier to get things done.', 'doctor'],
    ['SC- EI-', 'recognition', 'Admin staff said they feel invisible: patients thank the nurses, but nobody notices the people who book the appointments and chase the results.', 'support'],
    ['SC+', 'goodwill; workload', 'Managers said staff still go the extra mile and the goodwill is real, but they worry it is being used up.', 'manager'],
    ['SC+ TW+', 'pride; teamwork', 'Therapists said they love the variety and the people, and that the stroke rehabilitation work in particular feels worthwhile.', 'ahp'],
  ]),
  ...group('vision-values', [
    ['VV-', 'values', 'Most could not name the trust values without looking at the back of their badge. One said they “sound nice but nobody talks about them”.'],
    ['VV+', 'purpose', 'Felt the purpose is simple and shared: look after people the way you would want your own family looked after.'],
    ['VV-', 'values; decision making', 'The values are on the posters, but staff see them ignored at the top when changes are made without asking the wards.', 'ward'],
    ['VV+', 'values; recruitment', 'Two said the values came up at their interview and again in their first week, and it made them feel the place meant it.'],
    ['VV-', 'values; civility', 'Said a senior manager known for shouting at staff was promoted anyway, so “the values clearly don’t count for much”.'],
    ['VV+', 'values; speaking up', 'A nurse used the values last month to challenge a colleague who was rude to a relative, and felt backed up by her ward manager.', 'nurse'],
    ['VV-', 'strategy; communication', 'Nobody in the room had heard of the five-year strategy. One asked if it was “the one with the new car park”.'],
    ['VV+', 'purpose', 'Doctors said the values are rarely discussed, but the shared purpose of getting patients well and home is strong.', 'doctor'],
    ['VV- GP-', 'strategy; money', 'Managers said the message from the top this year has been mostly about money and waiting lists, and the vision has got lost.', 'manager'],
    ['VV+', 'pride; purpose', 'Domestic staff said they know a clean ward keeps patients safe and they take pride in it: “we are part of the care”.', 'support'],
    ['VV+ GP+', 'purpose', 'Scientists said every sample is a patient, and the team talks about that a lot; the purpose is very clear to them.', 'ahp'],
  ]),
  ...group('goals-feedback', [
    ['GP-', 'feedback; recognition', 'They only hear how they are doing when something goes wrong. Praise is rare, and usually comes from patients rather than managers.'],
    ['GP+', 'appraisal', 'A few had had good appraisals with real goals, but agreed it depends entirely on who your manager is.'],
    ['GP-', 'appraisal', 'Appraisals described as a tick-box exercise. Two people had not had one for more than two years.'],
    ['GP+', 'team goals; data', 'The ward has a board showing its falls and pressure ulcer numbers, and they talk about it at the huddle, which helps everyone see the point.', 'ward'],
    ['GP-', 'targets', 'Said the four-hour target drives everything, so the real team goal is “move them on”, which does not always feel right for patients.', 'ward'],
    ['GP- TW-', 'goals; flow', 'Their goals clash with theatres: the wards are told to free beds while theatres are told to add lists, and nobody joins the two up.', 'manager'],
    ['GP-', 'poor performance; fairness', 'When someone is not pulling their weight, nothing happens for months and then it suddenly becomes a formal process. Felt neither was fair.'],
    ['GP+', 'feedback; teaching', 'Junior doctors praised the weekly teaching and said consultants give useful feedback on the shop floor.', 'doctor'],
    ['GP-', 'goals; communication', 'Porters said they are given target times for jobs but not told why some jobs are urgent, so they cannot decide what to do first.', 'support'],
    ['GP+', 'goals; feedback', 'Physios said they set goals with each patient and review them every week, and wish the rest of the hospital worked the same way.', 'ahp'],
    ['GP-', 'feedback; nights', 'Night staff said appraisals and feedback happen in the day, so they often miss out completely.', 'ward'],
  ]),
  ...group('support-care', [
    ['SC-', 'breaks', 'Breaks are often missed. One said she had not had a full break in three shifts and felt guilty even asking.', 'ward'],
    ['SC+', 'peer support', 'Colleagues are the main source of support. “We hold each other up” was said more than once.'],
    ['SC-', 'training', 'Training days get cancelled when the ward is short, so mandatory training is done at home in their own time.', 'ward'],
    ['SC+', 'wellbeing services', 'Several had used the staff psychology service after a difficult death, and found it quick and helpful.'],
    ['SC-', 'time to care; staffing', 'Said that when staff are tired and short, the first thing to go is the chat with the patient, and patients notice.'],
    ['SC-', 'rest facilities; nights', 'Night staff have nowhere to get a hot meal after eight in the evening, and the vending machine is often empty.', 'ward'],
    ['SC+', 'manager support', 'Supervisors were praised for swapping shifts at short notice when someone has a family crisis.', 'support'],
    ['SC-', 'rota', 'Rotas come out late, so doctors in training cannot plan childcare or even book a dentist.', 'doctor'],
    ['SC-', 'wellbeing; managers', 'Managers said they are expected to support their teams, but nobody checks how they are coping themselves.', 'manager'],
    ['SC+', 'flexible working', 'A scientist said her request for compressed hours was agreed quickly, and it is the reason she stayed.', 'ahp'],
    ['SC- TW+', 'peer support; staffing', 'Felt well supported by the people on shift with them, less so by the organisation.'],
  ]),
  ...group('leaders-listening', [
    ['SC+', 'listening', 'A ward manager who “stops what she is doing and looks at you” was given as the example. Said it is rare but makes a real difference.', 'ward'],
    ['SC-', 'listening; equipment', 'Raised the same worry about a broken hoist three times and heard nothing back. “You stop bothering after a while.”', 'ward'],
    ['SC+', 'listening; follow-up', 'Gareth, the porters’ supervisor, was praised for listening properly and always coming back with an answer, even when it is no.', 'support'],
    ['SC-', 'visible leadership', 'Senior managers are only seen when there is a visit or an inspection. The board feels a long way away.'],
    ['SC+', 'listening events', 'The chief nurse’s listening events were mentioned warmly, although some felt nothing changed afterwards.'],
    ['SC-', 'listening', 'Said managers listen with one eye on the bleep, and you can tell when you have not really been heard.'],
    ['SC+', 'listening', 'One consultant always asks the foundation doctors what they think before giving his own view.', 'doctor'],
    ['SC- EI-', 'listening; bank staff', 'Bank and agency staff said nobody asks their view at all, even when they have worked on the same ward for years.', 'ward'],
    ['SC+', 'listening', 'Managers said their own line managers are generally good listeners; the gap is above that level.', 'manager'],
    ['SC-', 'listening; surveys', 'Said “listening” here means a survey, then silence until the next survey.'],
    ['SC+', 'listening', 'Therapists said their lead holds a short check-in every morning where anyone can raise a worry, and it gets acted on.', 'ahp'],
  ]),
  ...group('leaders-understanding', [
    ['LI- SC-', 'blame', 'When something goes wrong, the first question is “who was on?” rather than “what happened?”'],
    ['LI+', 'learning from incidents; debrief', 'Their matron runs a calm debrief after incidents and asks everyone what got in the way. People felt this was fair.', 'ward'],
    ['LI-', 'incident reporting; feedback', 'Incident forms disappear into the system. They rarely hear the outcome, so they do not see the point of reporting.'],
    ['LI+ SC+', 'learning from incidents', 'After a patient fall, the review looked at staffing and equipment and not just at the nurse, and that was appreciated.', 'ward'],
    ['SC-', 'blame', 'One person was named in an email to the whole team after a medication error, and still feels humiliated by it.', 'ward'],
    ['LI+', 'debrief', 'Dr Mensah in the Emergency Department was praised for debriefing the whole team after every death, students included.', 'ward'],
    ['LI-', 'blame', 'Porters felt they get blamed for delays that start somewhere else, and nobody asks them what actually happened.', 'support'],
    ['LI+', 'systems thinking', 'Managers said they are getting better at looking at the whole system, helped by the human factors training.', 'manager'],
    ['LI-', 'senior leaders', 'Said senior managers “come down with the answer already decided”.'],
    ['LI+', 'supervision', 'A trainee said her supervisor asked what she thought had caused a delay before drawing any conclusions, and she learned a lot from it.', 'doctor'],
    ['LI-', 'blame; sickness', 'A scientist said a lab error was treated as one person’s fault, though the analyser had been faulty for weeks.', 'ahp'],
  ]),
  ...group('leaders-empathising', [
    ['SC+', 'compassion', 'A manager phoned one of the group at home after a patient died, to check she was all right. She said she will never forget it.'],
    ['SC-', 'pressure; sickness', 'Leaders do not seem to notice how tired people are until someone goes off sick.'],
    ['SC+', 'compassion', 'Siobhan, the night sister, was described as someone who notices you are struggling before you say anything.', 'ward'],
    ['SC-', 'visible leadership', 'Felt senior leaders talk about wellbeing in emails, but do not see how it feels on the floor at three in the morning.', 'ward'],
    ['SC+', 'compassion; exams', 'Doctors said their educational supervisors have been kind and understanding about exam stress.', 'doctor'],
    ['SC- EI-', 'pay; shifts', 'Domestic staff said managers do not realise how hard split shifts on low pay are when you also have children to look after.', 'support'],
    ['SC+', 'compassion', 'Their consultant remembers names and asks about family, which “makes you feel like a person, not a pair of hands”.', 'ward'],
    ['SC-', 'pressure; managers', 'Managers said they cannot show they are struggling, because they are meant to hold everyone else up.', 'manager'],
    ['SC-', 'wellbeing', 'A therapist said nobody asked how she was after a very distressing home visit.', 'ahp'],
    ['SC+', 'compassion; pressure', 'Group agreed their own line managers mostly do care; it is the pressure from above that makes them short with people.'],
  ]),
  ...group('leaders-helping', [
    ['SC+', 'equipment; action', 'The ward manager got a second hoist within a fortnight once the team explained the risk. “She actually did something.”', 'ward'],
    ['SC-', 'equipment; IT systems', 'Asked for working computers on wheels for a year; still sharing two between 28 beds.', 'ward'],
    ['SC-', 'follow-up', 'Leaders say “leave it with me”, and that is the last you hear of it.'],
    ['SC+', 'equipment; action', 'Their supervisor sorted out safety boots that fit after months of complaints, then checked they were all right.', 'support'],
    ['SC-', 'rota gaps', 'Doctors said they report gaps in the rota but are told to “cover as best you can”.', 'doctor'],
    ['SC+', 'removing barriers', 'Managers said the new fast track for replacing broken kit has helped, when people know it exists.', 'manager'],
    ['SC-', 'IT systems', 'Said IT problems are the biggest daily barrier, and nobody senior seems to own them.'],
    ['SC+', 'development', 'A manager rearranged the off-duty so that two people could start their degree apprenticeship. They felt properly backed.'],
    ['SC-', 'staffing; escalation', 'When they escalate that the ward is unsafe, the answer is usually to move a nurse from another ward that is also short.', 'ward'],
    ['SC+', 'action; backlog', 'The lab manager worked on the bench during the backlog, which the team really noticed.', 'ahp'],
  ]),
  ...group('learning-ideas', [
    ['LI-', 'speaking up', 'Most said they would report a mistake, but some worry about becoming “the one who gets looked at”.'],
    ['LI+', 'quality improvement', 'The ward’s project to cut noise at night came from a healthcare assistant and was taken up, which people were proud of.', 'ward'],
    ['LI-', 'time to improve', 'No time to improve anything. Ideas get discussed at handover and forgotten by the next shift.'],
    ['LI+', 'quality improvement; time to improve', 'Several had done the trust’s improvement training and found it practical, but struggle to get time to use it.'],
    ['LI-', 'ideas; follow-up', 'Porters suggested grouping jobs by floor a year ago and heard nothing more.', 'support'],
    ['LI+', 'learning; mortality reviews', 'Doctors said mortality and morbidity meetings have become more open and less about blame in the last two years.', 'doctor'],
    ['LI-', 'learning from incidents', 'Learning from incidents on other wards never reaches them; they only find out through rumour.', 'ward'],
    ['LI+', 'speaking up', 'The Freedom to Speak Up guardian was described as approachable, and two people had used her.'],
    ['LI-', 'ideas; bureaucracy', 'Managers said any change needs three committees, so people give up on good ideas.', 'manager'],
    ['LI+', 'innovation', 'The scientists described a sample-tracking system they designed themselves, which has cut lost samples sharply.', 'ahp'],
    ['LI- TW-', 'learning; nights', 'Night staff said lessons are shared at day handovers and never reach them.', 'ward'],
  ]),
  ...group('teamwork', [
    ['TW+', 'teamwork', 'Strong teamwork on the ward: “we muck in, whatever your band”.', 'ward'],
    ['TW-', 'silo working; handover', 'Working with other wards is harder. Patients get moved without a proper handover and there is friction.', 'ward'],
    ['TW-', 'team meetings', 'The team never meets as a team; there is no time and no room. Most messages go round on a phone group.'],
    ['TW+', 'board rounds', 'The multidisciplinary board round has made a big difference: everyone hears the same plan.', 'ward'],
    ['TW-', 'silo working', 'Porters and nurses clash over who should move patients and equipment, and it ends up with nobody doing it.', 'support'],
    ['TW+', 'teamwork; nights', 'Doctors described the night team as close and supportive across specialties.', 'doctor'],
    ['TW-', 'hierarchy', 'Some felt doctors and nurses still work side by side rather than together, especially on ward rounds.', 'ward'],
    ['TW+', 'cross-boundary working', 'The discharge team and the district nurses now have a shared huddle, and it has sped things up.'],
    ['TW- GP-', 'real teams; goals', 'Managers said many of their teams have no shared objectives and never review how they are doing: “really just a rota”.', 'manager'],
    ['TW+', 'joint working', 'Therapists said joint sessions with the nurses on the stroke ward work well and patients benefit.', 'ahp'],
    ['TW+', 'handover; communication', 'The handover between the Acute Medical Unit and the wards has improved since Kwame started the ward-to-ward phone call each morning.', 'ward'],
  ]),
  ...group('fairness', [
    ['EI-', 'race; career progression', 'Staff from ethnic minority backgrounds said they are passed over for Band 6 and 7 posts, and that interview panels are all white.'],
    ['EI-', 'bullying; speaking up', 'Two had seen bullying by a senior colleague. It was reported and “nothing happened”, so they would not report again.'],
    ['EI+', 'belonging; international staff', 'Felt the ward is a welcoming place for international nurses, and the pastoral support in the first months was good.', 'ward'],
    ['EI-', 'racism; abuse from patients', 'Several had faced racist comments from patients and felt managers do not always back them up.'],
    ['EI-', 'flexible working; fairness', 'Flexible working is granted to some and not others, and it seems to depend on who you know.'],
    ['EI+', 'staff networks', 'Said the new staff networks are helping people feel heard, especially the disability network.'],
    ['EI-', 'disability; adjustments', 'A member of staff with a hidden disability said it took eight months to get reasonable adjustments.'],
    ['EI-', 'development; fairness', 'Domestic and kitchen staff said they are rarely offered training or development of any kind.', 'support'],
    ['EI-', 'career progression; overseas doctors', 'Doctors who trained overseas feel they have to work twice as hard to be considered for consultant posts.', 'doctor'],
    ['EI+', 'inclusive recruitment', 'Managers said the inclusive recruitment panels have changed who gets appointed, but it is early days.', 'manager'],
    ['EI-', 'career progression', 'Therapy assistants said there is no route for them to train as registered staff without giving up their income.', 'ahp'],
  ]),
  ...group('inclusive-leaders', [
    ['EI-', 'voice', 'The loudest voices get heard in meetings; quieter colleagues and night staff are left out.'],
    ['EI+', 'voice; inclusion', 'Their ward manager makes a point of asking the night team and the healthcare assistants before changing anything.', 'ward'],
    ['EI-', 'voice; nights', 'Decisions are made at daytime meetings that night staff cannot get to.', 'ward'],
    ['EI-', 'voice', 'Porters said nobody asked them before changing the bed-moving policy, which affects them most.', 'support'],
    ['EI+', 'challenging behaviour', 'A consultant was praised for stepping in when a patient was abusive to a junior nurse.', 'ward'],
    ['EI-', 'challenging behaviour', 'Said some leaders “look the other way” when someone senior behaves unfairly.'],
    ['EI+', 'reverse mentoring', 'Managers said the reverse mentoring scheme changed how they think about whose voices they hear.', 'manager'],
    ['EI-', 'voice; overseas doctors', 'Doctors who trained abroad said they are rarely asked for their views in departmental meetings.', 'doctor'],
    ['EI+', 'inclusion', 'Scientists said their head of service deliberately rotates who chairs the team meeting, so everyone gets a turn.', 'ahp'],
    ['EI-', 'part-time staff', 'Part-time staff feel left out because everything important is decided on their days off.'],
  ]),
  ...group('one-change', [
    ['SC-', 'staffing; time to care', 'Enough staff on every shift to have time to care properly. “Everything else follows from that.”'],
    ['SC-', 'breaks; rest facilities', 'Protected breaks, and somewhere decent to take them.', 'ward'],
    ['TW-', 'silo working', 'Get departments talking to each other, so patients do not fall through the gaps.'],
    ['EI-', 'career progression; fairness', 'Fairer chances of promotion, with open processes that everyone can see.'],
    ['SC-', 'visible leadership; follow-up', 'Leaders who come and see what it is like, and then come back to say what they have done about it.', 'any', 'attending helping'],
    ['LI-', 'ideas; time to improve', 'Give people time to try out their ideas, instead of just collecting them.'],
    ['TW+ SC+', 'team spirit', 'Keep the team spirit. It is the best thing about working here.'],
    ['GP-', 'recognition; feedback', 'Tell us when we do well, not only when we get it wrong.'],
    ['VV-', 'values; civility', 'Make the values mean something by dealing with people who break them, whatever their grade.'],
    ['SC-', 'rest facilities; nights', 'A proper staff room and hot food at night.'],
    ['LI-', 'training', 'Protected time for training, so it is not always the first thing to be cancelled.', 'ward'],
  ]),
];

type BoardSpec = readonly [role: BoardRole, codes: string, themes: string, text: string, behaviours?: string];
const board = (question: string, specs: readonly BoardSpec[]): BoardNote[] =>
  specs.map(([role, codes, themes, text, behaviours]) => ({ question, role, codes, themes, text, ...(behaviours !== undefined ? { behaviours } : {}) }));

export const BOARD_NOTES: readonly BoardNote[] = [
  ...board('vision-strategy', [
    ['ceo', 'VV+ GP-', 'strategy; communication', 'Clear on the ambition: more care closer to home, fewer long hospital stays, and a great place to work. Less sure it has reached the front line.'],
    ['chair', 'VV-', 'strategy; communication', 'Called the strategy “a good document that not enough people have read”. Thinks staff know the values better than the plan.'],
    ['cn', 'VV+', 'strategy; integrated care', 'Described the vision as joining up hospital and community care around the patient, and sees the community teams as ahead of the hospital on this.'],
    ['ned', 'GP- VV-', 'strategy; planning', 'Felt the strategy does not yet turn into clear plans for each division; divisional plans are mostly about money and activity.'],
    ['md', 'VV+', 'strategy; clinical engagement', 'Doctors are signed up to the clinical strategy because they helped to write it, less so to the wider trust strategy.'],
    ['dow', 'VV- GP-', 'strategy; workforce planning', 'The five-year ambition is only credible if recruitment and retention are fixed, and the workforce plan lags behind the strategy.'],
  ]),
  ...board('values-in-decisions', [
    ['ceo', 'VV+', 'values; decision making', 'Gave keeping the frailty unit open over the winter, despite the cost, as an example of the values winning.'],
    ['ned', 'VV-', 'values; money', 'Admitted that when the waiting list targets bite, the values come second. The board “talks values but votes money”.'],
    ['chair', 'VV+', 'values; business cases', 'The board now asks how each business case fits the values, and said this has changed some conversations.'],
    ['md', 'VV-', 'values; board meetings', 'Values are discussed at the start of board meetings and forgotten by item four.'],
    ['cn', 'VV+ EI+', 'values; interpreters', 'Described paying for interpreters on every ward as a values decision, and the right one for patients.'],
    ['dow', 'VV-', 'values; civility', 'Said the board has put up with senior people who get results but treat staff badly, and staff notice.'],
  ]),
  ...board('board-culture', [
    ['ceo', 'TW+', 'board culture; openness', 'Described the board as supportive and more open than three years ago; executives will now say when something is not working.'],
    ['ned', 'TW-', 'challenge', 'Challenge is polite but not always robust. Difficult issues sometimes go round in circles instead of being decided.'],
    ['md', 'TW-', 'board culture; pressure', 'Under pressure the board becomes very focused on tasks, and people stop listening to each other.'],
    ['chair', 'TW+', 'board culture; challenge', 'Non-executives and executives trust each other. There is real debate, but it stays respectful.'],
    ['dow', 'TW-', 'silo working', 'Executives still defend their own areas; there is not yet a shared sense of “our” problems.'],
    ['cn', 'TW+ SC+', 'induction', 'New board members are welcomed and helped to settle in, which was her own experience.'],
  ]),
  ...board('board-behaviour', [
    ['ceo', 'SC+', 'visible leadership', 'Friday walkabouts by the executives have made the board more visible; staff now recognise some directors by name.'],
    ['ned', 'SC-', 'visible leadership', 'Staff mostly see the board through emails, and visits tend to be to wards that are doing well.'],
    ['dow', 'VV-', 'role modelling; wellbeing', 'Felt the board sets a poor example by sending emails late at night and at weekends, which tells staff that this is expected.'],
    ['chair', 'VV+ SC+', 'role modelling', 'Gave the example of the chief executive working a night shift with the site team and writing openly about what she learned.'],
    ['md', 'SC-', 'role modelling; civility', 'Some senior leaders are short with people under pressure, and staff copy what they see.'],
    ['cn', 'VV+ SC-', 'recognition; follow-up', 'The board is good at thanking staff in public, but less good at acting on what staff tell it.'],
  ]),
  ...board('goals-performance', [
    ['ceo', 'GP+', 'performance reviews', 'The new divisional performance reviews look at staff and quality measures, not just money and waiting times.'],
    ['ned', 'GP-', 'feedback; data', 'Teams find out how they are doing months later through the board report, which is too late to be useful.'],
    ['dow', 'GP-', 'poor performance', 'Poor performance is not dealt with consistently; some managers avoid the conversation altogether.'],
    ['cn', 'GP+', 'ward accreditation', 'Ward accreditation gives teams a clear picture of how they are doing, and they are proud of their ratings.'],
    ['md', 'GP-', 'targets', 'Targets are set nationally and passed down, leaving little room for teams to set goals that mean something to them.'],
    ['chair', 'GP+', 'objectives; appraisal', 'Believes the thread from board objectives to appraisal objectives is stronger than it was, though not yet complete.'],
  ]),
  ...board('staff-experience', [
    ['chair', 'SC+ GP+', 'staff survey; stories', 'Reads the staff survey, turnover and sickness, but said the stories from walkabouts and from Freedom to Speak Up tell her more.'],
    ['ned', 'SC-', 'visible leadership', 'Admitted it had been several months since she had spoken at length with front-line staff, because of diary pressure.'],
    ['dow', 'GP-', 'workforce data', 'The workforce figures are good, but arrive too slowly for the board to act on; a quarterly view hides problems.'],
    ['md', 'SC-', 'listening; bad news', 'Felt the board hears what managers want it to hear, and bad news gets softened on the way up.'],
    ['ceo', 'SC+', 'listening; IT systems', 'Spent a shift with the district nurses last month and learned that IT problems cost them an hour a day.'],
    ['cn', 'SC-', 'wellbeing; presenteeism', 'Worried that the sickness figures hide how tired staff are; people keep coming in when they should not.'],
  ]),
  ...board('patient-experience', [
    ['chair', 'SC+', 'patient stories', 'Patient stories at the start of each board meeting have changed decisions, including visiting on the older people’s wards.'],
    ['cn', 'EI-', 'seldom-heard patients', 'We hear mostly from confident patients; people with a learning disability or little English are rarely heard.'],
    ['ned', 'SC- LI-', 'complaints', 'Complaints are handled as a process to close rather than something to learn from.'],
    ['ceo', 'EI+', 'community partnerships', 'The new partnership with local community groups is starting to reach patients the trust did not hear from before.'],
    ['md', 'SC-', 'patient feedback', 'Admitted the board reads the Friends and Family Test scores but rarely the comments behind them.'],
    ['dow', 'EI- SC-', 'carers; discharge', 'Carers of people with dementia tell us that our visiting and discharge arrangements do not work for them.'],
  ]),
  ...board('compassion', [
    ['ceo', 'SC+', 'compassionate leadership; pressure', 'Believes most leaders want to be compassionate, and the best wards show it. The problem is time and pressure, not intent.', 'attending understanding'],
    ['ned', 'SC-', 'listening', 'Leaders are good at asking and poor at listening; they often have the answer before the question is finished.', 'attending'],
    ['cn', 'SC+', 'compassionate leadership', 'Gave the example of a matron who reorganised the rota around a nurse having cancer treatment.', 'empathising helping'],
    ['dow', 'SC-', 'follow-up; action', 'Leaders listen and sympathise but then do not act. Staff want help, not just kindness.', 'helping'],
    ['md', 'SC-', 'pressure', 'Compassion towards each other drops sharply under operational pressure, just when people need it most.', 'empathising'],
    ['chair', 'SC+', 'Schwartz Rounds', 'Described Schwartz Rounds as one of the best things the trust does; they show that leaders can be human too.', 'attending empathising'],
  ]),
  ...board('inclusion', [
    ['dow', 'EI-', 'race equality; career progression', 'The race equality figures are poor, especially the chance of Black and Asian staff being appointed once shortlisted, and they have hardly moved.'],
    ['chair', 'EI-', 'board diversity', 'Accepted that the board does not reflect the local population: two of its twelve members are from ethnic minority backgrounds.'],
    ['ceo', 'EI+', 'reverse mentoring', 'The reverse mentoring programme has been powerful for the executives who took part.'],
    ['ned', 'EI-', 'disability', 'Disability gets far less attention than race. The disability figures are worse and nobody talks about them.'],
    ['md', 'EI-', 'overseas doctors; referrals', 'Doctors who trained overseas are referred to the regulator more often, and the board has not understood why.'],
    ['cn', 'EI+', 'international recruitment', 'International nurse recruitment has been done well, with pastoral support, and retention is high.'],
  ]),
  ...board('learning-from-mistakes', [
    ['md', 'LI+', 'learning from incidents; sepsis', 'Gave the example of last year’s sepsis incidents: the review looked at the system, and the learning changed escalation across the trust.'],
    ['ned', 'LI-', 'speaking up; theatres', 'The Freedom to Speak Up cases suggest people in some areas still fear speaking up, especially in theatres.'],
    ['cn', 'LI- SC-', 'blame', 'Felt some middle managers still look for someone to blame when the board is not watching.'],
    ['ceo', 'LI+', 'inspection; ownership', 'Described the board’s own review after the inspection as honest: “we owned it and did not blame the wards”.'],
    ['chair', 'LI-', 'spreading learning', 'The trust is good at investigating but poor at making sure the learning spreads beyond the ward where it happened.'],
    ['dow', 'LI+ SC+', 'speaking up', 'On a walkabout on Ward 11 (Care of Older People), a healthcare assistant told her about a near miss without hesitating, which she took as a good sign.'],
  ]),
  ...board('innovation', [
    ['ceo', 'LI+', 'quality improvement', 'The improvement programme has trained more than 400 staff. Some projects have spread, but many stall when their lead moves on.'],
    ['ned', 'LI-', 'time to improve', 'Staff have no protected time to improve things; improvement is what happens after the real work.'],
    ['md', 'LI-', 'bureaucracy', 'Good ideas get stuck in governance, and it can take a year to get approval for a simple change.'],
    ['cn', 'LI+', 'virtual ward; remote monitoring', 'Pointed to the virtual ward and the community teams’ use of remote monitoring as real innovation led by staff.'],
    ['chair', 'LI-', 'spread', 'The trust is good at pilots and bad at spreading them; too many projects live in one corner.'],
    ['dow', 'LI+', 'digital rostering', 'The new digital rota tool is something staff asked for and helped to design.'],
  ]),
  ...board('teamwork-boundaries', [
    ['ceo', 'TW+', 'partnership working', 'Relationships with the council and with GPs are better than they have ever been; the winter plan was written together.'],
    ['md', 'TW-', 'silo working', 'Divisions still work as separate businesses, and patients who need more than one specialty wait longest.'],
    ['ned', 'TW-', 'system working; money', 'The trust talks about working as a system, but still protects its own interests when money is tight.'],
    ['cn', 'TW+', 'outreach', 'The Critical Care Unit is the best example of working across boundaries, with its outreach team visiting the wards every shift.'],
    ['chair', 'TW-', 'handover; community', 'Handovers between the hospital and the community teams are the weak point, and information gets lost.'],
    ['dow', 'TW+', 'shared workforce', 'The shared staff bank with the other local trusts shows what is possible when organisations work together.'],
  ]),
  ...board('future-leadership', [
    ['dow', 'LI- EI-', 'succession', 'Worried about succession: several senior clinical leaders retire in the next three years and there is nobody ready behind them.'],
    ['ceo', 'SC+ GP+', 'compassionate leadership', 'Wants leaders who can hold high standards and compassion together, and said that is the skill in shortest supply.'],
    ['chair', 'EI-', 'leadership diversity', 'The next generation of leaders must look more like the staff and the community, and the current pipeline does not.'],
    ['md', 'LI-', 'leadership development; clinicians', 'Clinicians are promoted for their clinical skill and then left to learn leadership on the job.'],
    ['cn', 'LI+', 'leadership development', 'The new leadership programme for Band 7s is good and oversubscribed; it needs to reach more people.'],
    ['ned', 'TW-', 'system leadership', 'Leaders will need to work across organisations, and most of ours have only ever led inside one.'],
  ]),
  ...board('one-change', [
    ['ceo', 'SC-', 'time to lead', 'Give managers time to lead: fewer meetings and reports, more time with their teams.'],
    ['dow', 'EI-', 'fairness; transparency', 'Make fairness visible: publish who gets development and promotion, by background, and act on it.'],
    ['md', 'TW-', 'silo working', 'Break down the walls between divisions so that the patient’s journey comes first.'],
    ['ned', 'LI-', 'speaking up', 'Make speaking up normal everywhere, not just in the areas that are already good.'],
    ['chair', 'SC-', 'visible leadership', 'More of the board’s time on the wards and in the community, and less in the boardroom.'],
    ['cn', 'VV-', 'values; accountability', 'Hold everyone to the values, including senior people who get results.'],
  ]),
];

/** Remarks about the session itself, kept under no question and never coded. */
export const SESSION_REMARKS: Readonly<Record<string, string>> = {
  'fg-nurses': 'Group asked for the findings to be fed back at a ward meeting, not only by email.',
  'fg-doctors': 'Two consultants left after 45 minutes for clinic; the rest of the group were foundation doctors and registrars.',
  'fg-amu-night': 'Session paused for twenty minutes at half past two when two admissions arrived at once; two people did not come back.',
  'bi-ned': 'Interview ran over; the last two questions were covered by phone the following week.',
};
