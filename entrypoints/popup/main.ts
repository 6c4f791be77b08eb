import type { PageSummary, Reply } from '@/src/messaging/protocol';
import { renderPopup } from '@/src/popup/render-popup';
import { browser } from 'wxt/browser';

async function start(): Promise<void> {
  const root = document.getElementById('app') as HTMLElement;
  // Tests open the popup as a page and name the tab to summarise.
  const forced = Number(new URLSearchParams(location.search).get('tab'));
  const tab = forced ? await browser.tabs.get(forced) : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  const reveal = (key: string) => {
    if (tab?.id === undefined) return;
    void browser.tabs.sendMessage(tab.id, { type: 'reveal', key }).catch(() => undefined);
    if (!forced) window.close();
  };
  if (tab?.id === undefined || !/^https?:/.test(tab.url ?? '')) {
    renderPopup(document, root, { kind: 'unsupported' }, reveal);
    return;
  }
  const tabId = tab.id;
  const show = async () => {
    const reply = (await browser.runtime.sendMessage({ type: 'getSummary', tabId })) as Reply<PageSummary | null>;
    renderPopup(document, root, { kind: 'page', summary: reply.ok ? reply.value : null }, reveal);
  };
  renderPopup(document, root, { kind: 'loading' }, reveal);
  await show();
  // Update while open when the page changes.
  browser.storage.session.onChanged.addListener((changes) => {
    if (`summary:${tabId}` in changes) void show();
  });
}

void start();
