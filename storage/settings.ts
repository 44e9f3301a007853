import { z } from 'zod';
import {
  ALERT_THRESHOLD_DAYS,
  DEFAULT_PAYMENT_PER_DETERMINATION_USD,
  DEFAULT_RENEWAL_OUTREACH_LEAD_DAYS,
} from '../policy/rules';
import type { CaseDatabase } from './db';

const SETTINGS_KEY = 'settings';

/** The navigator's standing consent to e-sign NCAFs filed automatically, for the audit log. */
export const signatureConsentSchema = z.object({
  name: z.string().trim().min(2, 'Type your full name to consent').max(80),
  givenAt: z.number().int().positive(),
  statement: z.string().min(1),
});
export type SignatureConsent = z.infer<typeof signatureConsentSchema>;

/** The words a navigator agrees to when giving standing consent. */
export const CONSENT_STATEMENT =
  'I authorise Case Associator to sign each Navigator Case Association Form it files for me ' +
  'with my typed name, for consumers I assisted, until I withdraw this consent.';

/** Options the navigator sets; every field validated, with errors that name it. */
export const settingsSchema = z.object({
  navigatorName: z.string().trim().max(80, 'Your name must be 80 characters or fewer'),
  assisterId: z
    .string()
    .trim()
    .regex(/^([A-Za-z0-9]{9})?$/, 'Assister ID must be exactly 9 letters or digits'),
  referenceNumber: z
    .string()
    .trim()
    .regex(/^(\d{7})?$/, 'Reference number must be exactly 7 digits'),
  organization: z.string().trim().max(100, 'Organization must be 100 characters or fewer'),
  autoFile: z.boolean(),
  autoFileDelayMinutes: z
    .number({ error: 'Auto-filing delay must be a number of minutes' })
    .int('Auto-filing delay must be whole minutes')
    .min(0, 'Auto-filing delay cannot be negative')
    .max(24 * 60, 'Auto-filing delay must be 24 hours (1440 minutes) or less'),
  signatureConsent: signatureConsentSchema.nullable(),
  alertThresholdDays: z
    .array(
      z
        .number({ error: 'Each alert threshold must be a number of days' })
        .int('Alert thresholds must be whole days')
        .min(1, 'Alert thresholds must be at least 1 day')
        .max(29, 'Alert thresholds must be under 30 days'),
    )
    .max(6, 'At most 6 alert thresholds'),
  paymentRateUsd: z
    .number({ error: 'Payment rate must be a number of dollars' })
    .positive('Payment rate must be more than $0')
    .max(10_000, 'Payment rate must be $10,000 or less'),
  renewalLeadDays: z
    .number({ error: 'Renewal outreach lead time must be a number of days' })
    .int('Renewal outreach lead time must be whole days')
    .min(0, 'Renewal outreach lead time cannot be negative')
    .max(120, 'Renewal outreach lead time must be 120 days or less'),
});
export type Settings = z.infer<typeof settingsSchema>;

/** Settings before the navigator has changed anything. */
export const DEFAULT_SETTINGS: Settings = {
  navigatorName: '',
  assisterId: '',
  referenceNumber: '',
  organization: '',
  autoFile: true,
  autoFileDelayMinutes: 0,
  signatureConsent: null,
  alertThresholdDays: [...ALERT_THRESHOLD_DAYS],
  paymentRateUsd: DEFAULT_PAYMENT_PER_DETERMINATION_USD,
  renewalLeadDays: DEFAULT_RENEWAL_OUTREACH_LEAD_DAYS,
};

/** True when the settings hold everything an NCAF needs from the navigator. */
export function isFilingSetUp(settings: Settings): boolean {
  return Boolean(settings.navigatorName && settings.assisterId && settings.organization);
}

/** Reads the settings; a stored value that no longer validates falls back field by field. */
export async function loadSettings(db: CaseDatabase): Promise<Settings> {
  const stored = (await db.kv.get(SETTINGS_KEY))?.value as Record<string, unknown> | undefined;
  const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const [key, schema] of Object.entries(settingsSchema.shape)) {
    const parsed = schema.safeParse(stored?.[key]);
    if (parsed.success) settings[key] = parsed.data;
  }
  return settings as Settings;
}

/** Validates and stores settings. Throws the zod error (naming each field) when invalid. */
export async function saveSettings(db: CaseDatabase, input: unknown): Promise<Settings> {
  const settings = settingsSchema.parse(input);
  await db.kv.put({ key: SETTINGS_KEY, value: settings });
  return settings;
}
