import { metsProfile } from './mets-profile';
import { qestProfile } from './qest-profile';
import type { PortalProfile } from './profile-schema';

/** The profiles shipped with the extension, newest portal generation first. */
export const BUILTIN_PROFILES: readonly PortalProfile[] = [qestProfile, metsProfile];

/** The built-in profile with an id, or null. */
export function builtinProfile(id: string): PortalProfile | null {
  return BUILTIN_PROFILES.find((profile) => profile.id === id) ?? null;
}
