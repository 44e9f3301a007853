/**
 * Reduces a value to the characters a portal accepts, for the copy typed into its form only;
 * the case keeps the original spelling. Accents fold to their base letter (Renée to Renee) and
 * anything else the portal refuses (an apostrophe, say) is dropped.
 */
export function toPortalCharacters(value: string, allowedCharacterClass: string): string {
  const refused = new RegExp(`[^${allowedCharacterClass}]`, 'gu');
  if (!new RegExp(`[^${allowedCharacterClass}]`, 'u').test(value)) {
    return value.replace(/\s+/g, ' ').trim();
  }
  return foldLetters(value)
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(refused, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Latin letters with no decomposed form, and the plain letters people type for them. */
const FOLDED_LETTERS: Record<string, string> = {
  Đ: 'D',
  đ: 'd',
  Ø: 'O',
  ø: 'o',
  Ł: 'L',
  ł: 'l',
  ß: 'ss',
  Æ: 'Ae',
  æ: 'ae',
  Œ: 'Oe',
  œ: 'oe',
  Þ: 'Th',
  þ: 'th',
  ı: 'i',
};

function foldLetters(value: string): string {
  return value.replace(/[ĐđØøŁłßÆæŒœÞþı]/g, (letter) => FOLDED_LETTERS[letter] ?? letter);
}

/**
 * True when reducing a name to the portal's characters would drop letters, as with a name in
 * Cyrillic or Arabic script for METS: typing what is left would file a different name.
 */
export function losesLetters(value: string, allowedCharacterClass: string): boolean {
  const letters = (text: string) => (text.normalize('NFD').match(/\p{L}/gu) ?? []).length;
  return letters(toPortalCharacters(value, allowedCharacterClass)) < letters(foldLetters(value));
}
