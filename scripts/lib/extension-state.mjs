// Reading the extension's own state from its service worker, for the demo and the tests.

/**
 * The tab showing `url` and the background's summary of it. The extension has
 * no "tabs" permission, so tabs are found through the summaries it keeps.
 */
export async function findSummary(worker, url, { timeout = 15_000 } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const found = await worker.evaluate(async (pageUrl) => {
      // The newest tab showing the page (tests may have it open in several tabs).
      const all = await chrome.storage.session.get(null);
      let found = null;
      for (const [key, summary] of Object.entries(all)) {
        const tabId = Number(key.slice(8));
        if (key.startsWith('summary:') && summary?.url === pageUrl && (!found || tabId > found.tabId)) found = { tabId, summary };
      }
      return found;
    }, url);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no summary for ${url}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
