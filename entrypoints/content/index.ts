import { dispatch, type Request } from '@/src/messaging/protocol';
import { PageSession } from '@/src/page/page-session';
import { watchChanges } from '@/src/page/watch-changes';
import { browser } from 'wxt/browser';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    const session = new PageSession({
      doc: document,
      send: (request: Request) => browser.runtime.sendMessage(request),
      setTimeout: (fn, ms) => ctx.setTimeout(fn, ms),
      now: () => performance.now(),
    });
    const onMessage = (raw: unknown) =>
      dispatch(raw, null, {
        reveal: ({ key }) => ({ found: session.reveal(key) }),
        ping: () => ({ ready: true as const }),
      });
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      session.destroy();
    });
    await session.scan();
    const stop = watchChanges(document, (roots) => roots.forEach((root) => void session.scan(root, true)), {
      setTimeout: (fn, ms) => ctx.setTimeout(fn, ms),
      now: () => performance.now(),
    });
    ctx.onInvalidated(stop);
    ctx.addEventListener(window, 'wxt:locationchange', () => void session.scan(undefined, false));
  },
});
