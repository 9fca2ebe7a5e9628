// The coding shortcuts, explained, with a way to turn them off (WCAG 2.1.4), remembered in this
// browser. Everything the shortcuts do can also be done with the form controls themselves.
import { useCallback, useState } from 'react';
import { Details } from '../../../components/content.js';
import { readShortcutsOn, writeShortcutsOn } from '../lib/shortcut-preference.js';
import { ELEMENTS } from '../lib/coding.js';

const storage = (): Storage | null => {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
};

export function useShortcutsOn(): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(() => readShortcutsOn(storage()));
  const set = useCallback((next: boolean) => {
    writeShortcutsOn(storage(), next);
    setOn(next);
  }, []);
  return [on, set];
}

export function ShortcutSettings({ on, setOn }: { on: boolean; setOn: (on: boolean) => void }) {
  return (
    <div className="nhsuk-form-group">
      <Details summary="Keyboard shortcuts">
        <p>When a note’s coding form has focus (for example, after you tab to one of its buttons), you can code it with single keys:</p>
        <ul className="nhsuk-list nhsuk-list--bullet">
          <li>
            keys 1 to {ELEMENTS.length} change a cultural element each time you press them: not coded, then strength, then area to develop, then back to not coded ({ELEMENTS.map((e, i) => `${i + 1} for ${e.name.toLowerCase()}`).join(', ')})
          </li>
          <li>Enter saves the coding</li>
        </ul>
        <p>The keys do nothing while you are typing in a box, such as the themes. Each change is read out by screen readers. You can turn the shortcuts off if they get in the way.</p>
      </Details>
      <div className="nhsuk-checkboxes nhsuk-checkboxes--small">
        <div className="nhsuk-checkboxes__item">
          <input className="nhsuk-checkboxes__input" id="coding-shortcuts" type="checkbox" checked={on} onChange={(e) => setOn(e.target.checked)} />
          <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor="coding-shortcuts">
            Use keyboard shortcuts when coding
          </label>
        </div>
      </div>
    </div>
  );
}
