/**
 * The content script's half of the claims engine: it keeps the blocks the
 * citation scanner reads (the trigger words select them, see
 * citations/scan) with the part of the page each belongs to, and
 * places the markers the background sends back. The engine itself (rules,
 * notes, misdescriptions) runs in the background, which starts once, not once
 * per page: nothing here imports it.
 */
import type { ReadBlock } from '../citations/scan';
import { type BlockRole, blockRole } from './block-role';
import { isScholarlyPage } from './page-kind';

/** Blocks sent for analysis at most: a long page is judged by its first screenfuls. */
export const MAX_BLOCKS = 1500;
/** Longest text sent of one block (longer blocks are layout debris, not prose). */
export const MAX_BLOCK_TEXT = 5000;

/** The names of the page's meta tags (head only). */
export function metaNames(doc: Document): string[] {
  const names: string[] = [];
  for (let el = doc.head?.firstElementChild ?? null; el; el = el.nextElementSibling) {
    if (el.tagName !== 'META') continue;
    const name = el.getAttribute('name') ?? el.getAttribute('property');
    if (name) names.push(name);
  }
  return names;
}

/** Forms that are not search, newsletter, donation or log-in boxes (by their class, id, action or fields). */
const NOT_AN_OFFER_FORM = /search|newsletter|subscri|donat|login|log-in|sign-?in|comment/i;

/** What a newsletter's or a charity's button says. */
const NOT_AN_OFFER_BUTTON = /\b(?:sign\s*up|subscribe|donate|give|search|log\s*in|sign\s*in|post\s+comment)\b/i;

/** What a research study's sign-up box says around its form: enrolment in a study is not a sale. */
const STUDY_FORM =
  /\b(?:this|the)\s+(?:research\s+)?study\b|\b(?:study|research)\s+(?:team|coordinator)|\babout\s+a\s+(?:research\s+)?(?:study|trial)\b/i;

/** The page's forms that could book, enquire or buy: what a page that sells has. */
export function offerFormCount(doc: Document): number {
  let count = 0;
  for (const form of doc.forms) {
    if (form.querySelector('input[type="search"], input[type="password"]')) continue;
    const names = `${form.getAttribute('class') ?? ''} ${form.id} ${form.getAttribute('action') ?? ''} ${form.getAttribute('name') ?? ''}`;
    if (NOT_AN_OFFER_FORM.test(names)) continue;
    const submit = form.querySelector('button, input[type="submit"]');
    if (submit && NOT_AN_OFFER_BUTTON.test(`${submit.textContent ?? ''} ${submit.getAttribute('value') ?? ''}`)) continue;
    // An email address and nothing else to fill in is a newsletter box, not an enquiry.
    const fields = form.querySelectorAll(
      'textarea, select, input:not([type]), input[type="text"], input[type="tel"], input[type="number"], input[type="date"]',
    );
    if (!fields.length && form.querySelector('input[type="email"]')) continue;
    // The form and the two elements before it: the box's heading and its line of text.
    let box = form.textContent ?? '';
    for (let el = form.previousElementSibling, i = 0; el && i < 2; el = el.previousElementSibling, i++)
      box = `${el.textContent?.slice(0, 300)} ${box}`;
    box += ` ${form.nextElementSibling?.textContent?.slice(0, 300) ?? ''}`;
    if (STUDY_FORM.test(box)) continue;
    count++;
  }
  return count;
}

/** Claim notes stay off on pages that report research rather than sell (journals, PubMed, registries, agencies). */
export function claimsWanted(doc: Document, url: string): boolean {
  return !isScholarlyPage(url, metaNames(doc));
}

export interface KeptBlock {
  block: ReadBlock;
  role: BlockRole;
}

/**
 * Collects the blocks the scanner reads, with their role. The page's chrome
 * (menus, footers, forms, cookie notices, reference lists) holds no claims,
 * but the background reads it for signs that the page sells ("Book a free
 * consultation" in the menu). Give `onBlock` to the scanner.
 */
export class BlockCollector {
  readonly kept: KeptBlock[] = [];

  readonly onBlock = (block: ReadBlock): void => {
    if (this.kept.length >= MAX_BLOCKS || !block.text.trim()) return;
    this.kept.push({ block, role: blockRole(block.element) });
  };

  /** The blocks as the background's claims analysis takes them. */
  texts(): { text: string; role: BlockRole }[] {
    return this.kept.map(({ block, role }) => ({ text: block.text.slice(0, MAX_BLOCK_TEXT), role }));
  }
}
