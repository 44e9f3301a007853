import { z } from 'zod';

/** The case fields an adapter may read from application pages: the allow-list, nothing else. */
export const CAPTURED_FIELDS = [
  'firstName',
  'lastName',
  'dateOfBirth',
  'county',
  'preferredLanguage',
  'assisterHelped',
  'assisterIdOnApplication',
  'caseNumber',
  'program',
  'eligibilityStatus',
  'determinationDate',
] as const;
export type CapturedField = (typeof CAPTURED_FIELDS)[number];

/** Every page an adapter can recognise. */
export const PAGE_KINDS = [
  'login',
  'dashboard',
  'household',
  'signature',
  'eligibility',
  'ncafForm',
  'ncafConfirmation',
  'associations',
  'maintenance',
  'serverError',
  'forbidden',
] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

/** The NCAF form fields the filer fills, in the order a person would. */
export const NCAF_FIELDS = [
  'caseNumber',
  'firstName',
  'lastName',
  'dateOfBirth',
  'assistedDate',
  'reason',
  'program',
  'assisterId',
  'organization',
  'signature',
] as const;
export type NcafField = (typeof NCAF_FIELDS)[number];

const cssSelector = z.string().min(1).max(300);
const labelText = z.string().min(1).max(200);

/**
 * Where a value lives on a page: a CSS selector first, then the visible label text, so a renamed
 * id still resolves. `input` covers inputs, selects and textareas named by a `<label for>`;
 * `cell` is a table cell named by the `<th>` of its row; `radio` is the checked input of a group
 * named by its `<legend>`.
 */
export const locatorSchema = z.object({
  kind: z.enum(['input', 'cell', 'radio']),
  selector: cssSelector,
  label: labelText.optional(),
});
export type Locator = z.infer<typeof locatorSchema>;

const pageRuleSchema = z.object({
  path: z.string().min(1).describe('a regular expression matched against the URL path'),
  heading: labelText.describe('the exact text of the page heading'),
});

const dateFormatSchema = z.enum(['MM/dd/yyyy', 'yyyy-MM-dd']);

const fieldMapSchema = z.partialRecord(z.enum(CAPTURED_FIELDS), locatorSchema);

/** A portal profile: everything the extension knows about one portal generation, as data. */
export const portalProfileSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]{1,30}$/),
  name: z.string().min(1).max(80),
  version: z.number().int().positive(),
  hostPatterns: z.array(z.string().min(1)).min(1),
  headingSelector: cssSelector,
  pages: z.partialRecord(z.enum(PAGE_KINDS), pageRuleSchema),
  applicationKeyPattern: z.string().min(1),
  caseNumberPattern: z.string().min(1),
  dateFormat: dateFormatSchema,
  allowedNameCharacters: z.string().min(1).describe('a regular-expression character class body'),
  fields: z.object({
    household: fieldMapSchema,
    signature: fieldMapSchema,
    eligibility: fieldMapSchema,
  }),
  valueMaps: z.object({
    program: z.record(z.string(), z.enum(['MA', 'MNCARE', 'QHP_APTC', 'QHP'])),
    eligibilityStatus: z.record(z.string(), z.enum(['pending', 'approved', 'active'])),
    assisterHelped: z.record(z.string(), z.enum(['yes', 'no'])),
  }),
  ncaf: z.object({
    path: z.string().startsWith('/'),
    fields: z.record(z.enum(NCAF_FIELDS), locatorSchema),
    attest: locatorSchema.optional(),
    submit: cssSelector,
    reasonOptions: z.record(z.string(), z.string()),
    programOptions: z.record(z.string(), z.string()),
    errorItems: cssSelector,
    alreadyAssociatedText: labelText,
    /** Text of the portal's own "your request may not have been saved" message, if it has one. */
    noAnswerText: labelText.optional(),
    confirmationNumber: locatorSchema,
  }),
  lookup: z.object({
    path: z.string().includes('{caseNumber}'),
    /** The results table: rows are read only once it is on the page, so "no rows" is real. */
    table: cssSelector,
    rows: cssSelector,
    columns: z.object({
      caseNumber: z.number().int().nonnegative(),
      assisterId: z.number().int().nonnegative(),
      confirmationNumber: z.number().int().nonnegative(),
    }),
  }),
});
export type PortalProfile = z.infer<typeof portalProfileSchema>;
