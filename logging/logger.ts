/** A module's logger. Debug lines are off unless switched on; nothing logged holds consumer PII. */
export interface Logger {
  debug(message: string): void;
  warn(message: string): void;
  error(message: string, error?: unknown): void;
}

let debugEnabled = false;

/** Switches debug lines on or off for every module of this context. */
export function setDebugLogging(enabled: boolean): void {
  debugEnabled = enabled;
}

/**
 * A logger whose lines start with `[case-associator:<module>]`. Callers pass case ids and
 * message types, never names, dates of birth or portal page text.
 */
export function logger(module: string): Logger {
  const prefix = `[case-associator:${module}]`;
  return {
    debug: (message) => {
      if (debugEnabled) console.debug(prefix, message);
    },
    warn: (message) => console.warn(prefix, message),
    error: (message, error) => console.error(prefix, message, errorSummary(error)),
  };
}

function errorSummary(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return error === undefined ? '' : String(error);
}
