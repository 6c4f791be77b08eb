/**
 * Convention tests for the claims engine: one module per claim kind, each in
 * the registry and with a test file of its own; and every pattern the engine
 * runs recorded by the factories, so the warm-up list is complete.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { claimPatterns, findClaims } from '../../../src/claims/find-claims';
import { CLAIM_KINDS } from '../../../src/claims/kinds';
import { CLAIM_KIND_MODULES } from '../../../src/claims/registry';
import { REPO_ROOT } from '../citations/helpers';

const KINDS_DIR = path.join(REPO_ROOT, 'src/claims/kinds');
const TESTS_DIR = path.join(REPO_ROOT, 'tests/unit/claims/kinds');

describe('the claim kinds', () => {
  it('are each in the registry once', () => {
    expect(CLAIM_KIND_MODULES.map((m) => m.kind).sort()).toEqual([...CLAIM_KINDS].sort());
  });

  it.each(readdirSync(KINDS_DIR).filter((f) => f.endsWith('.ts')))(
    '%s exports one kind, named like the file, and it is registered',
    async (file) => {
      const exported = Object.values(await import(path.join(KINDS_DIR, file)));
      expect(exported).toHaveLength(1);
      const [kind] = exported;
      expect(CLAIM_KIND_MODULES).toContain(kind);
      expect(`${(kind as { kind: string }).kind}.ts`).toBe(file);
    },
  );

  it.each(CLAIM_KINDS)('%s has a test file with a table of claims and one of not claims', (kind) => {
    const text = readFileSync(path.join(TESTS_DIR, `${kind}.test.ts`), 'utf8');
    expect(text).toContain(`from '../../../../src/claims/kinds/${kind}'`);
    expect(text).toMatch(/describeKind\(/);
    // A table opens with at least one sentence (comments between are allowed).
    expect(text).toMatch(/\bclaims: \[\s*(?:\/\/[^\n]*\s*)*['"]/);
    expect(text).toMatch(/\bnotClaims: \[\s*(?:\/\/[^\n]*\s*)*['"]/);
  });

  it.each(CLAIM_KIND_MODULES.map((m) => [m.kind, m] as const))(
    '%s: triggers are global and case-insensitive, exceptions keep no state',
    (_kind, { rules }) => {
      for (const rule of rules) {
        expect(rule.re.flags, rule.re.source).toBe('gi');
        // `unless` runs with test(): a global or sticky pattern would carry lastIndex from one sentence to the next.
        if (rule.unless) expect(rule.unless.global || rule.unless.sticky, rule.unless.source).toBe(false);
      }
    },
  );
});

const METHODS = ['exec', 'test', Symbol.replace, Symbol.split, Symbol.match, Symbol.matchAll, Symbol.search] as const;
type Proto = Record<string | symbol, (...args: unknown[]) => unknown>;

/**
 * The claims engine's patterns are compiled by V8 the first time each one
 * runs, which on a fresh page costs tens of milliseconds at once; the page
 * session warms them up in slices first (src/page/warm-up.ts). That only
 * works if `claimPatterns()`, the record the factories keep, holds every
 * pattern `findClaims` runs.
 */
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
