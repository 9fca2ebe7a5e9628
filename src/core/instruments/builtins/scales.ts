// The response scales the built-in instruments share. Values run lowest first; positiveFrom is the
// first value that counts as a positive answer (e.g. "Agree" and "Strongly agree").
import type { Scale } from '../definition.js';
import { t } from './helpers.js';

const DONT_KNOW = t("Don't know", 'Ddim yn gwybod');

export const AGREEMENT_5: Scale = {
  id: 'agreement5',
  kind: 'agreement5',
  options: [
    { value: 1, label: t('Strongly disagree', "Anghytuno'n gryf") },
    { value: 2, label: t('Disagree', 'Anghytuno') },
    { value: 3, label: t('Neither agree nor disagree', 'Ddim yn cytuno nac yn anghytuno') },
    { value: 4, label: t('Agree', 'Cytuno') },
    { value: 5, label: t('Strongly agree', "Cytuno'n gryf") },
  ],
  positiveFrom: 4,
  notApplicable: DONT_KNOW,
};

export const AGREEMENT_7: Scale = {
  id: 'agreement7',
  kind: 'agreement7',
  options: [
    { value: 1, label: t('Strongly disagree', "Anghytuno'n gryf") },
    { value: 2, label: t('Disagree', 'Anghytuno') },
    { value: 3, label: t('Tend to disagree', 'Tueddu i anghytuno') },
    { value: 4, label: t('Neither agree nor disagree', 'Ddim yn cytuno nac yn anghytuno') },
    { value: 5, label: t('Tend to agree', 'Tueddu i gytuno') },
    { value: 6, label: t('Agree', 'Cytuno') },
    { value: 7, label: t('Strongly agree', "Cytuno'n gryf") },
  ],
  positiveFrom: 5,
  notApplicable: DONT_KNOW,
};

export const FREQUENCY_5: Scale = {
  id: 'frequency5',
  kind: 'frequency5',
  options: [
    { value: 1, label: t('Never', 'Byth') },
    { value: 2, label: t('Rarely', 'Anaml') },
    { value: 3, label: t('Sometimes', 'Weithiau') },
    { value: 4, label: t('Often', 'Yn aml') },
    { value: 5, label: t('Always', 'Bob amser') },
  ],
  positiveFrom: 4,
};

/** 0 to 10; the items that use it say in their hint what 0 and 10 mean. */
export const ZERO_TO_TEN: Scale = {
  id: 'zero_to_ten',
  kind: 'zero_to_ten',
  options: Array.from({ length: 11 }, (_, value) => ({ value, label: t(String(value), String(value)) })),
  positiveFrom: 7,
  notApplicable: DONT_KNOW,
};

/** The Healthcare Leadership Model's four levels (NHS Leadership Academy, 2013). */
export const LEVELS_4: Scale = {
  id: 'levels4',
  kind: 'levels4',
  options: [
    { value: 1, label: t('Essential', 'Hanfodol') },
    { value: 2, label: t('Proficient', 'Hyfedr') },
    { value: 3, label: t('Strong', 'Cryf') },
    { value: 4, label: t('Exemplary', 'Enghreifftiol') },
  ],
  positiveFrom: 3,
  notApplicable: t('I have not seen enough to say', 'Dydw i ddim wedi gweld digon i ddweud'),
};

export const IMPORTANCE_4: Scale = {
  id: 'importance4',
  kind: 'importance4',
  options: [
    { value: 1, label: t('Not important', 'Ddim yn bwysig') },
    { value: 2, label: t('A little important', 'Ychydig yn bwysig') },
    { value: 3, label: t('Important', 'Pwysig') },
    { value: 4, label: t('Very important', 'Pwysig iawn') },
  ],
  positiveFrom: 3,
};

export const SHARED_SCALES: Scale[] = [AGREEMENT_5, AGREEMENT_7, FREQUENCY_5, ZERO_TO_TEN, LEVELS_4, IMPORTANCE_4];
