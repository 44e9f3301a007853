import { describe, expect, it } from 'vitest';
import { metsProfile } from '../../../portal-adapters/mets-profile';
import { losesLetters, toPortalCharacters } from '../../../portal-adapters/normalise';

const METS = metsProfile.allowedNameCharacters;

describe('typing names the portal accepts', () => {
  it.each([
    ['Renée', 'Renee'],
    ["O'Connell", 'OConnell'],
    ['Đặng', 'Dang'],
    ['Søren  Łukasz', 'Soren Lukasz'],
    ['Strauß', 'Strauss'],
    ['Mary-Jo St. James', 'Mary-Jo St. James'],
  ])('should type %s as %s', (input, expected) => {
    expect(toPortalCharacters(input, METS)).toBe(expected);
  });

  it.each([
    ['Абдуллахи', true],
    ['محمد', true],
    ['Nguyễn', false],
    ["O'Connell", false],
    ['Đặng', false],
  ])('should say whether %s loses letters on METS (%s)', (input, expected) => {
    expect(losesLetters(input, METS)).toBe(expected);
  });
});
