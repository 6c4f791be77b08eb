import briefs from 'virtual:condition-briefs';
import packed from 'virtual:evidence-record';
import { claimPatterns } from '@/src/claims/find-claims';
import { analysePage, summaryCitations } from '@/src/claims/page-analysis';
import { PatternWarmer } from '@/src/claims/warm-up';
import { NO_OPEN_DATA, type PackedOpenData, startEvidenceSources } from '@/src/evidence/evidence-sources';
import { badgeResults } from '@/src/cards/card-content';
import { lookupCitations } from '@/src/evidence/lookup';
import { dispatch } from '@/src/messaging/protocol';
import { createSummaryStore, mergeClaims, mergeSummary, withError } from '@/src/summary/tab-summaries';
import { toolbarState } from '@/src/summary/toolbar';
import { pageTopic } from '@/src/topics/page-topic';
import { browser } from 'wxt/browser';

const CHECK_MENU = 'evidence-lens-check';

export default defineBackground(() => {
  // The record is in this script; the open lists are a data file of the extension, read once at start.
  let evidence = startEvidenceSources(packed, NO_OPEN_DATA);
  const ready = fetch(browser.runtime.getURL('/data/open-data.json' as '/popup.html'))
    .then((response) => response.json() as Promise<PackedOpenData>)
    .then((open) => {
      evidence = startEvidenceSources(packed, open);
    })
    .catch(() => undefined); // built without the data folder: the record alone answers
  const summaries = createSummaryStore(browser.storage.session);
  // The claims engine's patterns compile here, once, rather than in every page (see claims/warm-up.ts).
  setTimeout(() => new PatternWarmer(claimPatterns()).step(() => false), 0);

  const showToolbar = async (tabId: number) => {
    const state = toolbarState(await summaries.get(tabId));
    // Firefox's MV2 build has browserAction, not action: without this every lookup failed there.
    const action = browser.action ?? browser.browserAction;
    await Promise.all([
      action.setBadgeText({ tabId, text: state.text }),
      action.setBadgeBackgroundColor({ tabId, color: state.color }),
      action.setTitle({ tabId, title: state.title }),
    ]).catch(() => undefined); // the tab may be gone
  };

  browser.runtime.onMessage.addListener((raw, sender) =>
    dispatch(raw, sender.tab?.id ?? null, {
      async lookup(request, tabId) {
        await ready;
        const answer = lookupCitations(evidence, request.citations);
        if (tabId !== null) {
          const topic = request.topic ? pageTopic(request.topic, request.scholarly === true, briefs, evidence.record) : null;
          await summaries.set(tabId, mergeSummary(await summaries.get(tabId), request, answer, topic));
          await showToolbar(tabId);
        }
        return { results: badgeResults(answer, request.citations) };
      },
      async claims(request, tabId) {
        const summary = tabId !== null ? await summaries.get(tabId) : null;
        const citations = summary?.url === request.url ? summaryCitations(summary) : [];
        const brief = summary?.url === request.url ? (summary.briefs[0]?.note ?? null) : null;
        const signals = { url: request.url, metaNames: [], formCount: request.formCount };
        const result = analysePage(request.blocks, citations, signals, brief);
        if (tabId !== null && summary?.url === request.url) await summaries.set(tabId, mergeClaims(summary, request, result));
        return result;
      },
      getSummary: ({ tabId }) => summaries.get(tabId),
      resolve: async ({ citations }) => {
        await ready;
        return { results: badgeResults(lookupCitations(evidence, citations), citations) };
      },
      async reportError(report, tabId) {
        if (tabId !== null) await summaries.set(tabId, withError(await summaries.get(tabId), report));
        return { recorded: tabId !== null };
      },
    }),
  );

  // "Check citation" on selected text: the page's content script shows what the record says.
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: CHECK_MENU, title: 'Check citation with Evidence Lens', contexts: ['selection'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== CHECK_MENU || tab?.id === undefined || !info.selectionText) return;
    void browser.tabs
      .sendMessage(tab.id, { type: 'checkSelection', text: info.selectionText.slice(0, 5000) })
      .catch(() => undefined);
  });

  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && change.url) void summaries.delete(tabId).then(() => showToolbar(tabId));
  });
  browser.tabs.onRemoved.addListener((tabId) => void summaries.delete(tabId));
});
