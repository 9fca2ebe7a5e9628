// The words of the respondent pages (everything that is not part of an instrument), in English and
// Welsh. Placeholders are written {name} and filled with format().
import type { Language } from '../instruments/definition.js';

export interface RespondentStrings {
  skipToMainContent: string;
  /** The language switcher's label, and the link to the other language (written in that language). */
  language: string;
  otherLanguage: string;
  /** Browser tab title: "{page} – {survey}"; prefixed with errorTitlePrefix when the page shows errors. */
  pageTitle: string;
  errorTitlePrefix: string;
  startNow: string;
  continue: string;
  back: string;
  saveAndComeBackLater: string;
  sectionOf: string;
  optional: string;
  preferNotToSay: string;
  errorSummaryTitle: string;
  charactersRemaining: string;
  charactersTooMany: string;
  chooseUnitTitle: string;
  chooseUnitHint: string;
  aboutYouTitle: string;
  aboutYouIntro: string;
  checkAnswersTitle: string;
  checkAnswersIntro: string;
  change: string;
  /** Visually hidden after "Change", so screen readers hear which answer. */
  changeHidden: string;
  notAnswered: string;
  submitAnswers: string;
  savedTitle: string;
  savedBody: string;
  thankYouTitle: string;
  confirmationBody: string;
  anonymityTitle: string;
  anonymityBody: string;
  surveyClosedTitle: string;
  surveyClosedBody: string;
  linkUsedTitle: string;
  linkUsedBody: string;
}

export const RESPONDENT_STRINGS: Record<Language, RespondentStrings> = {
  en: {
    skipToMainContent: 'Skip to main content',
    language: 'Language',
    otherLanguage: 'Cymraeg',
    pageTitle: '{page} – {survey}',
    errorTitlePrefix: 'Error: ',
    startNow: 'Start now',
    continue: 'Continue',
    back: 'Back',
    saveAndComeBackLater: 'Save and come back later',
    sectionOf: 'Section {n} of {total}',
    optional: 'Optional',
    preferNotToSay: 'Prefer not to say',
    errorSummaryTitle: 'There is a problem',
    charactersRemaining: 'You have {count} characters remaining',
    charactersTooMany: 'You have {count} characters too many',
    chooseUnitTitle: 'Choose your team or department',
    chooseUnitHint: 'Choose where you spend most of your time. If it is not listed, choose the part of the organisation it belongs to.',
    aboutYouTitle: 'About you',
    aboutYouIntro: 'These questions help us compare how different groups feel. You do not have to answer them.',
    checkAnswersTitle: 'Check your answers',
    checkAnswersIntro: 'You can change any answer before you submit.',
    change: 'Change',
    changeHidden: 'your answer to ‘{question}’',
    notAnswered: 'Not answered',
    submitAnswers: 'Submit your answers',
    savedTitle: 'Your answers have been saved',
    savedBody: 'To carry on, open the same link again before {closeDate}.',
    thankYouTitle: 'Thank you',
    confirmationBody:
      'We have your answers. They are anonymous: they are not linked to your name, your email address or the link you used.',
    anonymityTitle: 'How we keep your answers anonymous',
    anonymityBody:
      'Your answers are never linked to you. We do not keep your name, your email address or your link with your answers. We only show results for groups of {threshold} people or more, so nobody can work out how one person answered.',
    surveyClosedTitle: 'This survey has closed',
    surveyClosedBody: 'You can no longer answer this survey. Thank you for your interest.',
    linkUsedTitle: 'This link has already been used',
    linkUsedBody:
      'Each link works once, to keep answers anonymous. If you have not answered yet, ask the person who sent you the link for a new one.',
  },
  cy: {
    skipToMainContent: "Neidio i'r prif gynnwys",
    language: 'Iaith',
    otherLanguage: 'English',
    pageTitle: '{page} – {survey}',
    errorTitlePrefix: 'Gwall: ',
    startNow: 'Dechrau nawr',
    continue: 'Parhau',
    back: 'Yn ôl',
    saveAndComeBackLater: 'Cadw a dod yn ôl yn nes ymlaen',
    sectionOf: 'Adran {n} o {total}',
    optional: 'Dewisol',
    preferNotToSay: "Mae'n well gen i beidio â dweud",
    errorSummaryTitle: 'Mae problem wedi codi',
    charactersRemaining: 'Mae gennych {count} nod yn weddill',
    charactersTooMany: 'Mae gennych {count} nod yn ormod',
    chooseUnitTitle: 'Dewiswch eich tîm neu eich adran',
    chooseUnitHint:
      "Dewiswch ble rydych chi'n treulio'r rhan fwyaf o'ch amser. Os nad yw ar y rhestr, dewiswch y rhan o'r sefydliad mae'n perthyn iddi.",
    aboutYouTitle: 'Amdanoch chi',
    aboutYouIntro: "Mae'r cwestiynau hyn yn ein helpu i gymharu sut mae grwpiau gwahanol yn teimlo. Does dim rhaid i chi eu hateb.",
    checkAnswersTitle: 'Gwirio eich atebion',
    checkAnswersIntro: 'Gallwch newid unrhyw ateb cyn i chi gyflwyno eich atebion.',
    change: 'Newid',
    changeHidden: 'eich ateb i ‘{question}’',
    notAnswered: 'Heb ei ateb',
    submitAnswers: 'Cyflwyno eich atebion',
    savedTitle: 'Mae eich atebion wedi cael eu cadw',
    savedBody: "I barhau, agorwch yr un ddolen eto cyn {closeDate}.",
    thankYouTitle: 'Diolch',
    confirmationBody:
      "Mae eich atebion wedi dod i law. Maen nhw'n ddienw: dydyn nhw ddim yn gysylltiedig â'ch enw, eich cyfeiriad e-bost na'r ddolen a ddefnyddioch chi.",
    anonymityTitle: "Sut rydyn ni'n cadw eich atebion yn ddienw",
    anonymityBody:
      "Dydy eich atebion byth yn cael eu cysylltu â chi. Dydyn ni ddim yn cadw eich enw, eich cyfeiriad e-bost na'ch dolen gyda'ch atebion. Rydyn ni'n dangos canlyniadau ar gyfer grwpiau o {threshold} o bobl neu fwy yn unig, felly does neb yn gallu gweld sut atebodd unigolyn.",
    surveyClosedTitle: "Mae'r arolwg hwn wedi cau",
    surveyClosedBody: 'Does dim modd ateb yr arolwg hwn mwyach. Diolch am eich diddordeb.',
    linkUsedTitle: "Mae'r ddolen hon eisoes wedi cael ei defnyddio",
    linkUsedBody:
      "Dim ond unwaith mae pob dolen yn gweithio, er mwyn cadw atebion yn ddienw. Os nad ydych chi wedi ateb eto, gofynnwch i'r person a anfonodd y ddolen atoch chi am un newydd.",
  },
};

/** The placeholder names in a template, e.g. ['n', 'total'] for "Section {n} of {total}". */
export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
}

/** Fills {name} placeholders; a placeholder with no value is left as written, so the gap shows. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
}
