/**
 * Styles of our UI, inside closed shadow roots, written in the CSS files
 * beside this one and minified by the build. The `:host` reset with
 * `!important` wins over any page rule aimed at our host element (important
 * declarations from inside a shadow tree beat the page's), so page CSS cannot
 * hide or restyle the UI, and nothing here leaks out.
 */
import badgeRules from './badge.css?inline';
import cardRules from './card.css?inline';
import tokens from './tokens.css?inline';

/**
 * A shadow root's sheet: the shared colour tokens and tiers, then its own
 * rules. A function, so the shared part is in the script once (a constant
 * concatenation would be folded into each sheet).
 */
function sheet(rules: string): string {
  return `${tokens}\n${rules}`;
}

export const BADGE_CSS = sheet(badgeRules);
export const CARD_CSS = sheet(cardRules);
