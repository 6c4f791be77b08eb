/**
 * What part of the page a block of text belongs to, from its element and its
 * ancestors: the page's own content, a heading or list item, a sales box
 * (newsletter, sign-up, information packet, consultation), or the page's
 * chrome (navigation, footer, forms, cookie banners, captions, reference
 * lists). A careful reader marks claims in the content; a sales box is one
 * page-level line in the popup; chrome is never a claim.
 *
 * DOM code on the page's elements, read only (never their text): runs in the
 * content script and, under a DOM library, in the CLI.
 */

export const BLOCK_ROLES = ['content', 'heading', 'list-item', 'pitch-box', 'chrome'] as const;
export type BlockRole = (typeof BLOCK_ROLES)[number];

const CHROME_TAGS = new Set(['NAV', 'FOOTER', 'FORM', 'LABEL', 'FIGCAPTION', 'CAPTION', 'LEGEND', 'DIALOG', 'MENU', 'SELECT']);
const CHROME_ROLES = new Set([
  'navigation',
  'contentinfo',
  'search',
  'menu',
  'menubar',
  'form',
  'dialog',
  'alertdialog',
  'banner',
]);
const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/** A class or id word, bounded by the start or end of the name or by -, _, space or a digit. */
const word = (words: string) => new RegExp(`(?:^|[-_\\s\\d])(?:${words})(?=$|[-_\\s\\d])`);

// Names sites give to their chrome: menus, footers, cookie notices, sharing, bylines, reference lists. A word matches
// inside a longer name too ("site-footer", "entry-meta", "gform_wrapper"), so only the stems are listed.
const CHROME_NAMES = word(
  'nav|navbar|navigation|menus?|submenu|megamenu|breadcrumbs?|footer|copyright|cookies?|consent|gdpr|share|sharing|socials?|related|recent-posts|byline|meta|tags|categories|caption|references|reference-list|bibliography|citations|sources|footnotes|disclaimer|legal|comment-form|search|searchform|pagination|skip-link|sr-only|screen-reader-text|toc|table-of-contents|author-bio|author-box',
);
// Names of boxes that sell: newsletters, sign-ups, lead forms, packets, consultations, pop-ups, promotions.
const PITCH_NAMES = word(
  'newsletter|subscribe|subscription|signup|sign-up|optin|opt-in|popup|pop-up|modal|cta|call-to-action|calltoaction|lead|leadform|packet|consult|consultation|book|booking|appointment|contact|promo|promotion|offer|banner|wpforms|gform|mc4wp|mailchimp|klaviyo|forms?|widget',
);

/** How far up the tree a block's ancestors are looked at. */
const MAX_DEPTH = 12;

function nameOf(el: Element): string {
  const cls = el.getAttribute('class') ?? '';
  const id = el.getAttribute('id') ?? '';
  return `${cls} ${id}`.toLowerCase();
}

/**
 * The role of a block (the element whose own text the scanner read). The
 * nearest telling ancestor decides: a testimonial inside the article is
 * content, a heading inside a newsletter box is a sales box.
 */
export function blockRole(block: Element): BlockRole {
  let own: BlockRole = 'content';
  if (HEADINGS.has(block.tagName) || block.getAttribute('role') === 'heading') own = 'heading';
  else if (block.tagName === 'LI' || block.tagName === 'DT' || block.tagName === 'DD') own = 'list-item';
  let el: Element | null = block;
  for (let depth = 0; el && depth < MAX_DEPTH; depth++, el = el.parentElement) {
    const tag = el.tagName;
    if (tag === 'BODY' || tag === 'HTML' || tag === 'MAIN' || tag === 'ARTICLE') break;
    if (CHROME_TAGS.has(tag)) return 'chrome';
    const role = el.getAttribute('role');
    if (role && CHROME_ROLES.has(role)) return 'chrome';
    if (tag === 'HEADER' && el.parentElement?.tagName === 'BODY') return 'chrome';
    const name = nameOf(el);
    if (!name.trim()) continue;
    if (CHROME_NAMES.test(name)) return 'chrome';
    if (PITCH_NAMES.test(name)) return 'pitch-box';
  }
  return own;
}
