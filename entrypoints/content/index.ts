import claimHints from 'virtual:claim-hints';
import { dispatchOnPage } from '@/src/messaging/page-messages';
import { LIMITS, type Reply, type Request } from '@/src/messaging/protocol';
import { PageSession } from '@/src/page/page-session';
import { watchChanges } from '@/src/page/watch-changes';
import { isSiteEnabled, type Settings } from '@/src/settings/settings';
import { loadStoredSettings, watchStoredSettings } from '@/src/settings/read-stored';
import { browser } from 'wxt/browser';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    // A failure between the scan and the badges is reported once: to the console in development, always to the
    // background, so the popup can say the page could not be read instead of showing nothing.
    let reported = false;
    const report = (error: unknown) => {
      if (reported) return;
      reported = true;
      if (import.meta.env.DEV) console.error('Evidence Lens could not read this page:', error);
      const message = String((error as { message?: unknown } | null)?.message ?? error).slice(0, LIMITS.text);
      void browser.runtime.sendMessage({ type: 'reportError', url: location.href, message }).catch(() => undefined);
    };
    const send = async (request: Request) => {
      const reply = (await browser.runtime.sendMessage(request)) as Reply<unknown>;
      if (request.type === 'lookup' && !reply?.ok) report(new Error(`lookup: ${reply?.error?.message ?? 'no answer'}`));
      return reply;
    };
    const timers = { setTimeout: (fn: () => void, ms: number) => ctx.setTimeout(fn, ms), now: () => performance.now() };
    // The claims engine's trigger words, built into this script by the build (the engine runs in the background).
    const hints = new RegExp(claimHints.source, claimHints.flags);
    let session: PageSession | null = null;
    let stopWatching: (() => void) | null = null;
    let checker: PageSession | null = null;

    const start = async (settings: Settings) => {
      session = new PageSession({ doc: document, send, onError: report, ...timers, claimHints: hints });
      session.applySettings(settings);
      const current = session;
      // Watch first: what the page adds while the first scan runs is scanned next.
      stopWatching = watchChanges(document, (roots) => void current.scanRoots(roots).catch(report), timers);
      await current.scan().catch(report);
    };
    const stop = () => {
      stopWatching?.();
      stopWatching = null;
      session?.destroy();
      session = null;
      // An empty report clears the toolbar count; the popup says the site is switched off.
      void send({
        type: 'lookup',
        append: false,
        url: location.href,
        title: document.title.slice(0, 600),
        citations: [],
      });
    };

    let settings = await loadStoredSettings();
    const onMessage = (raw: unknown) =>
      dispatchOnPage(raw, {
        reveal: ({ key }) => ({ found: session?.reveal(key) ?? false }),
        ping: () => ({ ready: true as const, url: location.href }),
        checkSelection: async ({ text }) => {
          const selection = window.getSelection();
          const range = selection?.rangeCount ? selection.getRangeAt(0) : null;
          // With the site switched off there is no session: one quiet session serves the menu only.
          checker ??= new PageSession({ doc: document, send, ...timers });
          return { found: await (session ?? checker).checkSelection(text, range) };
        },
      });
    browser.runtime.onMessage.addListener(onMessage);
    const unwatch = watchStoredSettings((next) => {
      const was = isSiteEnabled(settings, location.href);
      const now = isSiteEnabled(next, location.href);
      settings = next;
      if (was && !now) stop();
      else if (!was && now) void start(next);
      else session?.applySettings(next);
    });
    ctx.onInvalidated(() => {
      unwatch();
      browser.runtime.onMessage.removeListener(onMessage);
      stopWatching?.();
      session?.destroy();
      checker?.destroy();
    });
    ctx.addEventListener(window, 'wxt:locationchange', () => void session?.scan(undefined, false).catch(report));

    if (isSiteEnabled(settings, location.href)) await start(settings);
    else stop();
  },
});
