// Moving focus the way the NHS.UK error summary does: to the field, with its label or
// legend scrolled into view so the question is visible as well as the input.

export function focusField(id: string): boolean {
  const element = document.getElementById(id);
  if (!element) return false;
  const target: HTMLElement | null = element.matches('input, select, textarea, button')
    ? element
    : element.querySelector<HTMLElement>('input, select, textarea');
  if (!target) return false;
  const legend = target.closest('fieldset')?.querySelector('legend');
  const label = document.querySelector(`label[for="${CSS.escape(target.id)}"]`);
  (legend ?? label ?? target).scrollIntoView();
  target.focus({ preventScroll: true });
  return true;
}
