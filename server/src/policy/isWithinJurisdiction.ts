/**
 * Whether a case's division lies within a user's jurisdiction: the user's division and
 * everything below it. Division codes are hierarchical: six digits for the province (990000),
 * a city (990100) and a county (990102), nine for a township (990102001). A code of any other
 * shape grants nothing.
 */
export function isWithinJurisdiction(userDivision: string, caseDivision: string): boolean {
  const prefix = jurisdictionPrefix(userDivision);
  return prefix.length > 0 && caseDivision.startsWith(prefix);
}

/**
 * The part of a division code that a jurisdiction spans: '99' for the province 990000, '9901'
 * for the city 990100, '990102' for the county; a township's nine digits are a leaf (its own
 * '00' groups are part of its number, not a level: 990102100 does not span 990102101). Empty,
 * i.e. nothing, for a code that is neither six nor nine digits.
 */
export function jurisdictionPrefix(division: string): string {
  if (/^\d{9}$/.test(division)) return division;
  if (!/^\d{6}$/.test(division)) return '';
  if (division.endsWith('0000')) return division.slice(0, 2);
  if (division.endsWith('00')) return division.slice(0, 4);
  return division;
}
