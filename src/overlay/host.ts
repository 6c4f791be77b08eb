/**
 * Our elements on the page: one prefixed custom element name for every host,
 * each with its own shadow root (closed in shipped builds).
 */
export const HOST_TAG = 'evidence-lens-ui';
export const HOST_ATTR = 'data-evidence-lens';

export function isOwnElement(el: Element): boolean {
  return el.localName === HOST_TAG;
}

export function createHost(
  doc: Document,
  role: 'badge' | 'card' | 'claim',
  css: string,
): { host: HTMLElement; root: ShadowRoot } {
  const host = doc.createElement(HOST_TAG);
  host.setAttribute(HOST_ATTR, role);
  const root = host.attachShadow({ mode: __EL_SHADOW_MODE__ });
  const style = doc.createElement('style');
  style.textContent = css;
  root.append(style);
  return { host, root };
}
