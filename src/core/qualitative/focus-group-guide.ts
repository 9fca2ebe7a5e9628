// The culture focus group guide: about 90 minutes with 8 to 12 staff, run by two members of the
// change team (one asks, one takes notes). It walks through the six cultural elements (NHS
// Improvement and The King's Fund, Culture and Leadership Programme, 2016, with NHS England's
// sixth element, equity and inclusion), the four compassionate leadership behaviours (attending,
// understanding, empathising, helping; Michael West) and inclusive leadership, at each level:
// the team's own leader, senior managers and the board. The repository has no separate key for
// inclusive leadership, so those questions carry the equity and inclusion element.
// All wording here is Cultivate's own, written for a reading age of about 9 to 11.
import { DEFAULT_ELEMENT_KEYS, type Guide } from './guide.js';

/** Asked after each leadership question, so notes show where in the organisation a behaviour is seen. */
const LEVELS_PROMPT = 'Is this the same for your own manager, for senior managers and for the board?';

export const FOCUS_GROUP_GUIDE: Guide = {
  id: 'culture-focus-group',
  kind: 'focus_group',
  title: 'Culture focus group',
  intro: [
    'Thank you for coming. This group is part of our work to understand the culture here. By culture, we mean how things are done and what it feels like to work here.',
    'We want to hear about your own experience. There are no right or wrong answers. The session will take about 90 minutes.',
    'Taking part is your choice. You can leave at any time, and you do not have to answer every question. If you are happy to take part, please say so now.',
    'We will take notes, but we will not write down your name. We will not write down anything that could show who you are. Please do not use the names of other people. Talk about roles instead, such as "a manager" or "a colleague".',
    'What is said in this room stays in this room. Please do not repeat what other people say after the session.',
    'Let each person finish before you speak. It is fine to disagree, but please be kind. If you need a break, take one. If anything today upsets you, we can tell you where to get support.',
    'Do you have any questions before we start?',
  ].join('\n\n'),
  introMinutes: 10,
  questions: [
    {
      id: 'warm-up',
      text: 'To start, tell us in a few words what it is like to work here.',
      prompts: ['What makes you proud to work here?', 'What makes it hard?'],
      elements: ['vision_values', 'support_compassion'],
      minutes: 5,
    },
    {
      id: 'vision-values',
      text: 'What do you think this organisation is here to do?',
      prompts: [
        'Do you know our vision and values? What do they mean to you?',
        'Do you see leaders live by these values? Can you give an example?',
        'Do the values help you make choices in your daily work?',
      ],
      elements: ['vision_values'],
      minutes: 7,
    },
    {
      id: 'goals-feedback',
      text: 'How clear are you about what your team is trying to achieve?',
      prompts: [
        'How do you find out if you are doing a good job?',
        'Do your team goals fit with the goals of the teams you work with?',
        'When someone is struggling to do their job well, what happens? Is it fair?',
      ],
      elements: ['goals_performance'],
      minutes: 7,
    },
    {
      id: 'support-care',
      text: 'How well supported do you feel at work?',
      prompts: [
        'Who do you turn to when things are hard?',
        'Do you get time for breaks, training and looking after yourself?',
        'How does the way staff are treated affect the care patients get?',
      ],
      elements: ['support_compassion'],
      minutes: 6,
    },
    {
      id: 'leaders-listening',
      text: 'Think of a time a leader really listened to you. What did they do?',
      prompts: [
        'How often do leaders give you their full attention?',
        'What happens when you raise a worry or a problem?',
        LEVELS_PROMPT,
      ],
      elements: ['support_compassion'],
      behaviours: ['attending'],
      minutes: 5,
    },
    {
      id: 'leaders-understanding',
      text: 'When something goes wrong, how do leaders find out what really happened?',
      prompts: [
        'Do they ask you what you think the cause was?',
        'Do they look at the whole picture, or look for someone to blame?',
        LEVELS_PROMPT,
      ],
      elements: ['support_compassion', 'learning_innovation'],
      behaviours: ['understanding'],
      minutes: 5,
    },
    {
      id: 'leaders-empathising',
      text: 'How well do leaders understand how you feel at work?',
      prompts: [
        'Can you think of a time a leader showed they cared about how you felt?',
        'Do leaders notice when staff are under a lot of pressure?',
        LEVELS_PROMPT,
      ],
      elements: ['support_compassion'],
      behaviours: ['empathising'],
      minutes: 5,
    },
    {
      id: 'leaders-helping',
      text: 'When you need help to do your job well, what do leaders do?',
      prompts: [
        'Do they act to remove things that get in your way?',
        'Do they get you the time, staff or kit you need?',
        'Do they come back to you to check it worked?',
        LEVELS_PROMPT,
      ],
      elements: ['support_compassion'],
      behaviours: ['helping'],
      minutes: 5,
    },
    {
      id: 'learning-ideas',
      text: 'How does your team learn when things go wrong, or when they go well?',
      prompts: [
        'Do you feel safe to speak up about a mistake?',
        'What happens to new ideas here? Can you give an example?',
        'Do you have time to make your work better?',
      ],
      elements: ['learning_innovation'],
      minutes: 7,
    },
    {
      id: 'teamwork',
      text: 'How well do people in your team work together?',
      prompts: [
        'Does your team share the same aims, and meet to talk about how it is doing?',
        'How well do you work with other teams and services?',
        'What gets in the way of working well together?',
      ],
      elements: ['teamwork'],
      minutes: 7,
    },
    {
      id: 'fairness',
      text: 'How fairly are people treated here?',
      prompts: [
        'Does everyone get the same chance to get on, whatever their background?',
        'Have you seen bullying or unfair treatment? What happened next? Please do not name anyone.',
        'Do people from all backgrounds feel they belong here?',
      ],
      elements: ['equity_inclusion'],
      minutes: 7,
    },
    {
      id: 'inclusive-leaders',
      text: 'How well do leaders include everyone when they make decisions?',
      prompts: [
        'Are some voices heard more than others? Whose?',
        'Do leaders seek out people who are often left out?',
        'Do leaders step in when they see unfair behaviour?',
        LEVELS_PROMPT,
      ],
      elements: ['equity_inclusion'],
      minutes: 5,
    },
    {
      id: 'one-change',
      text: 'If you could change one thing about the culture here, what would it be?',
      prompts: ['What should we keep doing?', 'What would make the biggest difference to patients?'],
      elements: [...DEFAULT_ELEMENT_KEYS],
      minutes: 5,
    },
  ],
  closing: [
    'Thank you for your time and for being so open with us.',
    'We will put what you told us together with what we hear from other staff. Our report will not name anyone. We will share what we find and what we plan to do about it.',
    'If you think of something else you want to tell us, you can contact the change team. If today raised something that worries you, you can talk to your Freedom to Speak Up guardian or your staff wellbeing service.',
  ].join('\n\n'),
  closingMinutes: 4,
};
