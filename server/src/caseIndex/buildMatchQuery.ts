import { splitRuns } from './segmentText.ts';

/**
 * Turns a search box's text into an FTS5 query over `segmentText`'s tokens: each Han run must
 * appear as the phrase of its bigrams (one character: any token starting with it), each other
 * word as a token; all of them (AND). Null when the text has nothing searchable.
 */
export function buildMatchQuery(text: string): string | null {
  const terms: string[] = [];
  for (const run of splitRuns(text)) {
    if (run.kind === 'word') terms.push(`"${run.word}"`);
    else if (run.chars.length === 1) terms.push(`"${run.chars[0]}"*`);
    else {
      const bigrams = run.chars.slice(1).map((char, i) => run.chars[i] + char);
      terms.push(`"${bigrams.join(' ')}"`);
    }
  }
  return terms.length > 0 ? terms.join(' AND ') : null;
}
