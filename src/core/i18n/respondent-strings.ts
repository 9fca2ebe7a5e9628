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
  /** Between the last real option and a "Don't know" or "Prefer not to say" option. */
  orDivider: string;
  /** After the text of a question that need not be answered. */
  optionalMarker: string;
  charactersLimit: string;
  closesOn: string;
  commentsBody: string;
  loading: string;
  resumeTitle: string;
  resumeBody: string;
  continueWhereLeftOff: string;
  startAgain: string;
  saveTitle: string;
  saveBody: string;
  /** Read out before a warning's heading. */
  importantPrefix: string;
  sharedComputerTitle: string;
  sharedComputerBody: string;
  saveOnDevice: string;
  backToSurvey: string;
  removeSaved: string;
  removedTitle: string;
  removedBody: string;
  chooseUnitError: string;
  chooseFromList: string;
  unitLabel: string;
  sending: string;
  sendFailed: string;
  sentTitle: string;
  whatNextTitle: string;
  whatNextBody: string;
  /** 360 feedback: who sees the answers, by the rater's relationship to the person. */
  feedbackTitleSelf: string;
  feedbackTitleFor: string;
  feedbackWhoSeesTitle: string;
  feedbackPrivacySelf: string;
  feedbackPrivacyManager: string;
  feedbackPrivacyOthers: string;
  feedbackWhatNextBody: string;
  notOpenTitle: string;
  notOpenBody: string;
  unknownLinkTitle: string;
  unknownLinkBody: string;
  problemTitle: string;
  problemBody: string;
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
    orDivider: 'or',
    optionalMarker: '(optional)',
    charactersLimit: 'You can enter up to {count} characters',
    closesOn: 'This survey closes on {date}.',
    commentsBody: 'Anything you write in a comment box is shown only for larger groups, and never with your name.',
    loading: 'Loading the survey',
    resumeTitle: 'You have already started this survey',
    resumeBody: 'Your answers so far are kept in this browser.',
    continueWhereLeftOff: 'Continue where you left off',
    startAgain: 'Start again',
    saveTitle: 'Save your answers on this device',
    saveBody: 'Your answers will be kept in this browser so that you can finish the survey later. Nothing is sent until you submit your answers.',
    importantPrefix: 'Important: ',
    sharedComputerTitle: 'Do not do this on a shared computer',
    sharedComputerBody: 'Anyone who uses this computer after you could open the same link and see your answers.',
    saveOnDevice: 'Save on this device',
    backToSurvey: 'Go back to the survey',
    removeSaved: 'Remove my saved answers',
    removedTitle: 'Your saved answers have been removed',
    removedBody: 'Nothing from this survey is kept on this device. You can start again from the same link.',
    chooseUnitError: 'Select your team or department',
    chooseFromList: 'Choose from the list',
    unitLabel: 'Team or department',
    sending: 'Sending your answers',
    sendFailed: 'Your answers could not be sent. Check your connection and try again.',
    sentTitle: 'Your answers have been sent',
    whatNextTitle: 'What happens next',
    whatNextBody: 'When the survey closes, results are shared for groups that are big enough to keep everyone anonymous. You can now close this page.',
    feedbackTitleSelf: 'Rate your own leadership',
    feedbackTitleFor: 'Feedback for {name}',
    feedbackWhoSeesTitle: 'Who sees your answers',
    feedbackPrivacySelf: 'Your ratings are shown next to other people’s in your report, so you can compare how you see yourself with how others see you.',
    feedbackPrivacyManager: 'As {name}’s line manager, your answers are shown on their own in their report, so they are not anonymous.',
    feedbackPrivacyOthers:
      '{name} sees answers only as an average for each group of people, and only when at least {min} people in the group have answered, so nobody can work out how one person answered.',
    feedbackWhatNextBody: 'When the request closes, your answers are added to the report. You can now close this page.',
    notOpenTitle: 'This survey is not open yet',
    notOpenBody: 'Try the link again on the day the survey opens.',
    unknownLinkTitle: 'This link does not work',
    unknownLinkBody: 'Check that you used the whole link from the message you were sent. If it still does not work, ask the person who sent it for a new one.',
    problemTitle: 'Sorry, there is a problem with the service',
    problemBody: 'Try again in a few minutes. Any answers you have already given are still in this browser tab.',
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
    orDivider: 'neu',
    optionalMarker: '(dewisol)',
    charactersLimit: 'Gallwch chi roi hyd at {count} o nodau',
    closesOn: "Mae'r arolwg hwn yn cau ar {date}.",
    commentsBody: "Dim ond ar gyfer grwpiau mwy y bydd unrhyw beth rydych chi'n ei ysgrifennu mewn blwch sylwadau yn cael ei ddangos, a byth gyda'ch enw.",
    loading: "Wrthi'n llwytho'r arolwg",
    resumeTitle: "Rydych chi eisoes wedi dechrau'r arolwg hwn",
    resumeBody: "Mae eich atebion hyd yma wedi'u cadw yn y porwr hwn.",
    continueWhereLeftOff: "Parhau o'r man lle roeddech chi",
    startAgain: 'Dechrau eto',
    saveTitle: 'Cadw eich atebion ar y ddyfais hon',
    saveBody: "Bydd eich atebion yn cael eu cadw yn y porwr hwn er mwyn i chi allu gorffen yr arolwg yn nes ymlaen. Does dim byd yn cael ei anfon nes i chi gyflwyno eich atebion.",
    importantPrefix: 'Pwysig: ',
    sharedComputerTitle: 'Peidiwch â gwneud hyn ar gyfrifiadur a rennir',
    sharedComputerBody: "Gallai unrhyw un sy'n defnyddio'r cyfrifiadur hwn ar eich ôl agor yr un ddolen a gweld eich atebion.",
    saveOnDevice: 'Cadw ar y ddyfais hon',
    backToSurvey: "Mynd yn ôl i'r arolwg",
    removeSaved: "Dileu fy atebion sydd wedi'u cadw",
    removedTitle: "Mae eich atebion wedi cael eu dileu",
    removedBody: "Does dim byd o'r arolwg hwn yn cael ei gadw ar y ddyfais hon. Gallwch chi ddechrau eto gyda'r un ddolen.",
    chooseUnitError: 'Dewiswch eich tîm neu eich adran',
    chooseFromList: "Dewiswch o'r rhestr",
    unitLabel: 'Tîm neu adran',
    sending: "Wrthi'n anfon eich atebion",
    sendFailed: 'Doedd dim modd anfon eich atebion. Gwiriwch eich cysylltiad a rhowch gynnig arall arni.',
    sentTitle: 'Mae eich atebion wedi cael eu hanfon',
    whatNextTitle: "Beth sy'n digwydd nesaf",
    whatNextBody: "Pan fydd yr arolwg yn cau, bydd canlyniadau'n cael eu rhannu ar gyfer grwpiau sy'n ddigon mawr i gadw pawb yn ddienw. Gallwch chi gau'r dudalen hon nawr.",
    feedbackTitleSelf: 'Asesu eich arweinyddiaeth eich hun',
    feedbackTitleFor: 'Adborth ar gyfer {name}',
    feedbackWhoSeesTitle: 'Pwy sy’n gweld eich atebion',
    feedbackPrivacySelf: 'Mae eich sgoriau’n cael eu dangos wrth ymyl sgoriau pobl eraill yn eich adroddiad, er mwyn i chi allu cymharu sut rydych chi’n gweld eich hun â sut mae eraill yn eich gweld.',
    feedbackPrivacyManager: 'Fel rheolwr llinell {name}, mae eich atebion yn cael eu dangos ar eu pennau eu hunain yn eu hadroddiad, felly dydyn nhw ddim yn ddienw.',
    feedbackPrivacyOthers:
      'Dim ond fel cyfartaledd ar gyfer pob grŵp o bobl y mae {name} yn gweld atebion, a dim ond pan fydd o leiaf {min} o bobl yn y grŵp wedi ateb, felly all neb weithio allan sut atebodd un person.',
    feedbackWhatNextBody: 'Pan fydd y cais yn cau, bydd eich atebion yn cael eu hychwanegu at yr adroddiad. Gallwch chi gau’r dudalen hon nawr.',
    notOpenTitle: "Dydy'r arolwg hwn ddim ar agor eto",
    notOpenBody: "Rhowch gynnig ar y ddolen eto ar y diwrnod mae'r arolwg yn agor.",
    unknownLinkTitle: "Dydy'r ddolen hon ddim yn gweithio",
    unknownLinkBody: "Gwiriwch eich bod wedi defnyddio'r ddolen gyfan o'r neges a gawsoch chi. Os nad yw'n gweithio o hyd, gofynnwch i'r person a'i hanfonodd am un newydd.",
    problemTitle: "Mae'n ddrwg gennym, mae problem gyda'r gwasanaeth",
    problemBody: "Rhowch gynnig arall arni mewn ychydig funudau. Mae unrhyw atebion rydych chi eisoes wedi'u rhoi yn dal yn y tab hwn yn y porwr.",
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
