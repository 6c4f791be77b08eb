import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifySentence, findClaims, mayContainClaim } from '../../../src/claims/find-claims';
import { CLAIM_KINDS, type ClaimKind } from '../../../src/claims/kinds';
import { isNegated } from '../../../src/claims/language/negation';
import { splitSentences } from '../../../src/claims/language/sentences';
import { CLAIM_KIND_MODULES } from '../../../src/claims/registry';

const sentences = (text: string) => splitSentences(text).map(({ start, end }) => text.slice(start, end));
const moduleOf = (kind: ClaimKind) => CLAIM_KIND_MODULES.find((m) => m.kind === kind);

/** Whether the rules of `kind` alone fire on the sentence (a trigger, not negated, not excepted). */
function fires(kind: ClaimKind, sentence: string): boolean {
  const rules = moduleOf(kind)?.rules ?? [];
  return (
    mayContainClaim(sentence, kind) &&
    rules.some(
      (r) => !r.unless?.test(sentence) && [...sentence.matchAll(r.re)].some((m) => !isNegated(sentence, m.index, r.negation)),
    )
  );
}

describe('priority', () => {
  it('is the registry order', () => {
    expect(CLAIM_KIND_MODULES.map((m) => m.kind)).toEqual([
      'testimonial',
      'cure',
      'efficacy',
      'safety',
      'approval',
      'urgency',
      'call-to-action',
      'social-proof',
    ]);
  });

  it.each<[string, ClaimKind, ClaimKind[]]>([
    // A patient's story stays a story even when it praises results.
    ['Patients report more energy and easier breathing after treatment.', 'testimonial', ['efficacy']],
    ['Users say BPC-157 completely eliminated their old shoulder and knee injuries.', 'testimonial', ['cure']],
    ['Our cord blood therapy repairs injured brain tissue and helps children gain new motor skills.', 'cure', ['efficacy']],
    ['Our protocol reverses MS damage and is completely safe.', 'cure', ['safety']],
    // What a treatment is said to do outweighs the offer attached to it.
    ['Book now to reverse your MS.', 'cure', ['call-to-action']],
    ['Get back to the life you love — book a spine consultation.', 'efficacy', ['call-to-action']],
    ['Thousands of patients have found relief with our non-surgical treatments.', 'efficacy', ['social-proof']],
    ['The infusions are safe and have been given thousands of times.', 'safety', ['social-proof']],
    ['Our FDA-registered laboratory has processed cells for over 5,000 patients since 2012.', 'approval', ['social-proof']],
    ['Call before Friday to claim this offer.', 'urgency', ['call-to-action']],
  ])('%s → %s over %j', (sentence, winner, losers) => {
    expect(classifySentence(sentence)?.kind).toBe(winner);
    for (const loser of losers) expect(fires(loser, sentence), `${loser} fires`).toBe(true);
  });
});

describe('hedges', () => {
  it.each([
    ['Stem cells may help reduce inflammation.', true],
    ['CJC-1295 could improve skin elasticity.', true],
    ['Regenerative injections heal partial tears without surgery.', false],
    ['Our treatment improves mobility.', false],
  ])('%s → hedged %s', (sentence, hedged) => {
    expect(classifySentence(sentence)?.hedged).toBe(hedged);
  });
});

describe('findClaims', () => {
  it('returns offsets into the input and the exact sentence', () => {
    const text = 'Stem cells are cells. Our protocol reverses MS damage.  Results may vary. Book now!';
    const found = findClaims(text);
    expect(found.map((c) => [c.kind, c.text])).toEqual([
      ['cure', 'Our protocol reverses MS damage.'],
      ['call-to-action', 'Book now!'],
    ]);
    for (const c of found) expect(text.slice(c.start, c.end)).toBe(c.text);
  });

  it('reads only the answer of a heading that asks a question', () => {
    expect(findClaims("Can Stem Cells Slow Parkinson's? What the Latest Research Shows", 'heading')).toEqual([]);
    expect(findClaims('Tired of Knee Pain? Stem Cells Regrow Your Cartilage', 'heading').map((c) => c.kind)).toEqual(['cure']);
  });

  it('reads financing "with approved credit" as an offer, not an approval', () => {
    expect(findClaims('We offer financing with approved credit, and a $500 discount for veterans.').map((c) => c.kind)).toEqual([
      'call-to-action',
    ]);
  });

  it('reads a labelled reference entry as a reference', () => {
    expect(
      findClaims(
        'Related research: Bennell KL, et al. Effect of intra-articular platelet-rich plasma vs placebo injection on pain and cartilage volume. JAMA. 2021.',
      ),
    ).toEqual([]);
    expect(
      findClaims(
        "Freed et al. Survival of implanted fetal dopamine cells and neurologic improvement 12 to 46 months after transplantation for Parkinson's disease. N Engl J Med. 1992;327:1549.",
        'list-item',
      ),
    ).toEqual([]);
    // Without a year it is not an entry.
    expect(findClaims('Genchi et al. Stem cells repair the damage MS leaves behind.').map((c) => c.kind)).toEqual(['cure']);
  });

  it('reads a banner in capitals as a claim when it asserts something', () => {
    expect(findClaims('NO SIDE EFFECTS HAVE BEEN REPORTED', 'heading').map((c) => c.kind)).toEqual(['safety']);
    expect(findClaims('BETTER RESULTS THAN PRP IN HALF THE SESSIONS', 'heading').map((c) => c.kind)).toEqual(['efficacy']);
    expect(findClaims('Fades acne scars and sun damage', 'list-item').map((c) => c.kind)).toEqual(['efficacy']);
    expect(findClaims('Slows the progression of arthritis.', 'list-item').map((c) => c.kind)).toEqual(['efficacy']);
    expect(findClaims('Results That Last for Years, Not Weeks', 'heading').map((c) => c.kind)).toEqual(['efficacy']);
    expect(findClaims('Sharper memory and focus in as little as two weeks.', 'list-item').map((c) => c.kind)).toEqual([
      'efficacy',
    ]);
    expect(findClaims('Home › Blog › Knee › 9 Benefits of PRP Injections for Knee Arthritis')).toEqual([]);
    expect(
      findClaims(
        'Recent clinical trials with stem cells to slow or reverse normal aging processes. Frontiers in Aging, 2023. https://doi.org/10.3389/fragi.2023.1148926',
        'list-item',
      ),
    ).toEqual([]);
  });

  it('reads a short list item as a claim when it counts patients, promises safety or says what clients see', () => {
    expect(findClaims('Over 25,000 IV sessions delivered.', 'list-item').map((c) => c.kind)).toEqual(['social-proof']);
    expect(findClaims('100% natural with zero side effects', 'list-item').map((c) => c.kind)).toEqual(['safety']);
    expect(findClaims('Up to 90% of clients see visible regrowth after three sessions.', 'list-item').map((c) => c.kind)).toEqual(
      ['efficacy'],
    );
    // A feature of the service names no outcome.
    expect(findClaims('Lunchtime treatment', 'list-item')).toEqual([]);
  });

  it('reads a reference printed without authors as a reference, and a product with its dose as a name', () => {
    expect(
      findClaims(
        'Recent clinical trials with stem cells to slow or reverse normal aging processes. Front Aging. 2023;4. https://doi.org/10.3389/fragi.2023.1148926',
      ),
    ).toEqual([]);
    expect(findClaims('NAD+ Recharge (500 mg)', 'list-item')).toEqual([]);
    expect(
      findClaims('Supports the natural release of adult stem cells from your bone marrow*', 'list-item').map((c) => c.kind),
    ).toEqual(['efficacy']);
  });

  it('reads a numbered step of a programme as its name, not a promise', () => {
    expect(findClaims('2. Regenerate', 'heading')).toEqual([]);
    expect(findClaims('Regenerate', 'heading')).toEqual([]);
    expect(findClaims('Step 3: Strengthen', 'heading')).toEqual([]);
    expect(findClaims('Regenerate Your Knees', 'heading').map((c) => c.kind)).toEqual(['cure']);
  });

  it('reads a registry listing as a listing, not a claim', () => {
    expect(findClaims('NCT03838666 — adipose MSCs to enhance rotator cuff repair (terminated)', 'list-item')).toEqual([]);
  });

  it('reads a heading as one claim, whatever its full stops', () => {
    expect(findClaims('Breathe Deeper. Live Fuller.', 'heading').map((c) => c.text)).toEqual(['Breathe Deeper. Live Fuller.']);
  });

  it('reads a product named with claim words as a name, and the words as claims elsewhere', () => {
    expect(classifySentence('Ask about our Cell Boost protocol and the NAD+ Restore drips.')?.kind ?? null).not.toBe('efficacy');
    expect(classifySentence('Exosome Boost')).toBeNull();
    expect(classifySentence('Our cells boost your energy.')?.kind).toBe('efficacy');
    expect(classifySentence('Stem Cells Can Restore Your Knee')?.kind).toBe('cure');
  });

  it('reads a sentence after a study report as part of that report', () => {
    const text = 'A phase 1 study gave 10 patients their own cells. Seven of ten patients improved on at least one measure.';
    expect(findClaims(text)).toEqual([]);
  });

  it.each([['Opening hours: Monday to Friday.'], ['The procedure takes about two hours.']])(
    'skips a block without any trigger word: %s',
    (text) => {
      expect(mayContainClaim(text)).toBe(false);
      expect(findClaims(text)).toEqual([]);
    },
  );

  it.each([[undefined], [null], [42], [{}]])('never throws on non-text input %j', (input) => {
    expect(findClaims(input as unknown as string)).toEqual([]);
  });

  it('never throws and keeps offsets valid on any text', () => {
    const words = fc.constantFrom(
      'cure',
      'safe',
      'no',
      'not',
      'FDA approved',
      'Dr.',
      'et al.',
      '$5',
      '“',
      '”',
      '.',
      '?',
      '\n',
      ' ',
      'I',
      'feel',
      'better',
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(words).map((w) => w.join(' ')),
        ),
        (text) => {
          const found = findClaims(text);
          let last = 0;
          for (const c of found) {
            expect(c.start).toBeGreaterThanOrEqual(last);
            expect(c.end).toBeGreaterThan(c.start);
            expect(text.slice(c.start, c.end)).toBe(c.text);
            expect(CLAIM_KINDS).toContain(c.kind);
            last = c.end;
          }
        },
      ),
    );
  });

  it('gives the same verdict on a claim found alone as inside its block', () => {
    const block = 'Our stem cells repair damaged nerves. There is no cure for MS. Book a free consultation.';
    for (const c of findClaims(block)) expect(findClaims(c.text).map((m) => m.kind)).toEqual([c.kind]);
  });
});

/**
 * The work findClaims does, counted rather than timed (timings depend on the
 * machine's load): how many times its patterns run, and how many characters
 * they scan, from where each run starts (lastIndex for a global or sticky
 * pattern) to where its match ends or, when it fails, to the end of the text.
 * Every run goes through RegExp.prototype.exec, whatever method started it.
 */
function workOf(text: string): { runs: number; characters: number } {
  const proto = RegExp.prototype;
  const exec = proto.exec;
  let runs = 0;
  let characters = 0;
  proto.exec = function (this: RegExp, input: string) {
    const from = this.global || this.sticky ? this.lastIndex : 0;
    const match = exec.call(this, input);
    runs++;
    characters += (match ? match.index + match[0].length : String(input).length) - from;
    return match;
  };
  try {
    findClaims(text);
  } finally {
    proto.exec = exec;
  }
  return { runs, characters };
}

describe('findClaims: work', () => {
  it.each([
    ['repeated claims', 'Our stem cells cure MS and are completely safe. Book now for $99! '],
    ['one endless sentence', 'no no not never cure safe approved thousands of patients '],
    ['no punctuation or spaces', 'a'],
    ['dots and spaces', '. '],
    ['quotes and first person', '“I feel better” '],
    ['curly apostrophes', 'Don’t wait, it’s ours. '],
  ])('grows linearly on %s', (_name, unit) => {
    const small = workOf(unit.repeat(Math.ceil(20_000 / unit.length)));
    const large = workOf(unit.repeat(Math.ceil(160_000 / unit.length)));
    expect(small.runs).toBeGreaterThan(0);
    // 8× the text: linear work is 8× (to within the rounding of the repeats); quadratic would be 64×.
    expect(large.runs / small.runs).toBeLessThan(8.1);
    expect(large.characters / small.characters).toBeLessThan(8.1);
  });
});

interface Fixture {
  page: string;
  blocks: { text: string; claims: { text: string; kind: ClaimKind; hedged?: boolean }[] }[];
}
const FIXTURE_DIR = join(import.meta.dirname, '../../fixtures/claims');
const fixtures = readdirSync(FIXTURE_DIR)
  .filter((f) => f.endsWith('.json'))
  .map((file) => ({ file, ...(JSON.parse(readFileSync(join(FIXTURE_DIR, file), 'utf8')) as Fixture) }));
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('on the tuning pages (tests/fixtures/claims)', () => {
  it('number at least 40', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(40);
  });

  it.each(fixtures.map((f) => [f.file, f] as const))('%s: every labelled claim is a sentence of its block', (_file, fixture) => {
    expect(fixture.page.length).toBeGreaterThan(0);
    for (const block of fixture.blocks) {
      const split = sentences(block.text).map(norm);
      for (const claim of block.claims) {
        expect(CLAIM_KINDS).toContain(claim.kind);
        expect(split).toContain(norm(claim.text));
      }
    }
  });

  it('every sentence the rules flag passes the pre-check', () => {
    for (const { blocks } of fixtures)
      for (const block of blocks)
        for (const s of sentences(block.text)) if (classifySentence(s)) expect(mayContainClaim(s), s).toBe(true);
  });

  it('are read with precision ≥ 0.9 and recall ≥ 0.85', () => {
    let tp = 0;
    let predicted = 0;
    let labelled = 0;
    for (const { blocks } of fixtures) {
      for (const block of blocks) {
        const want = new Map(block.claims.map((c) => [norm(c.text), c.kind]));
        const got = findClaims(block.text);
        labelled += want.size;
        predicted += got.length;
        tp += got.filter((c) => want.get(norm(c.text)) === c.kind).length;
      }
    }
    expect(tp / predicted).toBeGreaterThanOrEqual(0.9);
    expect(tp / labelled).toBeGreaterThanOrEqual(0.85);
  });
});
