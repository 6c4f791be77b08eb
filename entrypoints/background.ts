import studies from 'virtual:evidence-record';
import { EvidenceIndex } from '@/src/evidence/evidence-index';
import { lookupCitations } from '@/src/evidence/lookup';
import { dispatch } from '@/src/messaging/protocol';
import { createSummaryStore, mergeSummary } from '@/src/summary/tab-summaries';
import { toolbarState } from '@/src/summary/toolbar';
import { browser } from 'wxt/browser';

export default defineBackground(() => {
  const index = new EvidenceIndex(studies);
  const summaries = createSummaryStore(browser.storage.session);

  const showToolbar = async (tabId: number) => {
    const state = toolbarState(await summaries.get(tabId));
    await Promise.all([
      browser.action.setBadgeText({ tabId, text: state.text }),
      browser.action.setBadgeBackgroundColor({ tabId, color: state.color }),
      browser.action.setTitle({ tabId, title: state.title }),
    ]).catch(() => undefined); // the tab may be gone
  };

  browser.runtime.onMessage.addListener((raw, sender) =>
    dispatch(raw, sender.tab?.id ?? null, {
      async lookup(request, tabId) {
        const answer = lookupCitations(index, request.citations);
        if (tabId !== null) {
          await summaries.set(tabId, mergeSummary(await summaries.get(tabId), request, answer));
          await showToolbar(tabId);
        }
        return answer;
      },
      getSummary: ({ tabId }) => summaries.get(tabId),
    }),
  );

  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && change.url) void summaries.delete(tabId).then(() => showToolbar(tabId));
  });
  browser.tabs.onRemoved.addListener((tabId) => void summaries.delete(tabId));
});
