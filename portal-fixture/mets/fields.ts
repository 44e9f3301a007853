import { attributes, markup, type SafeHtml } from '../html';
import type { SelectOption } from './options';

/**
 * Cúram-style form pieces: clusters of field rows, each row a `<th>` holding the `<label for>`
 * and a `<td>` holding the control. The required marker sits outside the label so the label's
 * text is exactly the field's name.
 */

/** A text input row. */
export interface TextFieldSpec {
  id: string;
  /** Form name; the id when absent, as Cúram names its inputs. */
  name?: string;
  label: string;
  value: string;
  isRequired?: boolean;
  type?: 'text' | 'password';
  maxLength?: number;
  autocomplete?: string;
}

/** A select row. */
export interface SelectFieldSpec {
  id: string;
  label: string;
  options: readonly SelectOption[];
  selected: string;
  isRequired?: boolean;
  /** Text of a first, empty option; none when absent. */
  emptyText?: string;
}

/** A titled group of field rows. */
export function cluster(title: string, rows: SafeHtml[]): SafeHtml {
  return markup`<div class="cluster">
<h2 class="cluster-title">${title}</h2>
<table class="field-cluster" role="presentation">
<tbody>
${rows}
</tbody>
</table>
</div>`;
}

/** A labelled text input. */
export function textRow(field: TextFieldSpec): SafeHtml {
  const input = attributes({
    type: field.type ?? 'text',
    id: field.id,
    name: field.name ?? field.id,
    value: field.value,
    maxlength: field.maxLength,
    autocomplete: field.autocomplete ?? 'off',
  });
  return markup`<tr>
${labelCell(field.id, field.label, field.isRequired)}
<td class="field"><input${input}></td>
</tr>
`;
}

/** A labelled select. */
export function selectRow(field: SelectFieldSpec): SafeHtml {
  const empty = field.emptyText === undefined ? [] : [{ value: '', text: field.emptyText }];
  const options = [...empty, ...field.options].map((option) => {
    const optionAttributes = attributes({
      value: option.value,
      selected: option.value === field.selected,
    });
    return markup`<option${optionAttributes}>${option.text}</option>\n`;
  });
  return markup`<tr>
${labelCell(field.id, field.label, field.isRequired)}
<td class="field"><select${attributes({ id: field.id, name: field.id })}>
${options}</select></td>
</tr>
`;
}

/** A checkbox with its label after it, as Cúram lays out attestations. */
export function checkboxRow(id: string, label: string, isChecked: boolean): SafeHtml {
  const input = attributes({ type: 'checkbox', id, name: id, value: 'true', checked: isChecked });
  return markup`<tr>
<td class="field" colspan="2"><input${input}>
<label for="${id}">${label}</label>${requiredMark(true)}</td>
</tr>
`;
}

/** The portal's error summary, listing each message. Nothing when there are none. */
export function errorSummary(messages: readonly string[]): SafeHtml {
  if (messages.length === 0) {
    return markup``;
  }
  return markup`<div class="error-summary" role="alert">
<h2>The form has errors</h2>
<ul>
${messages.map((message) => markup`<li>${message}</li>\n`)}</ul>
</div>
`;
}

/** The form's action bar with one submit button. */
export function actionSet(buttonText: string): SafeHtml {
  return markup`<div class="action-set">
<button type="submit" class="btn-primary">${buttonText}</button>
</div>`;
}

/** One row of a detail table: a `<th>` label and a `<td>` value with an optional id. */
export interface DetailRow {
  label: string;
  id?: string;
  value: string;
}

/** Two-column detail table (`<th>` label, `<td>` value) as on result pages. */
export function detailTable(rows: readonly DetailRow[]): SafeHtml {
  const renderedRows = rows.map(
    (row) =>
      markup`<tr><th scope="row">${row.label}</th><td${attributes({ id: row.id })}>${row.value}</td>
</tr>\n`,
  );
  return markup`<table class="detail-table">
<tbody>
${renderedRows}</tbody>
</table>`;
}

/** A header row of a list table. */
export function columnHeaders(columns: readonly string[]): SafeHtml {
  return markup`<tr>${columns.map((column) => markup`<th scope="col">${column}</th>`)}</tr>`;
}

function labelCell(id: string, label: string, isRequired: boolean | undefined): SafeHtml {
  const mark = requiredMark(isRequired);
  return markup`<th scope="row" class="label"><label for="${id}">${label}</label>${mark}</th>`;
}

function requiredMark(isRequired: boolean | undefined): SafeHtml {
  return isRequired ? markup`<span class="mandatory" aria-hidden="true">*</span>` : markup``;
}
