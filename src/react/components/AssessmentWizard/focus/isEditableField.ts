/** Input types that take typed text: there, digits, Backspace and Enter belong to the field. */
const NOT_TYPED = new Set(['radio', 'checkbox', 'button', 'submit', 'reset', 'image', 'range', 'color', 'file']);

/** True when `target` takes typed text (a text, number or email field, a text area, a select, an editable element). */
export function isEditableField(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).tagName !== 'string') return false;
  const element = target as HTMLElement;
  if (element.isContentEditable) return true;
  switch (element.tagName) {
    case 'TEXTAREA':
    case 'SELECT':
      return true;
    case 'INPUT':
      return !NOT_TYPED.has((element as HTMLInputElement).type);
    default:
      return false;
  }
}
