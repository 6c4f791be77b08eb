/**
 * What a page is about: the condition(s) and the kind of treatment it sells,
 * from its title, address, headings and opening text, weighed so that what
 * the page is about outranks what it mentions once. A knee page that names
 * autism in passing is a knee page; a page that stores cord blood sells no
 * treatment. When unsure, nothing is said.
 */
import type { TreatmentKind } from '../evidence/condition-schema';

/** The signals the content script reads of a page (bounded: a few hundred characters each). */
export interface TopicSignals {
  title: string;
  /** The address's path and query, not its host. */
  path: string;
  /** The page's first-level headings, then its second- and third-level ones. */
  h1: string[];
  headings: string[];
  /** The first paragraphs of the page's text. */
  opening: string;
}

/** The words of one condition a detector looks for (from its brief). */
export interface ConditionWords {
  id: string;
  /** Matched without regard to case, as whole words. */
  synonyms: string[];
  /** Matched case-sensitively as whole words; alone they are not enough. */
  abbreviations: string[];
}

export type Confidence = 'high' | 'medium';

export interface PageTopic {
  condition: string;
  treatment: TreatmentKind | null;
  confidence: Confidence;
}

/** Where a word is found, and what it is worth there. */
const WEIGHT = { title: 4, path: 4, h1: 4, heading: 1.5, opening: 1 } as const;
/** Most each place can add for one condition (a page repeating a word in every heading is still one page). */
const CAP = { title: 4, path: 4, h1: 4, heading: 3, opening: 3 } as const;
/** Scores a condition needs to be named, and to be named with high confidence. */
const MEDIUM = 4;
const HIGH = 7;
/** A second condition is named only when close to the first (a page about knees and hips). */
const RUNNER_UP = 0.6;

const TREATMENTS: [TreatmentKind, RegExp][] = [
  ['exosomes', /\b(?:exosomes?|extracellular\s+vesicles?|secretome|conditioned\s+media)\b/gi],
  ['prp', /\b(?:platelet[- ]rich\s+plasma|PRP|platelet\s+rich|P-shot|Priapus\s+shot|vampire\s+facial)\b/gi],
  [
    'stem-cells',
    /\b(?:stem[- ]cells?|mesenchymal|MSCs?|stromal\s+vascular\s+fraction|SVF|bone\s+marrow\s+(?:aspirate\s+)?concentrate|BMAC|cord\s+blood|umbilical\s+cord|Wharton'?s\s+jelly|cell\s+therapy|regenerative\s+cells)\b/gi,
  ],
  ['other-cell', /\b(?:fibroblasts?|islet\s+cells?|chondrocytes?|cartilage\s+cells)\b/gi],
];
/** A page that sells the storage of cord blood or tissue sells no treatment. */
const BANKING =
  /\b(?:cord\s+blood\s+bank(?:ing|s)?|bank(?:ing)?\s+(?:your\s+)?(?:baby'?s\s+)?(?:cord|umbilical)|store\s+(?:your\s+)?(?:baby'?s\s+)?cord\s+blood|cord\s+(?:blood\s+)?(?:tissue\s+)?storage|newborn\s+stem\s+cell\s+(?:storage|banking))\b/i;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One pattern per condition for its synonyms, one for its abbreviations, built once. */
function compile(words: ConditionWords): { id: string; synonyms: RegExp | null; abbreviations: RegExp | null } {
  const syn = words.synonyms.map((s) => escapeRegExp(s).replace(/\\?'/g, "['’]?").replace(/\s+/g, '[\\s-]+'));
  return {
    id: words.id,
    synonyms: syn.length ? new RegExp(`(?<![\\p{L}])(?:${syn.join('|')})(?![\\p{L}])`, 'giu') : null,
    abbreviations: words.abbreviations.length
      ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.abbreviations.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'gu')
      : null,
  };
}

function count(re: RegExp | null, text: string): number {
  if (!re || !text) return 0;
  re.lastIndex = 0;
  return text.match(re)?.length ?? 0;
}

/** The path's words: "/stem-cell-therapy-for-knee-pain/" → "stem cell therapy for knee pain". */
function pathWords(path: string): string {
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // A malformed escape: read the path as it is.
  }
  return decoded.replace(/[/_\-+.=?&]+/g, ' ');
}

/** Builds a detector for these conditions. */
export function topicDetector(conditions: readonly ConditionWords[]): (signals: TopicSignals) => PageTopic[] {
  const compiled = conditions.map(compile);
  return (signals) => {
    const places: [keyof typeof WEIGHT, string][] = [
      ['title', signals.title.slice(0, 300)],
      ['path', pathWords(signals.path.slice(0, 300))],
      ['h1', signals.h1.join(' \n ').slice(0, 600)],
      ['heading', signals.headings.join(' \n ').slice(0, 2000)],
      ['opening', signals.opening.slice(0, 3000)],
    ];
    const all = places.map(([, text]) => text).join('\n');
    if (BANKING.test(all)) return [];
    const scores = compiled.map((c) => {
      // An abbreviation ("ALS", "MS") counts only on a page that also spells the condition out somewhere.
      if (!places.some(([, text]) => count(c.synonyms, text) > 0)) return { id: c.id, score: 0 };
      let score = 0;
      for (const [place, text] of places) {
        const n = count(c.synonyms, text) + count(c.abbreviations, place === 'path' ? text.toUpperCase() : text);
        score += Math.min(CAP[place], WEIGHT[place] * n);
      }
      return { id: c.id, score };
    });
    scores.sort((a, b) => b.score - a.score);
    const top = scores[0];
    if (!top || top.score < MEDIUM) return [];
    const treatment = treatmentOf(all);
    return scores
      .filter((s) => s.score >= MEDIUM && s.score >= RUNNER_UP * top.score)
      .slice(0, 3)
      .map((s) => ({ condition: s.id, treatment, confidence: s.score >= HIGH ? 'high' : 'medium' }));
  };
}

/** The kind of treatment the page names most, or null when it names none. */
export function treatmentOf(text: string): TreatmentKind | null {
  let best: TreatmentKind | null = null;
  let most = 0;
  for (const [kind, re] of TREATMENTS) {
    const n = count(re, text);
    if (n > most) {
      best = kind;
      most = n;
    }
  }
  return best;
}
