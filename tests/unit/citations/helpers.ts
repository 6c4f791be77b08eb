/**
 * Shared helpers for the citation tests: identifiers as `[kind, value]`
 * pairs (easy to read in a table) and the path of the team's shared data.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TextMatch } from '../../../src/citations/detectors';
import { findIdentifiers, identifierFromHref } from '../../../src/citations/find-in-text';
import type { IdKind } from '../../../src/citations/ids';

export type Found = [IdKind, string];

/** The identifiers `findIdentifiers` reports for a string, in text order. */
export function inText(text: string): Found[] {
  return findIdentifiers(text).map((m: TextMatch) => [m.kind, m.value]);
}

/** The identifier `identifierFromHref` reports for a link, or null. */
export function inHref(href: string, base?: string): Found | null {
  const id = identifierFromHref(href, base);
  return id ? [id.kind, id.value] : null;
}

/** The repository root (tests/unit/citations → ../../..). */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** A file under the team's shared folder, which sits beside the clone (../shared), here and in CI. */
export function sharedFile(...parts: string[]): string {
  return path.resolve(REPO_ROOT, '..', 'shared', ...parts);
}
