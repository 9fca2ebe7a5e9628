// Whether the coding keyboard shortcuts are on, remembered in the browser (WCAG 2.1.4: single-key
// shortcuts must be possible to turn off). On unless turned off; storage that is blocked or
// broken simply means the choice lasts for this page view only.

export const SHORTCUTS_KEY = 'cultivate.codingShortcuts';

type Store = Pick<Storage, 'getItem' | 'setItem'>;

export function readShortcutsOn(store: Store | null): boolean {
  try {
    return store?.getItem(SHORTCUTS_KEY) !== 'off';
  } catch {
    return true;
  }
}

export function writeShortcutsOn(store: Store | null, on: boolean): void {
  try {
    store?.setItem(SHORTCUTS_KEY, on ? 'on' : 'off');
  } catch {
    // ignore: the choice still holds until the page is left
  }
}
