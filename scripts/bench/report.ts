import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BundleSize } from './bundle-size';
import type { Figure } from './figure';
import { round } from './stats';

/** Where and on what the figures were measured. */
export interface BenchEnvironment {
  startedAt: string;
  runSeconds: number;
  chromium: string;
  node: string;
  cpus: number;
  /** One-minute load averages when the run started and ended: other work on the machine. */
  loadAverage: { start: number; end: number };
}

const HEADERS = ['#', 'Figure', 'Measured', 'Limit', 'Measured - limit', 'Ratio', 'Runs', 'Build'];

/** Prints the figures as a table, each with the limit it is compared with named under it. */
export function printTable(figures: readonly Figure[], environment: BenchEnvironment): void {
  const rows = figures.map((row) => [
    String(row.group),
    row.name,
    row.runs === 0 ? 'not measured' : formatValue(row.measured.median, row.unit),
    row.limit ? formatValue(row.limit.median, row.unit) : '-',
    // A difference of two rates says nothing a reader can use; the ratio says it.
    row.limit && !isRate(row.unit)
      ? formatDifference(row.measured.median - row.limit.median, row.unit)
      : '-',
    row.ratio === undefined
      ? '-'
      : `${row.ratio.toPrecision(3)}x${row.ratioOf === 'medians' ? '*' : ''}`,
    String(row.runs),
    row.build,
  ]);
  const widths = HEADERS.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => row[column]!.length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => (column >= 2 && column <= 6 ? cell.padStart(widths[column]!) : cell))
      .map((cell, column) => cell.padEnd(widths[column]!))
      .join('  ')
      .trimEnd();

  console.log(`\nCase Associator benchmarks, ${environment.startedAt}`);
  console.log(
    `Chromium ${environment.chromium}, Node ${environment.node}, ${environment.cpus} cores, ` +
      `load average ${environment.loadAverage.start.toFixed(1)} at start and ` +
      `${environment.loadAverage.end.toFixed(1)} at end; run time ${formatDuration(environment.runSeconds)}`,
  );
  console.log(
    'Medians of the runs shown. Ratio = measured / limit, both from this run: the median of the ' +
      "runs' own ratios (each run measured back to back with its limit), or * the ratio of the " +
      'two medians.\n',
  );
  console.log(line(HEADERS));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  figures.forEach((row, index) => {
    console.log(line(rows[index]!));
    const indent = ' '.repeat(widths[0]! + 2);
    const details = [row.limit && `limit: ${row.limit.name}`, row.note].filter(Boolean);
    if (details.length > 0) console.log(`${indent}${details.join('; ')}`);
    for (const [text, times] of countSame(row.incidents ?? [])) {
      console.log(
        `${indent}not filed at first try${times > 1 ? ` (${times} times)` : ''}: ${text}`,
      );
    }
  });
  console.log('');
}

/** Writes the figures with every sample, the bundle sizes and the environment as JSON. */
export async function writeJson(
  outDir: string,
  figures: readonly Figure[],
  bundles: readonly BundleSize[],
  environment: BenchEnvironment,
): Promise<string> {
  await mkdir(outDir, { recursive: true });
  const path = join(outDir, 'bench.json');
  const rounded = figures.map((row) => ({
    ...row,
    measured: roundSamples(row.measured),
    ...(row.limit ? { limit: { ...row.limit, ...roundSamples(row.limit) } } : {}),
    ...(row.ratio === undefined ? {} : { ratio: Number(row.ratio.toPrecision(4)) }),
  }));
  const report = { environment, figures: rounded, productionBundles: bundles };
  await writeFile(path, `${JSON.stringify(report, null, 2)}\n`);
  return path;
}

/** Each distinct text with how often it occurs, in order of first appearance. */
function countSame(texts: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) counts.set(text, (counts.get(text) ?? 0) + 1);
  return counts;
}

function roundSamples(samples: { median: number; samples: number[] }) {
  return { median: round(samples.median), samples: samples.samples.map((value) => round(value)) };
}

function formatValue(value: number, unit: string): string {
  const digits = unit === 'ms' && Math.abs(value) >= 100 ? 0 : 1;
  return `${value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })} ${unit}`;
}

function formatDifference(value: number, unit: string): string {
  return `${value >= 0 ? '+' : '-'}${formatValue(Math.abs(value), unit)}`;
}

function formatDuration(seconds: number): string {
  return `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`;
}

/** True for a unit per time (cases/min), where measured minus limit means nothing. */
function isRate(unit: string): boolean {
  return unit.includes('/');
}
