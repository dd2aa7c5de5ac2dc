/**
 * Whether a case's division lies within a user's jurisdiction: the user's division and
 * everything below it. Division codes are hierarchical (99 province, 9901 city, 990102 county,
 * 990102001 township); trailing "00" pairs of the user's code mark the levels it spans.
 */
export function isWithinJurisdiction(userDivision: string, caseDivision: string): boolean {
  let prefix = userDivision;
  while (prefix.length > 2 && prefix.endsWith('00')) prefix = prefix.slice(0, -2);
  return prefix.length > 0 && caseDivision.startsWith(prefix);
}
