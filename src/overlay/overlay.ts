/**
 * Badges beside citations, claim markers beside sentences, and the one card
 * open at a time. Owns every element it adds and removes them in destroy().
 */
import type { CardView } from '../cards/card-node';
import { el, renderCard } from '../cards/render';
import type { Answer, AnswerTier } from '../evidence/answer';
import { BADGE_CSS, CARD_CSS } from './styles';
import { followAnchor } from './card-position';
import { createHost, HOST_ATTR, isOwnElement } from './host';

/** The key of the card opened from the "Check citation" menu. */
const SELECTION_KEY = '\u0000selection';

const ICONS: Record<AnswerTier | 'claim', string> = {
  retracted: '⊘',
  lab: '◇',
  uncontrolled: '▲',
  controlled: '◐',
  randomized: '●',
  context: '○',
  unknown: '○',
  registered: '▭',
  title: '❝',
  'not-in-record': '?',
  claim: 'i',
};

/** How a screen reader introduces a badge, by where its answer comes from. */
const SPOKEN_BASIS: Record<Answer['basis'], string> = {
  record: 'Study cited',
  retraction: 'Study cited',
  registry: 'Trial registration cited',
  title: 'Study cited',
  none: 'Study cited',
};

/** What the person chose about badges (from the settings). */
export interface BadgeDisplay {
  /** 'weak-and-flagged' hides badges of controlled and randomized studies that met their goal. */
  badges: 'all' | 'weak-and-flagged';
  compact: boolean;
  claimNotes: boolean;
  /** Markers also on claims the cited evidence does not contradict. */
  allClaims: boolean;
}

export interface BadgeInput {
  key: string;
  /** The node the badge goes right after. */
  after: Node;
  /** Inside a text node: the offset the badge goes at (the node is split there). */
  afterOffset?: number;
  /** What the badge says and where that comes from. */
  answer: Answer;
  /** Shown in the quiet mode too (weak evidence, retraction, unknown study, missed goal). */
  flagged: boolean;
  /** What the badge opens, built by the background. */
  card: CardView;
}

export interface ClaimMarkerInput {
  key: string;
  after: Node;
  afterOffset?: number;
  /** False when the claim does not go beyond the cited evidence: shown only with "mark every claim". */
  goesBeyond: boolean;
  /** The note: one or two sentences comparing the claim with the page's evidence. */
  note: string;
  kindLabel: string;
}

interface Placed {
  host: HTMLElement;
  role: 'badge' | 'claim';
  /** Shown even in the quiet badge mode (weak evidence, retraction, unknown study, missed goal). */
  flagged: boolean;
  label: HTMLElement | null;
  fullLabel: string;
  button: HTMLButtonElement;
  open: () => DocumentFragment;
  tier: string;
}

/**
 * The text node and offset for an offset counted in `node` as the scanner saw
 * it: an earlier badge may have split that node, so the offset can lie in the
 * text nodes that now follow it (past our own hosts).
 */
function locate(node: Text, offset: number): { node: Text; offset: number } {
  let current = node;
  let rest = offset;
  while (rest > current.length) {
    let next = current.nextSibling;
    while (next && next.nodeType === 1 && isOwnElement(next as Element)) next = next.nextSibling;
    if (next?.nodeType !== 3) break;
    rest -= current.length;
    current = next as Text;
  }
  return { node: current, offset: Math.min(rest, current.length) };
}

export class Overlay {
  private readonly placed = new Map<string, Placed>();
  private card: { host: HTMLElement; root: ShadowRoot } | null = null;
  private openKey: string | null = null;
  private stopFollowing: (() => void) | null = null;
  private display: BadgeDisplay = { badges: 'all', compact: false, claimNotes: true, allClaims: false };
  private readonly onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && this.openKey) {
      event.stopPropagation();
      this.close(true);
    }
  };
  private readonly onPointer = (event: Event) => {
    if (!this.openKey) return;
    const path = event.composedPath();
    const current = this.placed.get(this.openKey);
    if (this.card && path.includes(this.card.host)) return;
    if (current && path.includes(current.host)) return;
    this.close(false);
  };

  constructor(private readonly doc: Document) {
    doc.addEventListener('keydown', this.onKey, true);
    doc.addEventListener('pointerdown', this.onPointer, true);
  }

  has(key: string): boolean {
    return this.placed.has(key);
  }

  /** The element of a badge or marker already on the page (a claim about a citation goes right after its badge). */
  hostOf(key: string): HTMLElement | null {
    return this.placed.get(key)?.host ?? null;
  }

  get size(): number {
    return this.placed.size;
  }

  /** Adds a badge unless one for this key is already there. */
  addBadge(input: BadgeInput): void {
    const { answer, card } = input;
    const tier = answer.tier;
    const label = answer.label;
    const spoken = label.replace(/ · /g, ', ');
    const verdict = card.verdict;
    this.place(input.key, input.after, {
      afterOffset: input.afterOffset,
      flagged: input.flagged,
      css: BADGE_CSS,
      role: 'badge',
      tier,
      icon: ICONS[tier],
      label,
      ariaLabel: `${SPOKEN_BASIS[answer.basis]}: ${spoken}. Open details.`,
      title: verdict,
      // Rendered when the card opens.
      open: () => renderCard(this.doc, card.body),
      verdict,
    });
  }

  addClaimMarker(input: ClaimMarkerInput): void {
    this.place(input.key, input.after, {
      afterOffset: input.afterOffset,
      flagged: input.goesBeyond,
      css: BADGE_CSS,
      role: 'claim',
      tier: 'claim',
      icon: ICONS.claim,
      label: 'Claim note',
      ariaLabel: `Note on a claim (${input.kindLabel.toLowerCase()}). Open note.`,
      title: input.note,
      open: () => {
        const frag = this.doc.createDocumentFragment();
        frag.append(el(this.doc, 'span', { class: 'tag' }, `${input.kindLabel} claim`));
        return frag;
      },
      verdict: input.note,
    });
  }

  private place(
    key: string,
    after: Node,
    spec: {
      afterOffset?: number | undefined;
      flagged: boolean;
      css: string;
      role: 'badge' | 'claim';
      tier: string;
      icon: string;
      label: string;
      ariaLabel: string;
      title: string;
      verdict: string;
      open: () => DocumentFragment;
    },
  ): void {
    if (this.placed.has(key) || !after.parentNode) return;
    const { host, root } = createHost(this.doc, spec.role, spec.css);
    host.setAttribute('data-evidence-lens-key', key);
    const button = el(this.doc, 'button', {
      type: 'button',
      class: spec.tier,
      'aria-expanded': 'false',
      'aria-haspopup': 'dialog',
      'aria-label': spec.ariaLabel,
      title: spec.title,
    }) as HTMLButtonElement;
    button.append(el(this.doc, 'span', { class: 'icon', 'aria-hidden': 'true' }, spec.icon));
    const label = spec.role === 'badge' ? el(this.doc, 'span', { class: 'label' }, spec.label) : null;
    if (label) button.append(label);
    button.addEventListener('click', (event) => {
      event.preventDefault();
      event.stopPropagation();
      this.toggle(key);
    });
    root.append(button);
    const at = spec.afterOffset !== undefined && after.nodeType === 3 ? locate(after as Text, spec.afterOffset) : null;
    if (at && at.offset < at.node.length) {
      // Splitting keeps the page's text exactly as it was, in two nodes with our badge between.
      const rest = at.node.splitText(at.offset);
      rest.parentNode?.insertBefore(host, rest);
    } else {
      const node = at?.node ?? after;
      node.parentNode?.insertBefore(host, node.nextSibling);
    }
    const verdict = spec.verdict;
    const placed: Placed = {
      host,
      role: spec.role,
      flagged: spec.flagged,
      label,
      fullLabel: spec.label,
      button,
      tier: spec.tier,
      open: () => {
        const frag = this.doc.createDocumentFragment();
        frag.append(el(this.doc, 'p', { class: 'verdict', id: 'el-verdict' }, verdict), spec.open());
        return frag;
      },
    };
    this.placed.set(key, placed);
    this.showAccordingToSettings(placed);
  }

  /** Applies the person's display settings to every badge at once, without reloading the page. */
  setDisplay(display: BadgeDisplay): void {
    this.display = display;
    for (const item of this.placed.values()) this.showAccordingToSettings(item);
  }

  private showAccordingToSettings(item: Placed): void {
    const hidden =
      (item.role === 'badge' && this.display.badges === 'weak-and-flagged' && !item.flagged) ||
      (item.role === 'claim' && (!this.display.claimNotes || (!item.flagged && !this.display.allClaims)));
    if (hidden) item.host.setAttribute('data-evidence-lens-hidden', '');
    else item.host.removeAttribute('data-evidence-lens-hidden');
    if (item.label)
      item.label.textContent = this.display.compact ? (item.fullLabel.split(' · ')[0] ?? item.fullLabel) : item.fullLabel;
  }

  toggle(key: string): void {
    if (this.openKey === key) this.close(true);
    else this.open(key);
  }

  open(key: string): boolean {
    const item = this.placed.get(key);
    if (!item?.host.isConnected) return false;
    this.close(false);
    item.button.setAttribute('aria-expanded', 'true');
    this.showCard(key, item.button, item.tier, item.open());
    return true;
  }

  /**
   * Opens a card beside the selected text (the "Check citation" menu): what
   * the record says about the study the selection cites, or that it cites none.
   */
  openForSelection(range: Range, found: { tier: AnswerTier; card: CardView } | null): void {
    this.close(false);
    const anchor = { getBoundingClientRect: () => range.getBoundingClientRect() };
    const frag = this.doc.createDocumentFragment();
    let tier = 'context';
    if (!found) {
      frag.append(
        el(this.doc, 'p', { class: 'verdict', id: 'el-verdict' }, 'No study identifier or known reference in the selected text.'),
        el(
          this.doc,
          'p',
          {},
          'Select a PubMed ID, DOI, PMC ID, trial number or a full reference, then choose “Check citation” again.',
        ),
      );
    } else {
      tier = found.tier;
      frag.append(
        el(this.doc, 'p', { class: 'verdict', id: 'el-verdict' }, found.card.verdict),
        renderCard(this.doc, found.card.body),
      );
    }
    this.showCard(SELECTION_KEY, anchor, tier, frag);
  }

  private showCard(
    key: string,
    anchor: Element | { getBoundingClientRect(): DOMRect },
    tier: string,
    body: DocumentFragment,
  ): void {
    const card = this.ensureCard();
    const box = el(this.doc, 'div', {
      class: `card ${tier}`,
      role: 'dialog',
      'aria-labelledby': 'el-verdict',
      tabindex: '-1',
    });
    const head = el(this.doc, 'div', { class: 'head' });
    const verdict = body.firstChild;
    if (verdict) head.append(verdict);
    const close = el(this.doc, 'button', { type: 'button', class: 'close', 'aria-label': 'Close details' }, '×');
    close.addEventListener('click', () => this.close(true));
    head.append(close);
    box.append(head, body);
    card.root.append(box);
    this.openKey = key;
    this.stopFollowing = followAnchor(this.doc.defaultView ?? window, anchor, box);
    box.focus({ preventScroll: true });
  }

  close(returnFocus: boolean): void {
    const key = this.openKey;
    if (!key) return;
    this.openKey = null;
    this.stopFollowing?.();
    this.stopFollowing = null;
    const root = this.card?.root;
    if (root) for (const child of [...root.children]) if (child.tagName !== 'STYLE') child.remove();
    const item = this.placed.get(key);
    item?.button.setAttribute('aria-expanded', 'false');
    if (returnFocus) item?.button.focus({ preventScroll: true });
  }

  /** Scrolls to a badge or claim marker and opens it (from the popup). */
  reveal(key: string): boolean {
    const item = this.placed.get(key) ?? [...this.placed.entries()].find(([k]) => k.replace(/#\d+$/, '') === key)?.[1];
    if (!item?.host.isConnected) return false;
    item.host.scrollIntoView({ block: 'center' });
    const realKey = [...this.placed.entries()].find(([, v]) => v === item)?.[0];
    return realKey ? this.open(realKey) : false;
  }

  private ensureCard(): { host: HTMLElement; root: ShadowRoot } {
    if (this.card?.host.isConnected) return this.card;
    this.card = createHost(this.doc, 'card', CARD_CSS);
    this.doc.documentElement.append(this.card.host);
    return this.card;
  }

  /** Removes everything we added to the page. */
  destroy(): void {
    this.close(false);
    this.doc.removeEventListener('keydown', this.onKey, true);
    this.doc.removeEventListener('pointerdown', this.onPointer, true);
    for (const item of this.placed.values()) item.host.remove();
    this.placed.clear();
    this.card?.host.remove();
    this.card = null;
    for (const host of this.doc.querySelectorAll(`[${HOST_ATTR}]`)) host.remove();
  }
}
