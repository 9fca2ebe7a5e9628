// What the demo trust's inpatients and carers wrote in the two free-text boxes of the patient
// experience of culture survey, written for Cultivate (invented, not quoted from anyone): the
// things people notice about how staff work together, such as handovers they were part of,
// being asked the same questions again, calm under pressure, who was in charge, interpreters.
// One names a member of staff, so the comment redaction has something to take out.

/** "What was the best thing about how staff worked with you?" */
export const DEMO_PATIENT_BEST: readonly string[] = [
  'The nurses did their handover at my bedside and asked me if they had got it right, so I always knew the plan.',
  'Everyone said who they were and what they did, right down to the lady who cleaned the bay.',
  'The physio and the nurse had clearly talked about me before they came in. I did not have to start from scratch.',
  'They stayed calm when the ward was very busy and never once made me feel like a nuisance.',
  'The doctor pulled up a chair to explain my scan and waited while I wrote my questions down.',
  'Mum has dementia and they let me stay with her after visiting time. That made all the difference to her.',
  'The night staff looked in on me through the night and did their best not to wake me.',
  'They talked to my husband as well as to me, so he felt part of it instead of in the way.',
  'A healthcare assistant called Joy remembered how I take my tea from one day to the next. Small thing, but it mattered.',
  'Nobody rushed me on the day I went home. They went through every tablet with me twice.',
  'I was frightened before my operation and the anaesthetist held my hand until I was asleep.',
  'You could see they looked out for each other. When one was stuck, another came without being asked.',
  'The midwives told me what was happening at every stage, even when things moved quickly.',
  'They explained things to my son in words he could follow, and checked he had understood.',
  'The consultant said plainly when she did not know something and promised to find out. She came back the same afternoon.',
  'For once somebody asked me what mattered to me, not just what was wrong with me.',
  'Staff noticed I was leaving my meals and found me food I could actually manage.',
  'The play specialist made my daughter’s stay far less scary than we feared.',
  'They respected my faith and found me a quiet room to pray in.',
  'There was an interpreter for my dad every time, not just on the ward round.',
  'Good humour and patience, even at three in the morning.',
  'The stroke team, the nurses and the therapists all told us the same thing, which was a relief.',
];

/** "What could we do better?" */
export const DEMO_PATIENT_BETTER: readonly string[] = [
  'On my first day four different people asked me the same questions. Do you not share notes?',
  'Call bells took a long time at night. The staff were clearly stretched too thin.',
  'I heard two members of staff arguing at the desk. It was not nice to listen to from a bed.',
  'Nobody told me my operation had been moved. I only found out because I asked.',
  'Going home took all day because we were waiting for my medicines to come up.',
  'On the ward round the doctors talked over me as if I was not there.',
  'Please tell families when visiting times change. We were turned away twice.',
  'Everyone was kind but they were run off their feet. You need more staff.',
  'Different people told me different things about when I could go home.',
  'More help for people who are hard of hearing, please. I missed a lot of what was said to me.',
  'My wife was moved to another ward at midnight and nobody rang me.',
  'Leaflets in other languages would help families like mine.',
  'Some of the agency staff did not seem to know how things worked on the ward.',
  'It was noisy at night and the lights stayed on too long.',
  'I would have liked a say in when my drip came out.',
  'Tell people who you are. All the uniforms look the same to a patient.',
  'At the weekend nobody seemed to be in charge.',
  'The night nurse and the day nurse gave my mum’s tablets at different times without talking to each other.',
];
