// Error messages for respondents' answers, in English and Welsh, in the NHS.UK style: say what
// to do ("Select…", "Enter…"), name the question, no blame and no codes.
import type { Language, ScaleKind } from './definition.js';

export interface AnswerMessages {
  /** Nothing chosen for a required scale question, by the kind of scale (the wording follows the scale). */
  requiredScale: Record<ScaleKind, (question: string) => string>;
  requiredSingle: (question: string) => string;
  requiredMultiple: (question: string) => string;
  requiredText: (question: string) => string;
  notAnOption: (question: string) => string;
  notText: (question: string) => string;
  tooLong: (maxLength: number) => string;
  tooManyChoices: (question: string, max: number) => string;
  chosenTwice: (question: string) => string;
  unknownQuestion: (key: string) => string;
  notOnThisPage: (key: string) => string;
  unknownPage: string;
  unreadable: string;
}

const en: AnswerMessages = {
  requiredScale: {
    agreement5: (q) => `Select how much you agree with ‘${q}’`,
    agreement7: (q) => `Select how much you agree with ‘${q}’`,
    frequency5: (q) => `Select how often this is true: ‘${q}’`,
    zero_to_ten: (q) => `Select a number from 0 to 10 for ‘${q}’`,
    levels4: (q) => `Select a level for ‘${q}’`,
    importance4: (q) => `Select how important this is: ‘${q}’`,
  },
  requiredSingle: (q) => `Select an answer for ‘${q}’`,
  requiredMultiple: (q) => `Select at least one answer for ‘${q}’`,
  requiredText: (q) => `Enter your answer to ‘${q}’`,
  notAnOption: (q) => `Your answer to ‘${q}’ is not one of the options`,
  notText: (q) => `Your answer to ‘${q}’ must be text`,
  tooLong: (max) => `Enter no more than ${max} characters`,
  tooManyChoices: (q, max) => `Select no more than ${max} ${max === 1 ? 'answer' : 'answers'} for ‘${q}’`,
  chosenTwice: (q) => `Select each answer only once for ‘${q}’`,
  unknownQuestion: (key) => `‘${key}’ is not a question in this survey`,
  notOnThisPage: (key) => `‘${key}’ is not a question on this page`,
  unknownPage: 'This page is not part of the survey',
  unreadable: 'Your answers could not be read. Try again.',
};

// Quoted question text is left unmutated, and "â'r datganiad" avoids choosing between â and ag.
const cy: AnswerMessages = {
  requiredScale: {
    agreement5: (q) => `Dewiswch i ba raddau rydych chi'n cytuno â'r datganiad ‘${q}’`,
    agreement7: (q) => `Dewiswch i ba raddau rydych chi'n cytuno â'r datganiad ‘${q}’`,
    frequency5: (q) => `Dewiswch pa mor aml mae hyn yn wir: ‘${q}’`,
    zero_to_ten: (q) => `Dewiswch rif o 0 i 10 ar gyfer ‘${q}’`,
    levels4: (q) => `Dewiswch lefel ar gyfer ‘${q}’`,
    importance4: (q) => `Dewiswch pa mor bwysig yw hyn: ‘${q}’`,
  },
  requiredSingle: (q) => `Dewiswch ateb ar gyfer ‘${q}’`,
  requiredMultiple: (q) => `Dewiswch o leiaf un ateb ar gyfer ‘${q}’`,
  requiredText: (q) => `Rhowch eich ateb ar gyfer ‘${q}’`,
  notAnOption: (q) => `Nid yw eich ateb ar gyfer ‘${q}’ yn un o'r opsiynau`,
  notText: (q) => `Rhaid i'ch ateb ar gyfer ‘${q}’ fod yn destun`,
  tooLong: (max) => `Rhowch ${max} o nodau neu lai`,
  tooManyChoices: (q, max) => `Dewiswch hyd at ${max} ateb ar gyfer ‘${q}’`,
  chosenTwice: (q) => `Dewiswch bob ateb unwaith yn unig ar gyfer ‘${q}’`,
  unknownQuestion: (key) => `Nid yw ‘${key}’ yn gwestiwn yn yr arolwg hwn`,
  notOnThisPage: (key) => `Nid yw ‘${key}’ yn gwestiwn ar y dudalen hon`,
  unknownPage: "Nid yw'r dudalen hon yn rhan o'r arolwg",
  unreadable: "Doedd dim modd darllen eich atebion. Rhowch gynnig arall arni.",
};

export const ANSWER_MESSAGES: Record<Language, AnswerMessages> = { en, cy };
