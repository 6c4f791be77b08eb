import { describe, expect, it } from 'vitest';
import { claimHintPattern, claimPatterns } from '../../../src/claims/find-claims';
import { PatternWarmer } from '../../../src/claims/warm-up';

describe('PatternWarmer', () => {
  it('runs every pattern on one-byte and two-byte text, twice each, and puts lastIndex back', () => {
    const runs: string[] = [];
    const patterns = [/a/g, /b/y, /c/].map((re) => {
      const exec = re.exec.bind(re);
      re.exec = (text: string) => {
        runs.push(`${re.source}:${[...text].some((ch) => ch.charCodeAt(0) > 0xff) ? 'two-byte' : 'one-byte'}`);
        return exec(text);
      };
      return re;
    });
    (patterns[0] as RegExp).lastIndex = 7;
    expect(new PatternWarmer(patterns).step(() => false)).toBe(true);
    expect(runs).toEqual(['a', 'b', 'c'].flatMap((s) => [`${s}:one-byte`, `${s}:one-byte`, `${s}:two-byte`, `${s}:two-byte`]));
    expect(patterns.map((re) => re.lastIndex)).toEqual([7, 0, 0]);
  });

  it('stops when told to and goes on where it stopped', () => {
    const patterns = [claimHintPattern(), ...claimPatterns()];
    const warmer = new PatternWarmer(patterns);
    let steps = 1;
    while (!warmer.step(() => true)) steps++;
    // One pattern per step when every check says stop: a slice never compiles more than it must.
    expect(steps).toBe(patterns.length);
    expect(patterns.length).toBeGreaterThan(200);
  });
});
