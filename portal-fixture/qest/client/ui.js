import { h } from './dom.js';

/**
 * The QEST design system's pieces: labelled fields (the `<label for>` holds exactly the field's
 * name; hints, required marks and errors sit outside it), the loading spinner, the alert that
 * lists a form's problems, and tables.
 */

/** The spinner a screen shows while its data loads. */
export function spinner() {
  return h(
    'div',
    { class: 'qst-spinner', role: 'status', 'aria-live': 'polite' },
    h('span', { class: 'qst-spinner-dot', 'aria-hidden': 'true' }),
    'Loading\u2026',
  );
}

/**
 * A labelled text or date input bound to `field`:
 * `{ id, field, label, type, hint, isRequired, max, maxLength, autocomplete }`.
 */
export function inputField(spec) {
  const input = h('input', {
    id: spec.id,
    name: spec.id,
    type: spec.type ?? 'text',
    'data-field': spec.field,
    max: spec.max,
    maxlength: spec.maxLength,
    autocomplete: spec.autocomplete ?? 'off',
    'aria-describedby': `${spec.id}-error${spec.hint ? ` ${spec.id}-hint` : ''}`,
  });
  return fieldShell(spec, input);
}

/** A labelled select bound to `field`, with an empty first option: `{ ..., options, emptyText }`. */
export function selectField(spec) {
  const select = h(
    'select',
    {
      id: spec.id,
      name: spec.id,
      'data-field': spec.field,
      'aria-describedby': `${spec.id}-error`,
    },
    h('option', { value: '' }, spec.emptyText),
    spec.options.map((option) => h('option', { value: option.value }, option.text)),
  );
  return fieldShell(spec, select);
}

/** A checkbox with its label after it: `{ id, field, label }`. */
export function checkboxField(spec) {
  return h(
    'div',
    { class: 'qst-field qst-check', 'data-for': spec.field },
    h('input', { type: 'checkbox', id: spec.id, name: spec.id, 'data-field': spec.field }),
    h('label', { for: spec.id }, spec.label),
    h('p', { class: 'qst-field-error', id: `${spec.id}-error` }),
  );
}

/** A radio group with a legend: `{ name, field, legend, choices: [{ id, value, label }] }`. */
export function radioGroup(spec) {
  return h(
    'fieldset',
    { class: 'qst-field qst-radios', 'data-for': spec.field },
    h('legend', {}, spec.legend),
    spec.choices.map((choice) =>
      h(
        'span',
        { class: 'qst-radio' },
        h('input', {
          type: 'radio',
          id: choice.id,
          name: spec.name,
          value: choice.value,
          'data-field': spec.field,
        }),
        h('label', { for: choice.id }, choice.label),
      ),
    ),
    h('p', { class: 'qst-field-error', id: `${spec.name}-error` }),
  );
}

/** The alert listing a form's problems; empty (and hidden) when there are none. */
export function formAlert() {
  return h('div', { class: 'qst-alert', role: 'alert', hidden: true });
}

/**
 * Shows `errors` (`[{ field, message }]`) in the form's alert and beside each field; an empty list
 * clears them. `title` heads the alert.
 */
export function showErrors(form, errors, title = 'There is a problem') {
  const alert = form.querySelector('.qst-alert');
  alert.replaceChildren();
  alert.hidden = errors.length === 0;
  if (errors.length > 0) {
    alert.append(
      h('h2', {}, title),
      h(
        'ul',
        {},
        errors.map((error) => h('li', {}, error.message)),
      ),
    );
  }
  for (const slot of form.querySelectorAll('[data-for]')) {
    const messages = errors.filter((error) => error.field === slot.dataset.for);
    slot.classList.toggle('qst-invalid', messages.length > 0);
    slot.querySelector('.qst-field-error').textContent = messages.map((m) => m.message).join(' ');
  }
}

/** A primary button. */
export function primaryButton(text, type = 'submit') {
  return h('button', { type, class: 'qst-button' }, text);
}

/** A table with a header row: `columns` are header texts, `rows` arrays of cells. */
export function dataTable(id, columns, rows) {
  return h(
    'table',
    { class: 'qst-table', id },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        columns.map((column) => h('th', { scope: 'col' }, column)),
      ),
    ),
    h(
      'tbody',
      {},
      rows.map((cells) =>
        h(
          'tr',
          {},
          cells.map((cell) => h('td', {}, cell)),
        ),
      ),
    ),
  );
}

/** A summary table of `<th>` label and `<td>` value rows: `[{ label, id, value }]`. */
export function summaryTable(rows) {
  return h(
    'table',
    { class: 'qst-summary' },
    h(
      'tbody',
      {},
      rows.map((row) =>
        h('tr', {}, h('th', { scope: 'row' }, row.label), h('td', { id: row.id }, row.value)),
      ),
    ),
  );
}

function fieldShell(spec, control) {
  return h(
    'div',
    { class: 'qst-field', 'data-for': spec.field },
    h('label', { for: spec.id }, spec.label),
    spec.isRequired ? h('span', { class: 'qst-required', 'aria-hidden': 'true' }, '*') : null,
    spec.hint ? h('p', { class: 'qst-hint', id: `${spec.id}-hint` }, spec.hint) : null,
    control,
    h('p', { class: 'qst-field-error', id: `${spec.id}-error` }),
  );
}
