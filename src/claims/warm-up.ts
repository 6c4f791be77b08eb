/**
 * V8 compiles a regular expression the first time it runs (once for text of
 * one-byte characters, once for two-byte text) and again to machine code on a
 * later run. The claims engine has about 230 patterns: compiling them costs
 * about 200 ms, and on the first page a renderer opened, the first block the
 * engine read paid 25–70 ms of it in one go, a long task. Warming them up
 * first, a few at a time between slices, keeps every task short.
 */

/** One-byte and two-byte text (a curly quote and a dash), each run twice so the pattern also gets machine code. */
const SAMPLES = ['warm up: 2023, a b.', 'warm up: ‘2023’ – a b.'];

export class PatternWarmer {
  private next = 0;

  constructor(private readonly patterns: readonly RegExp[]) {}

  /** Warms patterns until `shouldYield()` says stop; returns true when all are done. */
  step(shouldYield: () => boolean): boolean {
    while (this.next < this.patterns.length) {
      const re = this.patterns[this.next++] as RegExp;
      // The pattern itself is run (not a copy), so its lastIndex is put back as it was.
      const lastIndex = re.lastIndex;
      for (const sample of SAMPLES) {
        for (let run = 0; run < 2; run++) {
          re.lastIndex = 0;
          re.exec(sample);
        }
      }
      re.lastIndex = lastIndex;
      if (shouldYield()) break;
    }
    return this.next >= this.patterns.length;
  }
}
