/**
 * The content script's half of the claims engine: the blocks the scan reads,
 * with the part of the page each belongs to; chrome is left out at once.
 */
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { scanDocument } from '../../../src/citations/scan';
import { blockRole } from '../../../src/claims/block-role';
import { claimHintPattern } from '../../../src/claims/find-claims';
import { BlockCollector, offerFormCount } from '../../../src/claims/page-claims';

function doc(body: string): Document {
  const window = new Window({ url: 'https://clinic.example/blog/post' });
  window.document.write(`<!doctype html><html><body>${body}</body></html>`);
  return window.document as unknown as Document;
}

describe('blockRole', () => {
  it.each([
    ['<article><p id="x">Our stem cell therapy repairs nerves.</p></article>', 'content'],
    ['<article><h2 id="x">Cognitive Improvements</h2></article>', 'heading'],
    ['<article><ul><li id="x">Calming of the immune activity</li></ul></article>', 'list-item'],
    ['<nav><ul><li id="x">Stem Cell Therapy for Knee Pain</li></ul></nav>', 'chrome'],
    ['<footer><p id="x">© 2026 Clinic</p></footer>', 'chrome'],
    ['<form><label id="x">Condition</label></form>', 'chrome'],
    ['<div class="cookie-banner"><p id="x">We use cookies to improve your experience.</p></div>', 'chrome'],
    ['<figure><figcaption id="x">Cells under the microscope</figcaption></figure>', 'chrome'],
    ['<ol class="references"><li id="x">Genchi A, et al. Nat Med. 2023.</li></ol>', 'chrome'],
    ['<div class="newsletter-box"><h3 id="x">Subscribe To Our Newsletter</h3></div>', 'pitch-box'],
    ['<div class="wpforms-container"><p id="x">Request your FREE information packet</p></div>', 'pitch-box'],
    ['<section class="testimonials"><p id="x">I walked again after my treatment.</p></section>', 'content'],
    // Readers' comments and the clinic's replies speak for themselves; the comment form does not.
    [
      '<section class="comments"><div class="comment"><p id="x">My dad walks again since his infusion.</p></div></section>',
      'content',
    ],
    ['<div class="comment-form"><label id="x">Your comment</label></div>', 'chrome'],
    // A stem inside a longer class name.
    ['<div class="site-footer"><p id="x">Our stem cells repair knees.</p></div>', 'chrome'],
    ['<div class="gform_wrapper"><p id="x">Request your FREE information packet</p></div>', 'pitch-box'],
    ['<div class="hbspt-form"><p id="x">Request your FREE information packet</p></div>', 'pitch-box'],
  ])('%s → %s', (body, role) => {
    expect(blockRole(doc(body).getElementById('x') as Element)).toBe(role);
  });
});

describe('offerFormCount', () => {
  it('counts forms that could book or enquire, not search, newsletter, donation or log-in boxes', () => {
    const d = doc(`
      <form action="/packet"><input name="name"><input name="phone" type="tel"><button>Send me the packet</button></form>
      <form action="/contact"><textarea name="message"></textarea><button>Ask us</button></form>
      <form role="search"><input type="search"></form>
      <form class="newsletter-box"><input type="email"><button>Go</button></form>
      <form action="/signup"><input name="first"><input name="email"><button type="submit">Sign up</button></form>
      <form><input type="email" name="email"><button>Send</button></form>
      <form action="/account"><input name="user"><input type="password"><button>Enter</button></form>
      <form action="/give"><input name="amount"><button>Donate</button></form>
      <aside><h3>Interested in this study?</h3><p>A coordinator will call you.</p>
        <form><input id="n" type="text"><input type="tel"><button type="submit">Send</button></form></aside>
      <aside><h3>Free consultation</h3><p>Our patient coordinator will call you.</p>
        <form><input type="text"><input type="tel"><button type="submit">Send</button></form></aside>`);
    // Counted: the packet, the question, the consultation; not the box that enrols people in a research study.
    expect(offerFormCount(d)).toBe(3);
  });
});

describe('BlockCollector', () => {
  it('keeps the blocks the scan reads, with their roles; the chrome is kept as chrome, for signs that the page sells', () => {
    const page = doc(
      '<nav><a href="/">Stem cells cure everything</a></nav><article><h2>Potential Benefits</h2><p>Our stem cell therapy repairs the damage that MS leaves behind.</p><div class="newsletter"><p>Subscribe today for free tips.</p></div></article><footer><p>Results may vary. Stem cells help.</p></footer>',
    );
    const blocks = new BlockCollector();
    scanDocument(page, { extraHints: claimHintPattern(), onBlock: blocks.onBlock });
    expect(blocks.texts()).toEqual([
      { text: 'Stem cells cure everything', role: 'chrome' },
      { text: 'Potential Benefits', role: 'heading' },
      { text: 'Our stem cell therapy repairs the damage that MS leaves behind.', role: 'content' },
      { text: 'Subscribe today for free tips.', role: 'pitch-box' },
      { text: 'Results may vary. Stem cells help.', role: 'chrome' },
    ]);
    // Each kept block still knows where a marker for its text goes.
    const kept = blocks.kept[2];
    expect(kept?.block.place(kept.block.text.length).after.textContent).toContain('repairs the damage');
  });
});
