/** Runs of Han characters, or words of other letters and digits. */
const runPattern = /(\p{Script=Han}+)|((?:(?!\p{Script=Han})[\p{L}\p{N}])+)/gu;

/** One run of the text: a Han run (as characters) or a word of other letters and digits. */
export type TextRun =
  | { readonly kind: 'han'; readonly chars: readonly string[] }
  | {
      readonly kind: 'word';
      readonly word: string;
    };

/** Splits text into Han runs and other words; NFKC folds full-width forms, case is folded. */
export function splitRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  for (const match of text.normalize('NFKC').toLowerCase().matchAll(runPattern)) {
    if (match[1] !== undefined) runs.push({ kind: 'han', chars: Array.from(match[1]) });
    else if (match[2] !== undefined) runs.push({ kind: 'word', word: match[2] });
  }
  return runs;
}

/**
 * Segments text for the FTS5 index as space-separated tokens: each Han run gives its character
 * bigrams plus its last character alone (so one-character queries match as a prefix, and
 * two-character words match exactly, which the trigram tokenizer cannot); other words and
 * numbers are tokens as they are.
 */
export function segmentText(text: string): string {
  const tokens: string[] = [];
  for (const run of splitRuns(text)) {
    if (run.kind === 'word') {
      tokens.push(run.word);
      continue;
    }
    for (let i = 0; i + 1 < run.chars.length; i++) tokens.push(run.chars[i]! + run.chars[i + 1]!);
    tokens.push(run.chars[run.chars.length - 1]!);
  }
  return tokens.join(' ');
}
