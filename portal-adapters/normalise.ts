/**
 * Reduces a value to the characters a portal accepts, for the copy typed into its form only;
 * the case keeps the original spelling. Accents fold to their base letter (Renée to Renee) and
 * anything else the portal refuses (an apostrophe, say) is dropped.
 */
export function toPortalCharacters(value: string, allowedCharacterClass: string): string {
  const refused = new RegExp(`[^${allowedCharacterClass}]`, 'g');
  return value
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(refused, '')
    .replace(/\s+/g, ' ')
    .trim();
}
