// Demographic questions the staff surveys ask. Pay band and staff group are not asked: they come
// from the staff record and are frozen when a survey opens.
import type { Demographic } from '../definition.js';
import { t } from './helpers.js';

export const LENGTH_OF_SERVICE: Demographic = {
  id: 'length-of-service',
  question: t('How long have you worked for this organisation?', "Ers faint ydych chi wedi gweithio i'r sefydliad hwn?"),
  options: [
    { value: 'under-1', label: t('Less than 1 year', 'Llai na blwyddyn') },
    { value: 'years-1-2', label: t('1 to 2 years', '1 i 2 flynedd') },
    { value: 'years-3-5', label: t('3 to 5 years', '3 i 5 mlynedd') },
    { value: 'years-6-10', label: t('6 to 10 years', '6 i 10 mlynedd') },
    { value: 'years-11-15', label: t('11 to 15 years', '11 i 15 mlynedd') },
    { value: 'over-15', label: t('More than 15 years', 'Mwy na 15 mlynedd') },
  ],
  preferNotToSay: true,
};

export const MANAGES_OTHERS: Demographic = {
  id: 'manages-others',
  question: t('Do you manage other people as part of your job?', "Ydych chi'n rheoli pobl eraill fel rhan o'ch swydd?"),
  options: [
    { value: 'yes', label: t('Yes', 'Ydw') },
    { value: 'no', label: t('No', 'Nac ydw') },
  ],
  preferNotToSay: true,
};

export const WORKING_PATTERN: Demographic = {
  id: 'working-pattern',
  question: t('How do you usually work?', "Sut rydych chi'n gweithio fel arfer?"),
  options: [
    { value: 'full-time', label: t('Full time', 'Llawn amser') },
    { value: 'part-time', label: t('Part time', 'Rhan amser') },
    { value: 'bank', label: t('Bank or as needed', "Banc neu yn ôl yr angen") },
  ],
  preferNotToSay: true,
};

export const STAFF_DEMOGRAPHICS: Demographic[] = [LENGTH_OF_SERVICE, MANAGES_OTHERS, WORKING_PATTERN];
