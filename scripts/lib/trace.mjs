// Tracing a page's renderer through the Chrome DevTools Protocol: the bench (scripts/bench/extension.mjs) and the
// hostile-page e2e test read the same trace events.

/** The renderer's timeline and script execution; user-timing marks land on the same clock. */
export const TIMELINE = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute'];

/**
 * Runs `fn` under a CDP trace and returns the trace events. `cdp` is a Playwright CDPSession; `categories` the
 * trace categories to record.
 */
export async function traceWhile(cdp, fn, categories = TIMELINE) {
  const events = [];
  const onData = (e) => events.push(...e.value);
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: categories }, transferMode: 'ReportEvents' });
  try {
    await fn();
  } finally {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', onData);
  }
  return events;
}
