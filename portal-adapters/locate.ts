import type { Locator } from './profile-schema';
import { visibleText } from './text';

/**
 * Label text to the element it names, built once per page. Looking labels up per field with
 * `input.labels` costs about 25 times more on a large form.
 */
export interface LabelIndex {
  inputs: Map<string, Element>;
  cells: Map<string, Element>;
  groups: Map<string, Element>;
}

/** Builds the label index of a document (or of a fragment such as a form in an iframe). */
export function buildLabelIndex(root: Document): LabelIndex {
  const inputs = new Map<string, Element>();
  for (const label of root.querySelectorAll('label[for]')) {
    const id = label.getAttribute('for');
    const target = id ? root.getElementById(id) : null;
    if (target) inputs.set(visibleText(label), target);
  }

  const cells = new Map<string, Element>();
  for (const header of root.querySelectorAll('tr > th')) {
    const cell = header.parentElement?.querySelector('td');
    if (cell) cells.set(visibleText(header), cell);
  }

  const groups = new Map<string, Element>();
  for (const legend of root.querySelectorAll('fieldset > legend')) {
    if (legend.parentElement) groups.set(visibleText(legend), legend.parentElement);
  }

  return { inputs, cells, groups };
}

/**
 * Finds the elements a locator names: by selector first, then by label text. Returns every
 * match so callers can refuse an ambiguous page instead of guessing.
 */
export function locate(root: Document, locator: Locator, index: LabelIndex): Element[] {
  const bySelector = Array.from(root.querySelectorAll(locator.selector));
  if (bySelector.length > 0 || !locator.label) return bySelector;

  if (locator.kind === 'input') return listOf(index.inputs.get(locator.label));
  if (locator.kind === 'cell') return listOf(index.cells.get(locator.label));

  const group = index.groups.get(locator.label);
  return group ? Array.from(group.querySelectorAll('input[type="radio"]:checked')) : [];
}

function listOf(element: Element | undefined): Element[] {
  return element ? [element] : [];
}

/**
 * The value a person sees in a located element: an input's value, a select's option text ('' while
 * a select still shows its placeholder).
 */
export function valueOf(element: Element): string {
  const view = element.ownerDocument.defaultView;
  if (view && element instanceof view.HTMLSelectElement) {
    // A placeholder such as "-- Select --" has an empty value: nothing is chosen yet.
    const chosen = element.selectedOptions[0];
    return chosen && chosen.value !== '' ? visibleText(chosen) : '';
  }
  if (
    view &&
    (element instanceof view.HTMLInputElement || element instanceof view.HTMLTextAreaElement)
  ) {
    return element.value.trim();
  }
  return visibleText(element);
}
