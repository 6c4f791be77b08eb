/**
 * A page's sales pitch, in one line for the popup: "This page sells the
 * treatment it describes: free information packet, prices from $9,500,
 * limited places." Calls to action and deadlines are not beyond the evidence
 * (they are offers, not claims about a study), so they are summed up here
 * instead of marked beside every button.
 */
import { pattern } from './rule';

const OFFERS: [RegExp, (m: RegExpExecArray) => string][] = [
  [
    pattern(
      /\bfree\s+(?:\w+\s+)??(consultation|evaluation|assessment|information\s+packet|info\s+packet|packet|case\s+review|screening|phone\s+call|call|review|e-?book|guide|webinar|seminar|mri\s+review|x-ray\s+review)/i,
    ),
    (m) => `free ${(m[1] as string).toLowerCase().replace(/^info\s+/, 'information ')}`,
  ],
  [pattern(/\b(?:financing|payment\s+plans?|monthly\s+payments?|interest-free)\b/i), () => 'financing'],
  [
    pattern(
      /\b(?:limited\s+(?:spots|spaces|places|availability|openings)|spots?\s+(?:left|remaining|fill)|only\s+\d+\s+(?:spots|places|spaces)|this\s+month\s+only|act\s+now|before\s+it'?s\s+too\s+late|spaces?\s+(?:are\s+)?limited)\b/i,
    ),
    () => 'limited places',
  ],
  [pattern(/\b(?:travel|flights?|airport|hotel|lodging|accommodation|visa)\b/i), () => 'travel arranged'],
  [pattern(/\b(?:discount|% off|special\s+offer|save\s+\$)\b/i), () => 'discounts'],
];

const PRICE = pattern(/\$\s?(\d{1,3}(?:,\d{3})+|\d{3,6})(?:\.\d\d)?/g);

/** The pitch line from the page's calls to action and deadlines (and its prices), or null when it has none. */
export function pitchLine(sentences: readonly string[]): string | null {
  if (!sentences.length) return null;
  const parts: string[] = [];
  const add = (part: string) => {
    if (!parts.includes(part)) parts.push(part);
  };
  let lowest: number | null = null;
  for (const sentence of sentences) {
    for (const [re, name] of OFFERS) {
      const m = re.exec(sentence);
      if (m) add(name(m));
    }
    PRICE.lastIndex = 0;
    for (let m = PRICE.exec(sentence); m; m = PRICE.exec(sentence)) {
      const value = Number((m[1] as string).replace(/,/g, ''));
      if (value >= 100 && (lowest === null || value < lowest)) lowest = value;
    }
  }
  if (lowest !== null) parts.splice(Math.min(1, parts.length), 0, `prices from $${lowest.toLocaleString('en-US')}`);
  return parts.length
    ? `This page sells the treatment it describes: ${parts.slice(0, 5).join(', ')}.`
    : 'This page sells the treatment it describes.';
}
