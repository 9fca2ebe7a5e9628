// The respondent pages' interface words, in the language chosen. Defaults to English, which is
// what the staff app's paper entry page uses around the question components.
import { createContext, useContext } from 'react';
import { RESPONDENT_STRINGS, type RespondentStrings } from '../../../../core/i18n/respondent-strings.js';

export const RespondStrings = createContext<RespondentStrings>(RESPONDENT_STRINGS.en);

export const useStrings = (): RespondentStrings => useContext(RespondStrings);
