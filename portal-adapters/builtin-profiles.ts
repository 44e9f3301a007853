import { metsProfile } from './mets-profile';
import { qestProfile } from './qest-profile';
import type { PortalProfile } from './profile-schema';

/** The profiles shipped with the extension, newest portal generation first. */
export const BUILTIN_PROFILES: readonly PortalProfile[] = [qestProfile, metsProfile];
