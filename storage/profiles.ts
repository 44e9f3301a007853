import { z } from 'zod';
import { BUILTIN_PROFILES } from '../portal-adapters/builtin-profiles';
import { portalProfileSchema, type PortalProfile } from '../portal-adapters/profile-schema';
import type { CaseDatabase } from './db';
import type { FieldProblem } from './records';

const IMPORTED_KEY = 'importedProfiles';

/** A profile whose patterns compile: a pattern that is not a regular expression is refused. */
const importableProfileSchema = portalProfileSchema.superRefine((profile, context) => {
  const patterns: [string, string][] = [
    ['applicationKeyPattern', profile.applicationKeyPattern],
    ['caseNumberPattern', profile.caseNumberPattern],
    ...Object.entries(profile.pages).map(([kind, rule]): [string, string] => [
      `pages.${kind}.path`,
      rule.path,
    ]),
  ];
  for (const [path, pattern] of patterns) {
    try {
      new RegExp(pattern, 'u');
    } catch {
      context.addIssue({
        code: 'custom',
        path: path.split('.'),
        message: 'is not a valid regular expression',
      });
    }
  }
});

/** The profiles in force: the built-in ones, each replaced by an imported profile of the same id. */
export async function loadProfiles(db: CaseDatabase): Promise<PortalProfile[]> {
  const imported = await importedProfiles(db);
  const byId = new Map(BUILTIN_PROFILES.map((profile) => [profile.id, profile]));
  for (const profile of imported) byId.set(profile.id, profile);
  return [...byId.values()];
}

/** The profile with an id, imported or built in. */
export async function profileById(db: CaseDatabase, id: string): Promise<PortalProfile | null> {
  return (await loadProfiles(db)).find((profile) => profile.id === id) ?? null;
}

/**
 * Imports a profile file (JSON text). An invalid file is refused with zod's errors by field and
 * the profile in force stays as it was; a valid one replaces the profile with its id.
 */
export async function importProfile(
  db: CaseDatabase,
  text: string,
): Promise<{ ok: true; profile: PortalProfile } | { ok: false; errors: FieldProblem[] }> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      errors: [{ field: 'file', message: `is not JSON: ${(error as Error).message}` }],
    };
  }
  const parsed = importableProfileSchema.safeParse(json);
  if (!parsed.success) return { ok: false, errors: problems(parsed.error) };

  const others = (await importedProfiles(db)).filter((profile) => profile.id !== parsed.data.id);
  await db.kv.put({ key: IMPORTED_KEY, value: [...others, parsed.data] });
  return { ok: true, profile: parsed.data };
}

async function importedProfiles(db: CaseDatabase): Promise<PortalProfile[]> {
  const stored = (await db.kv.get(IMPORTED_KEY))?.value;
  const parsed = z.array(portalProfileSchema).safeParse(stored ?? []);
  return parsed.success ? parsed.data : [];
}

function problems(error: z.ZodError): FieldProblem[] {
  return error.issues.map((issue) => ({
    field: issue.path.join('.') || 'profile',
    message: issue.message,
  }));
}
