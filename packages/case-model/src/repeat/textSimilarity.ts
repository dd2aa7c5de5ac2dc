const numerals = '〇一二三四五六七八九';
// Particles that carry no matter; dropping them keeps bigrams such as 补偿款 aligned across paraphrases.
const particles = /[的了着]/g;

/**
 * The set of character bigrams of a Chinese text, after normalising: NFKC (full-width forms),
 * lower case, Arabic digits as Chinese numerals (5月 = 五月), particles 的/了/着 dropped; bigrams
 * never span punctuation or spaces.
 */
export function characterBigrams(text: string): ReadonlySet<string> {
  const normalised = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[0-9]/g, (digit) => numerals.charAt(Number(digit)))
    .replace(particles, '');
  const bigrams = new Set<string>();
  for (const segment of normalised.split(/[^\p{Script=Han}\p{L}\p{N}]+/u)) {
    const chars = [...segment];
    for (let i = 0; i + 1 < chars.length; i += 1) bigrams.add(`${chars[i]}${chars[i + 1]}`);
  }
  return bigrams;
}

/**
 * Dice similarity of two texts over their character bigram sets: 2|A∩B| / (|A| + |B|), in 0..1.
 * Two texts without any bigram score 0.
 */
export function textSimilarity(a: string, b: string): number {
  const left = characterBigrams(a);
  const right = characterBigrams(b);
  if (left.size + right.size === 0) return 0;
  let shared = 0;
  for (const bigram of left) if (right.has(bigram)) shared += 1;
  return (2 * shared) / (left.size + right.size);
}
