/**
 * Whether a case's division lies within a user's jurisdiction: the user's division and
 * everything below it. Division codes are hierarchical (99 province, 9901 city, 990102 county,
 * 990102001 township); trailing "00" pairs of the user's code mark the levels it spans.
 */
export function isWithinJurisdiction(userDivision: string, caseDivision: string): boolean {
  const prefix = jurisdictionPrefix(userDivision);
  return prefix.length > 0 && caseDivision.startsWith(prefix);
}

/** The part of a division code that a jurisdiction spans: '9901' for the city 990100. */
export function jurisdictionPrefix(division: string): string {
  let prefix = division;
  while (prefix.length > 2 && prefix.endsWith('00')) prefix = prefix.slice(0, -2);
  return prefix;
}
