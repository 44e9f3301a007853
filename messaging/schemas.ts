import { z } from 'zod';
import { NCAF_REASON_CODES, PROGRAM_CODES } from '../policy/ncaf-reasons';
import { CAPTURED_FIELDS, PAGE_KINDS } from '../portal-adapters/profile-schema';

const text = (max: number) => z.string().max(max);

/**
 * A page origin as `location.origin` writes it. The filer later opens portal tabs under the
 * stored origin, so a script URL, or an origin with a path glued to it, is refused here.
 */
const webOrigin = z
  .url({ protocol: /^https?$/, abort: true })
  .max(200)
  .refine((value) => new URL(value).origin === value, 'Not an origin');

/** What a content script saw on a portal page. */
export const pageReportSchema = z.object({
  instanceId: z.string().min(8).max(64),
  /** When the page's document began loading (epoch ms), to tell a fresh page from a stale one. */
  loadedAt: z.number().nonnegative(),
  origin: webOrigin,
  path: text(2000),
  profileId: z.string().max(40).nullable(),
  pageKind: z.enum(PAGE_KINDS).nullable(),
  ncafOutcome: z
    .discriminatedUnion('kind', [
      z.object({ kind: z.literal('confirmation'), confirmationNumber: text(60).min(1) }),
      z.object({ kind: z.literal('already-associated'), message: text(500) }),
      z.object({ kind: z.literal('rejected'), messages: z.array(text(500)).max(30) }),
      z.object({ kind: z.literal('lost'), message: text(500) }),
    ])
    .optional(),
  associations: z
    .array(
      z.object({
        caseNumber: text(60),
        assisterId: text(60),
        confirmationNumber: text(60),
      }),
    )
    .max(500)
    .optional(),
});
export type PageReport = z.infer<typeof pageReportSchema>;

/** Fields read from one application page. Values are strings; the background validates each. */
export const captureSchema = z.object({
  instanceId: z.string().min(8).max(64),
  origin: webOrigin,
  profileId: z.string().min(1).max(40),
  applicationKey: z.string().min(1).max(80),
  page: z.enum(['household', 'signature', 'eligibility']),
  values: z.partialRecord(z.enum(CAPTURED_FIELDS), text(1000)),
  missing: z.array(z.enum(CAPTURED_FIELDS)),
  ambiguous: z.array(z.enum(CAPTURED_FIELDS)),
});
export type CaptureMessage = z.infer<typeof captureSchema>;

/** The NCAF values the background asks a portal tab to type in. */
export const ncafValuesSchema = z.object({
  caseNumber: text(60).min(1),
  firstName: text(100).min(1),
  lastName: text(100).min(1),
  dateOfBirth: z.iso.date(),
  assistedDate: z.iso.date(),
  reason: z.enum(NCAF_REASON_CODES),
  program: z.enum(PROGRAM_CODES),
  assisterId: z.string().regex(/^[A-Za-z0-9]{9}$/),
  organization: text(100).min(1),
  signature: text(80).min(1),
});

export const caseIdSchema = z.object({ caseId: z.string().min(1).max(64) });
export const emptySchema = z.object({}).strict();

const PAST_DATE_MESSAGE = 'must be a real date written YYYY-MM-DD';

/** A case the navigator adds by hand (a paper application, say), as typed in the options page. */
export const manualCaseSchema = z.object({
  caseNumber: z
    .string()
    .trim()
    .min(1, 'Case number is required')
    .max(20, 'Case number is too long'),
  firstName: z
    .string()
    .trim()
    .min(1, 'First name is required')
    .max(100, 'First name is longer than 100 characters'),
  lastName: z
    .string()
    .trim()
    .min(1, 'Last name is required')
    .max(100, 'Last name is longer than 100 characters'),
  dateOfBirth: z.iso.date(`Date of birth ${PAST_DATE_MESSAGE}`),
  assistedDate: z.iso.date(`Date assisted ${PAST_DATE_MESSAGE}`),
  program: z.enum(PROGRAM_CODES, 'Choose the program'),
  reason: z.enum(NCAF_REASON_CODES, 'Choose the reason for the form'),
});
export type ManualCaseInput = z.infer<typeof manualCaseSchema>;
