import type { IdKind } from '../ids';

/** One identifier found in a string: where it is and its normalized value. */
export interface TextMatch {
  kind: IdKind;
  value: string;
  /** Offsets of the matched text (label included) in the scanned string. */
  start: number;
  end: number;
}

/**
 * A detector finds one kind of identifier. Every detector has this shape and
 * is listed once in `./index.ts`.
 */
export interface Detector {
  kind: IdKind;
  /** A trial registry: its text search is skipped when REGISTRY_GATE finds nothing. */
  registry?: boolean;
  /** All identifiers of this kind in plain text. Never throws, runs in linear time. */
  findInText(text: string): TextMatch[];
  /** The identifier a link points to, if its URL names one. */
  fromUrl(url: URL): string | null;
  /** Normalizes a value already known to be of this kind; null when it is not valid. */
  normalize(raw: string): string | null;
}

/** Runs a global regex over text, mapping each match through `value` (null = skip). */
export function collect(
  kind: IdKind,
  re: RegExp,
  text: string,
  value: (m: RegExpExecArray) => { value: string; start?: number; end?: number } | null,
): TextMatch[] {
  const out: TextMatch[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const found = value(m);
    if (found) out.push({ kind, value: found.value, start: found.start ?? m.index, end: found.end ?? m.index + m[0].length });
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}
