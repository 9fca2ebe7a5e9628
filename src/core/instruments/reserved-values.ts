// Answer values the respondent pages keep for themselves. Kept apart from the definition checks so
// that code running in the browser can use them without bundling the schema library.

/** The answer value the respondent pages use for "Prefer not to say"; no option may take it. */
export const PREFER_NOT_TO_SAY = 'prefer_not_to_say';
