/**
 * Styles of our UI, inside closed shadow roots. The `:host` reset with
 * `!important` wins over any page rule aimed at our host element (important
 * declarations from inside a shadow tree beat the page's), so page CSS cannot
 * hide or restyle the UI, and nothing here leaks out.
 */

const TOKENS = `
  --el-font: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  --el-retracted-bg: #fde7e9; --el-retracted-fg: #8f1016; --el-retracted-bd: #c8353b;
  --el-lab-bg: #eceff1; --el-lab-fg: #37474f; --el-lab-bd: #78909c;
  --el-uncontrolled-bg: #fff1d6; --el-uncontrolled-fg: #6e3b00; --el-uncontrolled-bd: #c77700;
  --el-controlled-bg: #f1f6d3; --el-controlled-fg: #435000; --el-controlled-bd: #8a9a1b;
  --el-randomized-bg: #e3f3e7; --el-randomized-fg: #175a2b; --el-randomized-bd: #3f9a5a;
  --el-other-bg: #edf0f5; --el-other-fg: #34435a; --el-other-bd: #7d8ba1;
  --el-registered-bg: #e7eefa; --el-registered-fg: #1d3b66; --el-registered-bd: #5f84bd;
  --el-title-bg: #f5f2fa; --el-title-fg: #453763; --el-title-bd: #8f7fb3;
  --el-card-bg: #ffffff; --el-card-fg: #1d232b; --el-card-muted: #4a5564; --el-card-bd: #c5ccd6; --el-link: #0b57d0;
  --el-focus: #0b57d0;
`;

const DARK_TOKENS = `
  --el-retracted-bg: #4a1215; --el-retracted-fg: #ffd7d9; --el-retracted-bd: #ff8a8f;
  --el-lab-bg: #2c3338; --el-lab-fg: #dde3e7; --el-lab-bd: #90a4ae;
  --el-uncontrolled-bg: #3d2a08; --el-uncontrolled-fg: #ffdca3; --el-uncontrolled-bd: #e0a040;
  --el-controlled-bg: #2f3508; --el-controlled-fg: #e3ee9e; --el-controlled-bd: #b5c34a;
  --el-randomized-bg: #123822; --el-randomized-fg: #bff0cc; --el-randomized-bd: #5cc27e;
  --el-other-bg: #263040; --el-other-fg: #d8e0ec; --el-other-bd: #8a9ab3;
  --el-registered-bg: #1b2a42; --el-registered-fg: #cfe0fb; --el-registered-bd: #7fa3dc;
  --el-title-bg: #2a2438; --el-title-fg: #e3dbf5; --el-title-bd: #a896d2;
  --el-card-bg: #1c2128; --el-card-fg: #e8edf3; --el-card-muted: #b4bfcc; --el-card-bd: #4a5565; --el-link: #a8c7fa;
  --el-focus: #a8c7fa;
`;

export const BADGE_CSS = `
:host {
  all: initial !important;
  display: inline !important;
  visibility: visible !important;
  opacity: 1 !important;
  position: static !important;
  margin: 0 0 0 0.3em !important;
  padding: 0 !important;
  ${TOKENS}
}
@media (prefers-color-scheme: dark) { :host { ${DARK_TOKENS} } }
:host([data-evidence-lens-hidden]) { display: none !important; }
button {
  all: initial;
  display: inline-flex; align-items: center; gap: 0.35em;
  vertical-align: baseline;
  font: 600 12.5px/1.35 var(--el-font);
  padding: 0.05em 0.55em 0.05em 0.45em;
  border-radius: 0.9em;
  border: 1px solid var(--bd);
  background: var(--bg); color: var(--fg);
  cursor: pointer; white-space: nowrap;
  max-width: min(44em, 92vw); overflow: hidden; text-overflow: ellipsis;
}
button:hover { filter: brightness(0.96); }
button:focus-visible { outline: 2px solid var(--el-focus); outline-offset: 2px; }
button[aria-expanded="true"] { box-shadow: 0 0 0 2px var(--bd); }
.icon { font-size: 0.95em; line-height: 1; }
.label { overflow: hidden; text-overflow: ellipsis; }
.retracted { --bg: var(--el-retracted-bg); --fg: var(--el-retracted-fg); --bd: var(--el-retracted-bd); }
.lab { --bg: var(--el-lab-bg); --fg: var(--el-lab-fg); --bd: var(--el-lab-bd); }
.uncontrolled { --bg: var(--el-uncontrolled-bg); --fg: var(--el-uncontrolled-fg); --bd: var(--el-uncontrolled-bd); }
.controlled { --bg: var(--el-controlled-bg); --fg: var(--el-controlled-fg); --bd: var(--el-controlled-bd); }
.randomized { --bg: var(--el-randomized-bg); --fg: var(--el-randomized-fg); --bd: var(--el-randomized-bd); }
.context, .unknown, .not-in-record, .claim { --bg: var(--el-other-bg); --fg: var(--el-other-fg); --bd: var(--el-other-bd); }
.registered { --bg: var(--el-registered-bg); --fg: var(--el-registered-fg); --bd: var(--el-registered-bd); }
.title { --bg: var(--el-title-bg); --fg: var(--el-title-fg); --bd: var(--el-title-bd); }
.retracted .label { text-decoration: line-through; text-decoration-thickness: 1px; }
/* Words read from a title, not checked: a dashed edge sets them apart from what the record knows. */
button.title { border-style: dashed; font-weight: 500; }
.claim { font-weight: 700; padding: 0; width: 1.35em; height: 1.35em; justify-content: center; border-radius: 50%; font-family: Georgia, "Times New Roman", serif; font-style: italic; }
@media (prefers-reduced-motion: no-preference) { button { transition: box-shadow 120ms ease; } }
`;

export const CARD_CSS = `
:host {
  all: initial !important;
  display: block !important;
  visibility: visible !important;
  opacity: 1 !important;
  position: fixed !important;
  top: 0 !important; left: 0 !important;
  width: 0 !important; height: 0 !important;
  z-index: 2147483647 !important;
  ${TOKENS}
}
@media (prefers-color-scheme: dark) { :host { ${DARK_TOKENS} } }
.card {
  position: fixed; top: 0; left: 0;
  box-sizing: border-box;
  /* px, not rem: rem follows the page's root font size, which a page can set to anything. */
  width: min(480px, calc(100vw - 16px));
  max-height: min(544px, calc(100vh - 16px));
  overflow: auto;
  font: 400 15px/1.5 var(--el-font);
  color: var(--el-card-fg); background: var(--el-card-bg);
  border: 1px solid var(--el-card-bd); border-top: 5px solid var(--bd);
  border-radius: 10px;
  box-shadow: 0 10px 30px rgba(0,0,0,0.22);
  padding: 14px 16px 12px;
  text-align: left;
}
.card:focus { outline: none; }
.card:focus-visible { outline: 2px solid var(--el-focus); outline-offset: 2px; }
.head { display: flex; align-items: flex-start; gap: 8px; }
.verdict { font-weight: 650; font-size: 15.5px; margin: 0 0 8px; flex: 1; }
.close { all: initial; font: 600 20px/1 var(--el-font); color: var(--el-card-muted); cursor: pointer; padding: 2px 6px; border-radius: 6px; }
.close:focus-visible { outline: 2px solid var(--el-focus); }
.tag { display: inline-block; font: 600 12.5px/1.4 var(--el-font); padding: 1px 8px; border-radius: 10px; background: var(--bg); color: var(--fg); border: 1px solid var(--bd); margin-bottom: 8px; }
h2 { font: 650 13px/1.4 var(--el-font); text-transform: uppercase; letter-spacing: 0.04em; color: var(--el-card-muted); margin: 12px 0 4px; }
dl { display: grid; grid-template-columns: 7.5em 1fr; gap: 2px 12px; margin: 0; }
dt { color: var(--el-card-muted); }
dd { margin: 0; }
ul { margin: 0; padding-left: 1.2em; }
li { margin: 2px 0; }
p { margin: 4px 0; }
.unknown-value { color: var(--el-card-muted); font-style: italic; }
.source-note { color: var(--el-card-muted); font-size: 13.5px; }
.reminder { border-left: 4px solid var(--el-registered-bd); background: var(--el-registered-bg); color: var(--el-registered-fg); padding: 6px 10px; border-radius: 4px; margin: 8px 0; }
.notice { border-left: 4px solid var(--el-retracted-bd); background: var(--el-retracted-bg); color: var(--el-retracted-fg); padding: 6px 10px; border-radius: 4px; margin: 8px 0; font-weight: 600; }
.bib { color: var(--el-card-muted); font-size: 13.5px; margin-top: 12px; }
.links { display: flex; flex-wrap: wrap; gap: 6px 14px; margin-top: 6px; }
a { color: var(--el-link); text-decoration: underline; }
a:focus-visible { outline: 2px solid var(--el-focus); outline-offset: 1px; border-radius: 2px; }
.retracted { --bg: var(--el-retracted-bg); --fg: var(--el-retracted-fg); --bd: var(--el-retracted-bd); }
.lab { --bg: var(--el-lab-bg); --fg: var(--el-lab-fg); --bd: var(--el-lab-bd); }
.uncontrolled { --bg: var(--el-uncontrolled-bg); --fg: var(--el-uncontrolled-fg); --bd: var(--el-uncontrolled-bd); }
.controlled { --bg: var(--el-controlled-bg); --fg: var(--el-controlled-fg); --bd: var(--el-controlled-bd); }
.randomized { --bg: var(--el-randomized-bg); --fg: var(--el-randomized-fg); --bd: var(--el-randomized-bd); }
.context, .unknown, .not-in-record, .claim { --bg: var(--el-other-bg); --fg: var(--el-other-fg); --bd: var(--el-other-bd); }
.registered { --bg: var(--el-registered-bg); --fg: var(--el-registered-fg); --bd: var(--el-registered-bd); }
.title { --bg: var(--el-title-bg); --fg: var(--el-title-fg); --bd: var(--el-title-bd); }
`;
