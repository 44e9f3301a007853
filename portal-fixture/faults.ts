import { z } from 'zod';

/**
 * Switchable portal faults. A rule matches requests by path prefix, method and case number, and
 * hits `times` of them (unlimited when absent). Two families:
 * - transport faults (`slow`, `timeout`, `error500`, `maintenance503`, `loginPage`) hit any portal
 *   page by default, before routing;
 * - submission faults (`dropAfterStore`, `validation`, `alreadyAssociated`, `expireMidForm`) are
 *   only ever applied by an NCAF submission handler (METS `POST /mets/ncaf`, QEST
 *   `POST /qest/api/ncaf`), so by default they hit every NCAF POST of either generation and
 *   nothing else; narrow one to a generation with `path`.
 */

/** Every fault the fixture can inject. */
export const FAULT_KINDS = [
  'slow',
  'timeout',
  'error500',
  'maintenance503',
  'dropAfterStore',
  'validation',
  'alreadyAssociated',
  'loginPage',
  'expireMidForm',
] as const;

/** One kind of injected fault. */
export type FaultKind = (typeof FAULT_KINDS)[number];

/** Faults applied before routing, to any portal page unless narrowed. */
export const TRANSPORT_FAULT_KINDS = [
  'slow',
  'timeout',
  'error500',
  'maintenance503',
  'loginPage',
] as const satisfies readonly FaultKind[];

/** Default extra delay of a `slow` fault. */
export const DEFAULT_SLOW_MS = 5_000;

/** Default time a `timeout` fault holds the request before dropping the connection. */
export const DEFAULT_TIMEOUT_MS = 120_000;

/** A fault switched on in the fixture. */
export interface FaultRule {
  kind: FaultKind;
  /** Request path prefix; see the module comment for the default per family. */
  path?: string;
  method?: 'GET' | 'POST';
  /**
   * Only requests about this case, as typed in that generation's request: the NCAF POST's case
   * number (METS form field, QEST JSON `caseId`) or a `caseNumber` query.
   */
  caseNumber?: string;
  /** How many matching requests it hits; unlimited when absent. */
  times?: number;
  /** `slow`: extra delay (default 5000). `timeout`: how long to hold (default 120000). */
  delayMs?: number;
  /** `validation`: the portal's message. */
  message?: string;
}

/** Validates a fault rule from outside code (control API, `setFault`); unknown keys rejected. */
export const faultRuleSchema = z.strictObject({
  kind: z.enum(FAULT_KINDS),
  path: z.string().startsWith('/').optional(),
  method: z.enum(['GET', 'POST']).optional(),
  caseNumber: z.string().min(1).optional(),
  times: z.number().int().positive().optional(),
  delayMs: z.number().int().nonnegative().max(600_000).optional(),
  message: z.string().min(1).max(500).optional(),
}) satisfies z.ZodType<FaultRule>;

/** What a fault rule is matched against. */
export interface FaultTarget {
  method: string;
  path: string;
  caseNumber: string | undefined;
}

interface ActiveRule {
  rule: FaultRule;
  remaining: number;
}

/** The switched-on fault rules, in the order they were set. */
export class FaultBook {
  private rules: ActiveRule[] = [];

  /** Switches a rule on; it is checked after the rules already set. */
  add(rule: FaultRule): void {
    this.rules.push({ rule: { ...rule }, remaining: rule.times ?? Number.POSITIVE_INFINITY });
  }

  /** Switches every rule off. */
  clear(): void {
    this.rules = [];
  }

  /** The active rules, `times` showing how many hits remain. */
  active(): FaultRule[] {
    return this.rules.map(({ rule, remaining }) =>
      Number.isFinite(remaining) ? { ...rule, times: remaining } : { ...rule },
    );
  }

  /** Takes the first rule of one of `kinds` matching the target, using up one of its hits. */
  take(target: FaultTarget, kinds: readonly FaultKind[]): FaultRule | undefined {
    const entry = this.rules.find(
      ({ rule }) => kinds.includes(rule.kind) && ruleMatches(rule, target),
    );
    if (!entry) {
      return undefined;
    }

    entry.remaining -= 1;
    if (entry.remaining <= 0) {
      this.rules = this.rules.filter((candidate) => candidate !== entry);
    }
    return { ...entry.rule };
  }
}

/** The delay a `slow` or `timeout` rule stands for, defaults applied. */
export function faultDelayMs(rule: FaultRule): number {
  return rule.delayMs ?? (rule.kind === 'slow' ? DEFAULT_SLOW_MS : DEFAULT_TIMEOUT_MS);
}

function ruleMatches(rule: FaultRule, target: FaultTarget): boolean {
  const isSubmissionFault = !(TRANSPORT_FAULT_KINDS as readonly FaultKind[]).includes(rule.kind);
  const method = rule.method ?? (isSubmissionFault ? 'POST' : undefined);
  if (method !== undefined && method !== target.method) {
    return false;
  }
  if (rule.path !== undefined && !target.path.startsWith(rule.path)) {
    return false;
  }
  return rule.caseNumber === undefined || rule.caseNumber === target.caseNumber;
}
