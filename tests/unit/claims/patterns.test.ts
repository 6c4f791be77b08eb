/**
 * The claims engine's patterns are compiled by V8 the first time each one
 * runs, which on a fresh page costs tens of milliseconds at once; the page
 * session warms them up in slices first (src/page/warm-up.ts). That only
 * works if `claimPatterns()` lists every pattern `findClaims` runs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { claimPatterns, findClaims } from '../../../src/claims/find-claims';
import { REPO_ROOT } from '../citations/helpers';

const METHODS = ['exec', 'test', Symbol.replace, Symbol.split, Symbol.match, Symbol.matchAll, Symbol.search] as const;
type Proto = Record<string | symbol, (...args: unknown[]) => unknown>;

describe('claimPatterns', () => {
  const used = new Set<RegExp>();
  let recording = false;
  const originals = new Map<string | symbol, (...args: unknown[]) => unknown>();
  beforeEach(() => {
    const proto = RegExp.prototype as unknown as Proto;
    for (const name of METHODS) {
      const original = proto[name] as (...args: unknown[]) => unknown;
      originals.set(name, original);
      proto[name] = function (this: RegExp, ...args: unknown[]) {
        if (recording) used.add(this);
        return original.apply(this, args);
      };
    }
  });
  afterEach(() => {
    const proto = RegExp.prototype as unknown as Proto;
    for (const [name, original] of originals) proto[name] = original;
  });

  it('lists every pattern findClaims runs over the labelled pages', () => {
    const dir = path.join(REPO_ROOT, 'tests/fixtures/claims');
    let blocks = 0;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      const page = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as { blocks: { text: string }[] };
      for (const block of page.blocks) {
        recording = true;
        findClaims(block.text);
        recording = false;
        blocks++;
      }
    }
    // V8 shares compiled code between patterns of the same source and flags (matchAll runs a copy).
    const key = (re: RegExp) => `/${re.source}/${re.flags}`;
    const listed = new Set(claimPatterns().map(key));
    const missing = [...new Set([...used].map(key))].filter((k) => !listed.has(k));
    expect(blocks).toBeGreaterThan(500);
    expect(used.size).toBeGreaterThan(50);
    expect(missing).toEqual([]);
  });
});
