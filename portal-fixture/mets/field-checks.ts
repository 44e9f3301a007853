import { parseUsDate } from '../dates';

/**
 * Field checks worded the way the METS portal words them. Each returns the portal's message, or
 * undefined when the value passes.
 */

/** Characters METS accepts in names and organization names: letters, space, hyphen, period. */
export const METS_NAME_PATTERN = /^[A-Za-z .-]+$/;

/** An Assister ID: 9 letters or numbers. */
export const ASSISTER_ID_PATTERN = /^[A-Za-z0-9]{9}$/;

/** `<name> is required.` for a blank value. */
export function requiredError(fieldName: string, value: string): string | undefined {
  return value.trim() === '' ? `${fieldName} is required.` : undefined;
}

/** Required, and only the characters METS allows in a name. */
export function nameError(fieldName: string, value: string): string | undefined {
  if (value.trim() === '') {
    return `${fieldName} is required.`;
  }
  return METS_NAME_PATTERN.test(value.trim())
    ? undefined
    : `${fieldName} contains characters that are not allowed.`;
}

/** Required, a real `MM/DD/YYYY` date, and not after `today` (`yyyy-MM-dd`). */
export function pastDateError(fieldName: string, value: string, today: string): string | undefined {
  if (value.trim() === '') {
    return `${fieldName} is required.`;
  }

  const date = parseUsDate(value);
  if (date === undefined) {
    return `${fieldName} is not a valid date.`;
  }
  return date > today ? `${fieldName} cannot be in the future.` : undefined;
}

/** Required, and one of the select's option values. */
export function selectionError(
  fieldName: string,
  value: string,
  allowed: readonly string[],
): string | undefined {
  if (value === '') {
    return `${fieldName} is required.`;
  }
  return allowed.includes(value) ? undefined : `${fieldName} is not a valid selection.`;
}

/** Keeps the messages of the checks that failed, in order. */
export function messagesOf(results: readonly (string | undefined)[]): string[] {
  return results.filter((message): message is string => message !== undefined);
}
