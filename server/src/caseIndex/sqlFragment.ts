/** A piece of SQL with its named parameters (`@name`), to be combined into one statement. */
export interface SqlFragment {
  readonly sql: string;
  readonly params: Readonly<Record<string, string | number>>;
}

/** The exclusive upper bound of the strings that start with `prefix` (binary collation). */
export function prefixUpperBound(prefix: string): string {
  return `${prefix}\u{10FFFF}`;
}
