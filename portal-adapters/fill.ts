import { visibleText } from './text';

/** Why a field could not be filled. */
export class FillError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'FillError';
  }
}

/**
 * Sets a form control the way a person would: focus, the value through the element's native
 * setter (so frameworks that track the value see a change), bubbling `input` and `change`, blur,
 * then reads the value back. Throws a FillError when the page did not keep the value.
 */
export function fillControl(element: Element, value: string, field: string): void {
  const view = element.ownerDocument.defaultView;
  if (!view) throw new FillError(field, `${field}: the page is gone`);

  if (element instanceof view.HTMLSelectElement) {
    selectOption(element, value, field);
  } else if (element instanceof view.HTMLInputElement && element.type === 'checkbox') {
    setChecked(element, value === 'true');
  } else if (
    element instanceof view.HTMLInputElement ||
    element instanceof view.HTMLTextAreaElement
  ) {
    setText(element, value);
  } else {
    throw new FillError(field, `${field}: the element is not a form field`);
  }

  const kept = readBack(element, view);
  if (kept !== value) {
    // The value itself stays out of the message: it may be a consumer's name.
    throw new FillError(field, `${field}: the page did not keep the typed value`);
  }
}

function setText(element: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  const prototype = Object.getPrototypeOf(element) as object;
  const setter = Object.getOwnPropertyDescriptor(prototype, 'value')?.set;

  element.focus();
  if (setter) setter.call(element, value);
  else element.value = value;
  dispatch(element, 'input');
  dispatch(element, 'change');
  element.blur();
}

function selectOption(element: HTMLSelectElement, value: string, field: string): void {
  const option = Array.from(element.options).find(
    (candidate) => candidate.value === value || visibleText(candidate) === value,
  );
  if (!option) throw new FillError(field, `${field}: the list has no option "${value}"`);

  element.focus();
  element.value = option.value;
  dispatch(element, 'input');
  dispatch(element, 'change');
  element.blur();
}

function setChecked(element: HTMLInputElement, checked: boolean): void {
  if (element.checked === checked) return;
  element.focus();
  element.click();
  element.blur();
}

function readBack(element: Element, view: Window & typeof globalThis): string {
  if (element instanceof view.HTMLInputElement && element.type === 'checkbox') {
    return String(element.checked);
  }
  return (element as HTMLInputElement).value;
}

function dispatch(element: Element, type: 'input' | 'change'): void {
  element.dispatchEvent(new Event(type, { bubbles: true }));
}
