// The board interview guide: 14 semi-structured questions taking about an hour, asked of each
// board member one to one (the diagnostic practice of NHS Improvement and The King's Fund,
// Culture and Leadership Programme, 2016). It covers vision and strategy, the board's own culture
// and behaviour, how the board knows what staff and patients experience, compassion, inclusion,
// learning from mistakes, innovation, teamwork across boundaries and the leadership the
// organisation will need. Each question is tagged with the cultural elements it explores.
// All wording here is Cultivate's own, written for a reading age of about 9 to 11.
import { DEFAULT_BEHAVIOUR_KEYS, DEFAULT_ELEMENT_KEYS, type Guide } from './guide.js';

export const BOARD_INTERVIEW_GUIDE: Guide = {
  id: 'board-interview',
  kind: 'board_interview',
  title: 'Board interview',
  intro: [
    'Thank you for making time for this interview. It is part of our work to understand the culture of the organisation. We will ask you 14 questions, and it will take about an hour.',
    'There are no right or wrong answers. We want your honest view, including things you think could be better.',
    'Taking part is your choice. You can skip any question or stop at any time.',
    'We will take notes. Our report will not say who said what. We may use short quotes, but we will take out anything that could show who you are. The board is a small group, so we will take extra care with this. Please do not name other people.',
    'Are you happy to start?',
  ].join('\n\n'),
  introMinutes: 2,
  questions: [
    {
      id: 'vision-strategy',
      text: 'In your own words, what is this organisation trying to achieve over the next five years?',
      prompts: [
        'How well do staff and patients share that vision?',
        'How does the strategy turn into plans for each team?',
      ],
      elements: ['vision_values', 'goals_performance'],
      minutes: 5,
    },
    {
      id: 'values-in-decisions',
      text: 'How do our values show in the choices the board makes?',
      prompts: [
        'Think of a hard decision the board made. How did the values shape it?',
        'When do values and targets pull in different directions? What happens then?',
      ],
      elements: ['vision_values'],
      minutes: 4,
    },
    {
      id: 'board-culture',
      text: 'How would you describe the culture of the board itself?',
      prompts: [
        'How do board members treat each other?',
        'Can people challenge each other? What happens when they do?',
        'How does the board behave when it is under pressure?',
      ],
      elements: ['teamwork', 'vision_values'],
      minutes: 5,
    },
    {
      id: 'board-behaviour',
      text: 'What behaviour do staff see from the board? Is it the behaviour you want them to copy?',
      prompts: ['Can you give an example of the board setting a good example?', 'And one where it fell short?'],
      elements: ['vision_values', 'support_compassion'],
      minutes: 3,
    },
    {
      id: 'goals-performance',
      text: 'How are goals set and checked at every level, from the board to the front line?',
      prompts: ['How do teams find out how they are doing?', 'How does the organisation deal with poor performance? Is it fair?'],
      elements: ['goals_performance'],
      minutes: 4,
    },
    {
      id: 'staff-experience',
      text: 'How does the board know what it is like to work here?',
      prompts: [
        'What figures and stories do you look at?',
        'When did you last hear from front-line staff yourself? What did you learn?',
        'How do you check that what you are told is true?',
      ],
      elements: ['support_compassion', 'goals_performance'],
      minutes: 4,
    },
    {
      id: 'patient-experience',
      text: 'How does the board know what care feels like for patients and carers?',
      prompts: [
        'Has a patient story ever changed a board decision? What happened?',
        'How do you hear from people whose voices are seldom heard?',
      ],
      elements: ['support_compassion', 'equity_inclusion'],
      minutes: 4,
    },
    {
      id: 'compassion',
      text: 'How compassionate are leaders here, towards staff and towards each other?',
      prompts: [
        'Do leaders listen, try to understand, show they care, and then help? Where does this work well?',
        'Where does it not work so well, and why?',
      ],
      elements: ['support_compassion'],
      behaviours: [...DEFAULT_BEHAVIOUR_KEYS],
      minutes: 4,
    },
    {
      id: 'inclusion',
      text: 'How fair is this organisation for staff and patients from all backgrounds?',
      prompts: [
        'What do our figures on race, disability and sex tell you?',
        'Does the board reflect the people it serves?',
        'What is the board doing about gaps, and how will you know it is working?',
      ],
      elements: ['equity_inclusion'],
      minutes: 4,
    },
    {
      id: 'learning-from-mistakes',
      text: 'What happens here when something goes wrong?',
      prompts: [
        'Do staff feel safe to speak up? How do you know?',
        'Tell me about a time the board learned from a mistake. What changed?',
      ],
      elements: ['learning_innovation', 'support_compassion'],
      minutes: 4,
    },
    {
      id: 'innovation',
      text: 'How does the organisation support new ideas and improvement?',
      prompts: [
        'Do staff have the time, skills and freedom to try new things?',
        'What stops good ideas from spreading?',
      ],
      elements: ['learning_innovation'],
      minutes: 4,
    },
    {
      id: 'teamwork-boundaries',
      text: 'How well do teams work across departments, and with partners outside the organisation?',
      prompts: [
        'How does the board work with others in the local health and care system?',
        'Where does working together break down, and why?',
      ],
      elements: ['teamwork'],
      minutes: 4,
    },
    {
      id: 'future-leadership',
      text: 'What kind of leadership will the organisation need over the next five years?',
      prompts: [
        'Which skills and behaviours are missing now?',
        'How do you find and grow future leaders? Is that fair to everyone?',
      ],
      elements: ['vision_values', 'learning_innovation', 'equity_inclusion'],
      minutes: 4,
    },
    {
      id: 'one-change',
      text: 'If you could change one thing about the culture here, what would it be, and why?',
      prompts: ['What must we keep?', 'What would success look like in two years?'],
      elements: [...DEFAULT_ELEMENT_KEYS],
      minutes: 3,
    },
  ],
  closing: [
    'Thank you for your time and your honest answers.',
    'We will put what you told us together with what we hear from staff, patients and other board members. We will share what we find with the board.',
    'If you think of anything else, please contact the change team.',
  ].join('\n\n'),
  closingMinutes: 2,
};
