import type { PageSummary, Reply, Responses } from '@/src/messaging/protocol';
import { type PopupState, renderPopup } from '@/src/popup/render-popup';
import { isSiteEnabled, siteOf, withSite } from '@/src/settings/settings';
import { loadSettings, updateSettings, watchSettings } from '@/src/settings/settings-item';
import { browser } from 'wxt/browser';

async function start(): Promise<void> {
  const root = document.getElementById('app') as HTMLElement;
  // Tests open the popup as a page and name the tab to summarise.
  const forced = Number(new URLSearchParams(location.search).get('tab'));
  const tabId = forced || (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  let url = '';
  const actions = {
    reveal(key: string) {
      if (tabId === undefined) return;
      void browser.tabs.sendMessage(tabId, { type: 'reveal', key }).catch(() => undefined);
      if (!forced) window.close();
    },
    setSiteEnabled: (on: boolean) => void updateSettings((s) => withSite(s, url, on)),
    setClaimNotes: (on: boolean) => void updateSettings((s) => ({ ...s, claimNotes: on })),
    openOptions: () => void browser.runtime.openOptionsPage(),
  };
  const render = (state: PopupState) => renderPopup(document, root, state, actions);
  if (tabId === undefined) return render({ kind: 'unsupported' });

  // Without the "tabs" permission the page itself tells us where it is; no answer
  // means no content script can run there (browser pages, the web store).
  const ping = (await browser.tabs.sendMessage(tabId, { type: 'ping' }).catch(() => null)) as Reply<Responses['ping']> | null;
  if (!ping?.ok) return render({ kind: 'unsupported' });
  url = ping.value.url;
  const site = siteOf(url) ?? url;

  const show = async () => {
    const settings = await loadSettings();
    if (!isSiteEnabled(settings, url)) return render({ kind: 'off', site, settings });
    const reply = (await browser.runtime.sendMessage({ type: 'getSummary', tabId })) as Reply<PageSummary | null>;
    const summary = reply.ok ? reply.value : null;
    if (!summary || summary.url !== url) return render({ kind: 'loading', site, settings });
    render({ kind: 'page', site, settings, summary });
  };
  await show();
  // Update while open when the page or the settings change.
  browser.storage.session.onChanged.addListener((changes) => {
    if (`summary:${tabId}` in changes) void show();
  });
  watchSettings(() => void show());
}

void start();
