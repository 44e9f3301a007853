import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * Reads a script's command line strictly: an unknown option, a stray word, an option given twice
 * or an empty value ends the process at once with the reason and the usage line (exit code 2),
 * before anything is built or started. `--help` alone prints the usage line and exits 0.
 */
export function readArguments<T extends Options>(
  script: string,
  usage: string,
  options: T,
  args = process.argv.slice(2),
) {
  if (args.length === 1 && (args[0] === '--help' || args[0] === '-h')) {
    console.log(usage);
    process.exit(0);
  }
  try {
    const { values, tokens } = parseArgs({ args, options, strict: true, tokens: true });
    const seen = new Set<string>();
    for (const token of tokens) {
      if (token.kind !== 'option') continue;
      if (seen.has(token.name)) throw new Error(`--${token.name} is given more than once`);
      seen.add(token.name);
      if (token.value !== undefined && token.value.trim() === '') {
        throw new Error(`--${token.name} needs a value`);
      }
    }
    return values;
  } catch (error) {
    return refuse(script, (error as Error).message, usage);
  }
}

/** Ends the process for a bad command line: the reason, then the usage line. */
export function refuse(script: string, reason: string, usage: string): never {
  console.error(`[${script}] ${reason}\n${usage}`);
  process.exit(2);
}
