import type { PageSummary, Reply } from '@/src/messaging/protocol';
import { renderPopup } from '@/src/popup/render-popup';
import { browser } from 'wxt/browser';

async function start(): Promise<void> {
  const root = document.getElementById('app') as HTMLElement;
  // Tests open the popup as a page and name the tab to summarise.
  const forced = Number(new URLSearchParams(location.search).get('tab'));
  const tabId = forced || (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  const reveal = (key: string) => {
    if (tabId === undefined) return;
    void browser.tabs.sendMessage(tabId, { type: 'reveal', key }).catch(() => undefined);
    if (!forced) window.close();
  };
  if (tabId === undefined) {
    renderPopup(document, root, { kind: 'unsupported' }, reveal);
    return;
  }
  const show = async () => {
    const reply = (await browser.runtime.sendMessage({ type: 'getSummary', tabId })) as Reply<PageSummary | null>;
    const summary = reply.ok ? reply.value : null;
    if (summary) {
      renderPopup(document, root, { kind: 'page', summary }, reveal);
      return;
    }
    // No summary yet: either the page is still being read, or no content script can run there
    // (browser pages, the web store). Without the "tabs" permission we ask the page itself.
    const alive = await browser.tabs.sendMessage(tabId, { type: 'ping' }).then(
      (r) => (r as Reply<unknown>)?.ok === true,
      () => false,
    );
    renderPopup(document, root, alive ? { kind: 'loading' } : { kind: 'unsupported' }, reveal);
  };
  renderPopup(document, root, { kind: 'loading' }, reveal);
  await show();
  // Update while open when the page changes.
  browser.storage.session.onChanged.addListener((changes) => {
    if (`summary:${tabId}` in changes) void show();
  });
}

void start();
