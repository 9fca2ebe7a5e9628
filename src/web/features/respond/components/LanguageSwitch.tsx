// English / Cymraeg, for surveys offered in both. Each language is named in itself and marked
// with its lang attribute, so screen readers pronounce it properly.
import type { Language } from '../../../../core/instruments/definition.js';
import { useStrings } from './strings.js';

const NAMES: Record<Language, string> = { en: 'English', cy: 'Cymraeg' };

interface LanguageSwitchProps {
  language: Language;
  languages: readonly Language[];
  onChange: (language: Language) => void;
}

export function LanguageSwitch({ language, languages, onChange }: LanguageSwitchProps) {
  const strings = useStrings();
  if (languages.length < 2) return null;
  return (
    <nav className="app-language-switch" aria-label={strings.language}>
      <ul className="app-language-switch__list">
        {languages.map((l) => (
          <li className="app-language-switch__item" key={l}>
            {l === language ? (
              <span className="app-language-switch__current" lang={l} aria-current="true">
                {NAMES[l]}
              </span>
            ) : (
              <button type="button" className="app-link-button app-language-switch__button" lang={l} onClick={() => onChange(l)}>
                {NAMES[l]}
              </button>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
