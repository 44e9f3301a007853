import type { PageKind, PortalProfile } from './profile-schema';
import { PAGE_KINDS } from './profile-schema';
import { visibleText } from './text';

/**
 * Recognises a portal page by its URL path and its heading text, both declared by the profile.
 * Returns null when nothing matches: an unrecognised page is never read.
 */
export function recognisePage(
  doc: Document,
  path: string,
  profile: PortalProfile,
): PageKind | null {
  const headings = Array.from(doc.querySelectorAll(profile.headingSelector), visibleText);

  for (const kind of PAGE_KINDS) {
    const rule = profile.pages[kind];
    if (!rule) continue;
    if (!new RegExp(rule.path).test(path)) continue;
    if (headings.includes(rule.heading)) return kind;
  }
  return null;
}

/** The first profile that recognises the page, with the page's kind. */
export function pickProfile(
  doc: Document,
  path: string,
  profiles: readonly PortalProfile[],
): { profile: PortalProfile; kind: PageKind } | null {
  for (const profile of profiles) {
    const kind = recognisePage(doc, path, profile);
    if (kind) return { profile, kind };
  }
  return null;
}

/** The portal's own key for the application a page belongs to, read from the URL path. */
export function applicationKey(path: string, profile: PortalProfile): string | null {
  return new RegExp(profile.applicationKeyPattern).exec(path)?.[1] ?? null;
}
