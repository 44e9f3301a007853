import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { readArguments } from '../../../scripts/lib/arguments';
import { readBenchArguments } from '../../../scripts/bench/arguments';

const USAGE = 'usage: npm run demo -- [--headed] [--out DIR]';
const OPTIONS = { headed: { type: 'boolean' }, out: { type: 'string' } } as const;

/** Thrown by the stubbed `process.exit`, so a refusal stops the code under test as exit would. */
class Exited extends Error {
  constructor(readonly code: number | undefined) {
    super(`exit ${code}`);
  }
}

let exit: MockInstance;
let errors: MockInstance;
let logs: MockInstance;

beforeEach(() => {
  exit = vi.spyOn(process, 'exit').mockImplementation((code) => {
    throw new Exited(code as number | undefined);
  });
  errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  logs = vi.spyOn(console, 'log').mockImplementation(() => undefined);
});

afterEach(() => vi.restoreAllMocks());

function refusal(run: () => unknown): { code: number | undefined; message: string } {
  try {
    run();
  } catch (error) {
    if (!(error instanceof Exited)) throw error;
    return { code: error.code, message: errors.mock.calls.map((call) => call[0]).join('\n') };
  }
  throw new Error('the arguments were accepted');
}

describe('readArguments', () => {
  it('should return the options given', () => {
    expect(readArguments('demo', USAGE, OPTIONS, ['--headed', '--out', 'shots'])).toEqual({
      headed: true,
      out: 'shots',
    });
    expect(exit).not.toHaveBeenCalled();
  });

  it.each([
    [['--bogus'], "[demo] Unknown option '--bogus'"],
    [['--out', 'a', '--out', 'b'], '[demo] --out is given more than once'],
    [['--out', ''], '[demo] --out needs a value'],
    [['--out', '  '], '[demo] --out needs a value'],
    [['stray'], "[demo] Unexpected argument 'stray'"],
    [['--out', '--help'], "[demo] Option '--out' argument is ambiguous"],
  ])('should refuse %j with exit code 2, the reason and the usage line', (args, reason) => {
    const { code, message } = refusal(() => readArguments('demo', USAGE, OPTIONS, args));
    expect(code).toBe(2);
    expect(message.startsWith(reason)).toBe(true);
    expect(message.endsWith(`\n${USAGE}`)).toBe(true);
  });

  it('should print the usage line and exit 0 for --help', () => {
    const { code } = refusal(() => readArguments('demo', USAGE, OPTIONS, ['--help']));
    expect(code).toBe(0);
    expect(logs).toHaveBeenCalledWith(USAGE);
  });
});

describe('readBenchArguments', () => {
  it('should read a whole number of drains from 1 to 5', async () => {
    await expect(readBenchArguments(['--drains', '3', '--out', 'bench-output'])).resolves.toEqual({
      outDir: expect.stringMatching(/bench-output$/),
      fixedDrains: 3,
    });
  });

  it.each(['0', '6', 'abc', '2.5', '0x2', '1e0', ' 2 '])(
    'should refuse --drains %j before anything runs',
    async (drains) => {
      const refused = await readBenchArguments(['--drains', drains]).then(
        () => null,
        (error: unknown) => error,
      );
      expect(refused).toBeInstanceOf(Exited);
      expect((refused as Exited).code).toBe(2);
      expect(errors.mock.calls[0]?.[0]).toContain(
        `--drains must be a whole number from 1 to 5, not "${drains}"`,
      );
    },
  );
});
