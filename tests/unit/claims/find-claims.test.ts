import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLAIM_RULES, classifySentence, findClaims, mayContainClaim, splitSentences } from '../../../src/claims/find-claims';
import { CLAIM_KINDS, type ClaimKind } from '../../../src/claims/kinds';

const sentences = (text: string) => splitSentences(text).map(({ start, end }) => text.slice(start, end));
const kindOf = (sentence: string) => classifySentence(sentence)?.kind ?? null;

describe('splitSentences', () => {
  it.each([
    ['Stem cells work. They really do!', ['Stem cells work.', 'They really do!']],
    [
      'Genchi et al. reported a phase 1 trial. It had 12 people.',
      ['Genchi et al. reported a phase 1 trial.', 'It had 12 people.'],
    ],
    ['Dr. Alvarez treats you. Call now.', ['Dr. Alvarez treats you.', 'Call now.']],
    ['PRP vs. saline was compared. Results were mixed.', ['PRP vs. saline was compared.', 'Results were mixed.']],
    ['Doses of 2.5 mg and 0.7 x10^6 cells/kg. Next sentence.', ['Doses of 2.5 mg and 0.7 x10^6 cells/kg.', 'Next sentence.']],
    [
      'Not approved by the U.S. Food and Drug Administration. Ask us.',
      ['Not approved by the U.S. Food and Drug Administration.', 'Ask us.'],
    ],
    ['It helps, e.g. with pain. Yes.', ['It helps, e.g. with pain.', 'Yes.']],
    ['Dr. A. Morales leads the team. Karen J. Smith agrees.', ['Dr. A. Morales leads the team.', 'Karen J. Smith agrees.']],
    ['It contains vitamin D. Take two capsules.', ['It contains vitamin D.', 'Take two capsules.']],
    ['People with MS. Our clinic helps.', ['People with MS.', 'Our clinic helps.']],
    ['See Fig. 2 and No. 5 for details. Done.', ['See Fig. 2 and No. 5 for details.', 'Done.']],
    ['“I can walk again.” Karen, 52', ['“I can walk again.”', 'Karen, 52']],
    ['Is it safe? Yes — completely safe.', ['Is it safe?', 'Yes — completely safe.']],
    ['Wait... there is more. Really.', ['Wait... there is more.', 'Really.']],
    ['Limited spots\nBook now', ['Limited spots', 'Book now']],
    ['Stem cells\n   cure nothing on their own.', ['Stem cells\n   cure nothing on their own.']],
    ['Home • About • Contact', ['Home', 'About', 'Contact']],
    ['  Trailing spaces.   ', ['Trailing spaces.']],
    ['', []],
  ])('%j', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });
});

describe('classifySentence: claims', () => {
  it.each<[string, ClaimKind]>([
    ['Our stem cells repair the myelin damage behind your symptoms.', 'cure'],
    ['Reverse the progression of your MS.', 'cure'],
    ['PRP heals chronic tennis elbow without surgery.', 'cure'],
    ['Silence the ringing in your ears for good.', 'cure'],
    ['Our injection rebuilds cartilage instead of replacing the joint.', 'cure'],
    ['Clinically proven results you can see in three months.', 'efficacy'],
    ['Studies show that stem cell injections are more effective than steroid shots.', 'efficacy'],
    ['Ninety percent of our patients report significant pain relief.', 'efficacy'],
    ['Most patients return to hiking, golf and tennis.', 'efficacy'],
    ['Patients notice better balance and less fatigue within weeks.', 'efficacy'],
    ['No surgery, no scars and no side effects.', 'safety'],
    ['Because PRP comes from your own body, it is 100% natural and risk-free.', 'safety'],
    ['Our infusions do not require chemotherapy and are completely safe.', 'safety'],
    ['There is no risk of rejection because the cells are your own.', 'safety'],
    ['Cells are processed in an FDA-registered laboratory in Texas.', 'approval'],
    ['Dr. Chen is board-certified in sports medicine.', 'approval'],
    ['Our laboratory is licensed by COFEPRIS, Mexico’s health regulator.', 'approval'],
    ['“After my second treatment I walked without a cane.”', 'testimonial'],
    ['Patients report more energy and easier breathing after treatment.', 'testimonial'],
    ['Today I walk two miles every morning.”', 'testimonial'],
    ['After my treatment I can walk to the shops again.', 'testimonial'],
    ['Only six appointments left this week.', 'urgency'],
    ['Offer ends March 31.', 'urgency'],
    ['With ALS, every month counts, so do not delay your evaluation.', 'urgency'],
    ['Request your free information packet today.', 'call-to-action'],
    ['Single PRP injection: $650, or three for $1,650.', 'call-to-action'],
    ['Call +1 555 0134 to speak with our admissions team.', 'call-to-action'],
    ['Try it risk-free with our 90-day money-back guarantee.', 'call-to-action'],
    ['Since 2009 we have treated more than 4,000 patients from 60 countries.', 'other'],
    ['Backed by more than 3,000 published studies.', 'other'],
    ['Rated the city’s #1 mobile IV service.', 'other'],
  ])('%s → %s', (sentence, kind) => {
    expect(kindOf(sentence)).toBe(kind);
  });
});

describe('classifySentence: not claims', () => {
  it.each([
    // negations
    ['There is currently no cure for MS.'],
    ['Stem cell therapy is not a cure.'],
    ['We do not claim to cure any disease.'],
    ['Stem cell therapy for MS is not FDA approved.'],
    ['The FDA has not approved any stem cell product for MS.'],
    ['There are no FDA-approved exosome products.'],
    ['No randomized trial has shown that stem cells improve lung function in COPD.'],
    ['PRP does not work for everyone.'],
    ['Autism is not a disease to be cured.'],
    ['Hyperbaric oxygen is approved by the FDA for some conditions, such as decompression sickness.'],
    // disclaimers
    ['Results may vary.'],
    ['Individual results vary and are not guaranteed.'],
    ['Please consult your physician before starting any new therapy.'],
    ['This product is not intended to diagnose, treat, cure, or prevent any disease.'],
    ['These statements have not been evaluated by the Food and Drug Administration.'],
    // quoted findings and reported claims
    ['The researchers reported fewer relapses in the treated group.'],
    ['The trial found no difference between cells and placebo.'],
    ['A 2017 study at Duke University reported improvements on some behavior scales.'],
    ['Genchi et al. reported that the cells were safe over two years.'],
    ['One clinic’s website says its treatment "repairs nerve damage".'],
    ['"We simply do not know whether these treatments work," said Dr. Helen Park.'],
    ['The evidence that PRP improves graft survival is mixed.'],
    // questions
    ['Is stem cell therapy safe?'],
    ['Will stem cells cure my condition?'],
    // decoys
    ['How Our MS Protocol Works'],
    ['Most back pain improves on its own within six weeks, whatever the treatment.'],
    ['Multiple sclerosis affects nearly three million people worldwide.'],
    ['BPC-157 is a short chain of 15 amino acids.'],
    ['I was diagnosed with secondary progressive MS in 2016.'],
    ['Families facing it often feel that time is running out.'],
    ['You can return to work the next day.'],
    ['The procedure takes about two hours.'],
    ['Patient Stories'],
  ])('%s', (sentence) => {
    expect(classifySentence(sentence)).toBeNull();
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

  it('reads a sentence after a study report as part of that report', () => {
    const text = 'A phase 1 study gave 10 patients their own cells. Seven of ten patients improved on at least one measure.';
    expect(findClaims(text)).toEqual([]);
  });

  it('skips blocks without any trigger word', () => {
    expect(mayContainClaim('Opening hours: Monday to Friday.')).toBe(false);
    expect(findClaims('Opening hours: Monday to Friday.')).toEqual([]);
  });

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

describe('findClaims: time', () => {
  const timed = (text: string) => {
    const t0 = performance.now();
    findClaims(text);
    return performance.now() - t0;
  };

  it.each([
    ['repeated claims', 'Our stem cells cure MS and are completely safe. Book now for $99! '],
    ['one endless sentence', 'no no not never cure safe approved thousands of patients '],
    ['no punctuation or spaces', 'a'],
    ['dots and spaces', '. '],
    ['quotes and first person', '“I feel better” '],
  ])('grows linearly on %s', (_name, unit) => {
    const small = unit.repeat(Math.ceil(20_000 / unit.length));
    const large = unit.repeat(Math.ceil(160_000 / unit.length));
    timed(small); // warm up the regular expressions
    const ratio = timed(large) / Math.max(timed(small), 1);
    expect(ratio).toBeLessThan(24); // 8× the text; generous for timer noise
    expect(timed(large)).toBeLessThan(3_000);
  });
});

/** Regular expressions without look-arounds and \b, which fast-check cannot generate from. */
function withoutAssertions(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    if (source.startsWith('\\b', i)) {
      i++;
      continue;
    }
    if (source[i] === '\\') {
      out += source.slice(i, i + 2);
      i++;
      continue;
    }
    if (/^\(\?<?[=!]/.test(source.slice(i, i + 4))) {
      let depth = 0;
      for (; i < source.length; i++) {
        if (source[i] === '\\') i++;
        else if (source[i] === '(') depth++;
        else if (source[i] === ')' && --depth === 0) break;
      }
      continue;
    }
    out += source[i];
  }
  return out;
}

describe('the pre-check stays in step with the rules', () => {
  const rules = CLAIM_KINDS.flatMap((kind) => CLAIM_RULES[kind].map((rule, i) => ({ kind, i, rule })));

  it.each(rules)('$kind rule $i: every text it matches passes the pre-check for its kind', ({ kind, rule }) => {
    const generated = fc.stringMatching(new RegExp(withoutAssertions(rule.re.source)));
    for (const text of fc.sample(generated, { numRuns: 300, seed: 42 })) {
      rule.re.lastIndex = 0;
      if (rule.re.test(text)) expect(mayContainClaim(text, kind), JSON.stringify(text)).toBe(true);
    }
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

describe('claim fixtures', () => {
  it('hold at least 40 pages', () => {
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

  it('are matched with precision ≥ 0.9 and recall ≥ 0.85', () => {
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
