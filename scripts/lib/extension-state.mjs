// Reading the extension's own state from its service worker, for the demo and the tests.

/**
 * The tab showing `url` and the background's summary of it. The extension has
 * no "tabs" permission, so tabs are found through the summaries it keeps.
 */
export async function findSummary(worker, url, { timeout = 15_000 } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const found = await worker.evaluate(async (pageUrl) => {
      const all = await chrome.storage.session.get(null);
      for (const [key, summary] of Object.entries(all)) {
        if (key.startsWith('summary:') && summary?.url === pageUrl) return { tabId: Number(key.slice(8)), summary };
      }
      return null;
    }, url);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no summary for ${url}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
