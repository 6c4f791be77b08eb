/**
 * Our elements on the page: one prefixed custom element name for every host,
 * each with its own shadow root (closed in shipped builds).
 */
export const HOST_TAG = 'evidence-lens-ui';
export const HOST_ATTR = 'data-evidence-lens';

export function isOwnElement(el: Element): boolean {
  return el.localName === HOST_TAG || el.hasAttribute(HOST_ATTR);
}

/** A tag of our own when the page has taken ours (a page can define `evidence-lens-ui` itself). */
let fallbackTag: string | null = null;

export function createHost(
  doc: Document,
  role: 'badge' | 'card' | 'claim',
  css: string,
): { host: HTMLElement; root: ShadowRoot } {
  let host = doc.createElement(fallbackTag ?? HOST_TAG);
  let root: ShadowRoot;
  try {
    root = host.attachShadow({ mode: __EL_SHADOW_MODE__ });
  } catch {
    // The page registered our element name with a shadow root of its own: use a random name instead.
    fallbackTag = `${HOST_TAG}-${Math.random().toString(36).slice(2, 10)}`;
    host = doc.createElement(fallbackTag);
    root = host.attachShadow({ mode: __EL_SHADOW_MODE__ });
  }
  host.setAttribute(HOST_ATTR, role);
  const style = doc.createElement('style');
  style.textContent = css;
  root.append(style);
  return { host, root };
}
