// Reading an instrument's localised texts: picking the respondent's language, and walking every
// text with its path so checks (Welsh present, nothing left blank) cover the whole definition.
import type { InstrumentDefinition, InstrumentInput, Language, LocalisedText } from './definition.js';

/** The text in `language`, falling back to English when that translation is missing. */
export function localise(text: LocalisedText, language: Language): string {
  return (language === 'cy' ? text.cy : undefined) ?? text.en;
}

export interface LocatedText {
  /** Where the text sits, e.g. `sections[0].items[2].rows[1].text`. */
  path: string;
  text: LocalisedText;
}

type AnyDefinition = InstrumentDefinition | InstrumentInput;

/** Every localised text in the definition, in document order. */
export function localisedTexts(def: AnyDefinition): LocatedText[] {
  const out: LocatedText[] = [];
  const add = (path: string, text: LocalisedText | undefined): void => {
    if (text) out.push({ path, text });
  };
  add('title', def.title);
  add('description', def.description);
  def.scales.forEach((scale, s) => {
    scale.options.forEach((option, o) => add(`scales[${s}].options[${o}].label`, option.label));
    add(`scales[${s}].notApplicable`, scale.notApplicable);
  });
  def.sections.forEach((section, s) => {
    const sp = `sections[${s}]`;
    add(`${sp}.title`, section.title);
    add(`${sp}.intro`, section.intro);
    section.items.forEach((item, i) => {
      const ip = `${sp}.items[${i}]`;
      add(`${ip}.text`, item.text);
      add(`${ip}.hint`, item.hint);
      if (item.type === 'grid') item.rows.forEach((row, r) => add(`${ip}.rows[${r}].text`, row.text));
      if (item.type === 'single' || item.type === 'multiple') {
        item.options.forEach((option, o) => add(`${ip}.options[${o}].label`, option.label));
      }
    });
  });
  (def.constructs ?? []).forEach((construct, c) => add(`constructs[${c}].name`, construct.name));
  (def.demographics ?? []).forEach((demographic, d) => {
    add(`demographics[${d}].question`, demographic.question);
    demographic.options.forEach((option, o) => add(`demographics[${d}].options[${o}].label`, option.label));
  });
  return out;
}
