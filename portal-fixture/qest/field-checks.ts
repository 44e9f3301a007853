/**
 * QEST's field checks and their messages. QEST is looser about names than METS: any letter
 * (accents included), spaces, hyphens, periods and apostrophes; it still refuses digits, `<`, `>`
 * and other symbols. Dates travel as `yyyy-MM-dd`, the value of an `input type="date"`.
 */

/** Characters QEST accepts in a name, as a regular-expression character class body. */
export const QEST_NAME_CHARACTERS = "\\p{L}\\p{M} .'\u2019\\-";

/** A whole name in the characters QEST accepts. */
export const QEST_NAME_PATTERN = new RegExp(`^[${QEST_NAME_CHARACTERS}]+$`, 'u');

/** A QEST case number: `Q` and 9 digits. */
export const QEST_CASE_NUMBER_PATTERN = /^Q\d{9}$/;

/** An Assister ID: 9 letters or numbers. */
export const QEST_ASSISTER_ID_PATTERN = /^[A-Za-z0-9]{9}$/;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The earliest year QEST accepts in a date field. */
const FIRST_ACCEPTED_YEAR = 1900;

/** One field's problem, keyed by the API field name so the screen can show it by the field. */
export interface FieldError {
  field: string;
  message: string;
}

/** Whether the text is a real `yyyy-MM-dd` date from 1900 on. */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) {
    return false;
  }

  const [, year = '', month = '', day = ''] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return (
    date.getUTCFullYear() === Number(year) &&
    date.getUTCMonth() === Number(month) - 1 &&
    date.getUTCDate() === Number(day) &&
    Number(year) >= FIRST_ACCEPTED_YEAR
  );
}

/** `Enter <what>.` for a blank value. */
export function requiredError(field: string, value: string, what: string): FieldError | undefined {
  return value === '' ? { field, message: `Enter ${what}.` } : undefined;
}

/** Required, and only the characters QEST allows in a name. */
export function nameError(
  field: string,
  value: string,
  fieldName: string,
  what: string,
): FieldError | undefined {
  if (value === '') {
    return { field, message: `Enter ${what}.` };
  }
  return QEST_NAME_PATTERN.test(value)
    ? undefined
    : {
        field,
        message: `${fieldName} can only include letters, spaces, hyphens, periods and apostrophes.`,
      };
}

/** Required, a real date, and not after `today` (`yyyy-MM-dd`). */
export function pastDateError(
  field: string,
  value: string,
  names: { fieldName: string; what: string },
  today: string,
): FieldError | undefined {
  const { fieldName, what } = names;
  if (value === '') {
    return { field, message: `Enter ${what}.` };
  }
  if (!isIsoDate(value)) {
    return { field, message: `${fieldName} must be a real date.` };
  }
  return value > today ? { field, message: `${fieldName} cannot be in the future.` } : undefined;
}

/** Required, and one of the allowed codes. */
export function choiceError(
  field: string,
  value: string,
  allowed: readonly { value: string }[],
  what: string,
): FieldError | undefined {
  if (value === '') {
    return { field, message: `Select ${what}.` };
  }
  return allowed.some((option) => option.value === value)
    ? undefined
    : { field, message: `Select ${what} from the list.` };
}

/** Required, and matching the pattern; `rule` is the whole message when it does not. */
export function patternError(
  field: string,
  value: string,
  pattern: RegExp,
  what: string,
  rule: string,
): FieldError | undefined {
  if (value === '') {
    return { field, message: `Enter ${what}.` };
  }
  return pattern.test(value) ? undefined : { field, message: rule };
}

/** Keeps the errors of the checks that failed, in order. */
export function errorsOf(results: readonly (FieldError | undefined)[]): FieldError[] {
  return results.filter((error): error is FieldError => error !== undefined);
}
