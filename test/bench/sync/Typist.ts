/**
 * Deterministic typing: a few letters at a cursor that advances as it types and, now and then
 * (5% of edits), jumps elsewhere in the text, like an editor user. Seeded (mulberry32).
 */
export class Typist {
  private state: number;
  private cursor = 0;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  private random(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** The next edit for a text currently `length` characters long: insert `content` at `index`. */
  next(length: number): { index: number; content: string } {
    if (this.random() < 0.05) this.cursor = Math.floor(this.random() * (length + 1));
    const index = Math.min(this.cursor, length);
    const size = 2 + Math.floor(this.random() * 4);
    let content = '';
    for (let i = 0; i < size; i++)
      content += String.fromCharCode(97 + Math.floor(this.random() * 26));
    this.cursor = index + size;
    return { index, content };
  }
}
