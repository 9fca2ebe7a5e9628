// The Discover synthesis: every diagnostic's evidence brought together against the cultural
// elements. The sources are the seven the NHS culture and leadership programme draws on (NHS
// Improvement and The King's Fund, 2016), with the leadership behaviours survey kept apart from
// the organisation's other staff surveys because it is the programme's own diagnostic.

export const SYNTHESIS_SOURCES = ['leadership_survey', 'other_surveys', 'dashboard', 'workforce', 'focus_groups', 'board_interviews', 'patient_experience'] as const;
export type SynthesisSource = (typeof SYNTHESIS_SOURCES)[number];

export const SOURCE_NAMES: Readonly<Record<SynthesisSource, string>> = {
  leadership_survey: 'Leadership behaviours survey',
  other_surveys: 'Other staff surveys',
  dashboard: 'Culture and outcomes dashboard',
  workforce: 'Leadership workforce analysis',
  focus_groups: 'Culture focus groups',
  board_interviews: 'Board interviews',
  patient_experience: 'Patient experience',
};

export const RATINGS = ['strength', 'mixed', 'develop'] as const;
export type Rating = (typeof RATINGS)[number];

export const RATING_NAMES: Readonly<Record<Rating, string>> = {
  strength: 'Strength',
  mixed: 'Mixed',
  develop: 'Area to develop',
};

export const isSource = (value: string): value is SynthesisSource => (SYNTHESIS_SOURCES as readonly string[]).includes(value);
