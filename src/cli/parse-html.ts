/**
 * Parses a saved page into a Document under happy-dom, with scripts, styles
 * and sub-resources disabled: a saved page is data, never code.
 */
import { Window } from 'happy-dom';

export function parseHtml(html: string, url = 'https://example.invalid/'): { document: Document; close: () => void } {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
    },
  });
  const document = window.document as unknown as Document;
  document.write(html);
  return { document, close: () => void window.happyDOM.close() };
}
