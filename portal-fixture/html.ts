/**
 * HTML building for the fixture's pages. Every interpolated value is escaped unless it is already
 * `SafeHtml`, so a consumer name such as `<script>` can only ever show up as text.
 */

/** Markup that is safe to emit as is: built by `markup` or marked trusted with `trustedHtml`. */
export class SafeHtml {
  constructor(readonly text: string) {}

  toString(): string {
    return this.text;
  }
}

/** What a page template may interpolate; nested arrays are flattened, nullish and false vanish. */
export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | HtmlValue[];

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for use in element content and in double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);
}

/** Tagged template that escapes each interpolated value and returns `SafeHtml`. */
export function markup(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let text = strings[0] ?? '';
  values.forEach((value, index) => {
    text += renderValue(value) + (strings[index + 1] ?? '');
  });
  return new SafeHtml(text);
}

/** An attribute value; `true` writes a bare attribute, `false` and undefined leave it out. */
export type AttributeValue = string | number | boolean | undefined;

/** Renders ` name="value"` pairs, escaped, in the given order. */
export function attributes(pairs: Record<string, AttributeValue>): SafeHtml {
  const rendered = Object.entries(pairs).map(([name, value]) => {
    if (value === undefined || value === false) {
      return '';
    }
    return value === true ? ` ${name}` : ` ${name}="${escapeHtml(String(value))}"`;
  });
  return new SafeHtml(rendered.join(''));
}

/** Marks constant markup written in this codebase (never request data) as safe. */
export function trustedHtml(text: string): SafeHtml {
  return new SafeHtml(text);
}

function renderValue(value: HtmlValue): string {
  if (value instanceof SafeHtml) {
    return value.text;
  }
  if (Array.isArray(value)) {
    return value.map(renderValue).join('');
  }
  if (value === null || value === undefined || value === false || value === true) {
    return '';
  }
  return escapeHtml(String(value));
}
