/**
 * Load-independent figures of the ensemble view's work per frame (issue 15, item 6). Frame
 * intervals measured in real time say little on a shared machine; these counters do not depend on
 * how busy it is. The page's clock is Playwright's fake one (installed before the app loads), so
 * the player's requestAnimationFrame ticks are driven here, one by one, exactly FRAME_MS of real
 * time apart: at 1x every tick moves display time by FRAME_MS, and N ticks cover the same
 * simulated span on any machine. After each tick the bench waits for the worker's answer (the
 * player keeps one request in flight), so every tick draws its own frame.
 *
 * Counted over the span: Chrome's own counters (CDP Performance.getMetrics: LayoutCount,
 * RecalcStyleCount, LayoutDuration, RecalcStyleDuration, ScriptDuration), DOM mutation records
 * (a MutationObserver on the document), React commits and the components each commit rendered
 * (React calls a DevTools hook, when one exists, on every commit; the bench installs a minimal
 * one). Layout and style counts include the
 * browser's own passes for each rendered frame, and how many frames render per tick depends on
 * whether the worker answers within one (1 to 2 per tick: not load-independent). The layouts and
 * style recalculations that script forced (a read of layout or style after a write, in the middle
 * of a frame) are counted apart from a performance trace (Chrome records a stack for those only):
 * those are the avoidable ones, and their count does not depend on the machine's load. The
 * durations do. Figures only.
 */
import type { Browser, BrowserContext, CDPSession, Page } from '@playwright/test';

/** One tick of a 60 Hz display. */
export const FRAME_MS = 1000 / 60;

/**
 * Installed in the page before the app loads: counts React commits, DOM mutation records and the
 * worker's outstanding requests (so the driver can wait for each answer). A string, so the
 * bundler that runs this file (tsx) cannot wrap it in helpers the page does not have.
 */
const PROBE = `(() => {
  const probe = { commits: 0, renders: 0, mutations: 0, sent: 0, received: 0, waiters: [] };
  window.__zabBench = probe;
  // The browser's own animation frame, kept before the fake clock replaces it: the driver waits
  // for a real frame (style, layout, paint) after every tick, as the display would.
  const realFrame = window.requestAnimationFrame.bind(window);
  probe.rendered = () => new Promise((done) => realFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => done();
    channel.port2.postMessage(0);
  }));
  // React looks for this hook when it loads and then reports every commit to it.
  let nextId = 1;
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject(renderer) { const id = nextId++; this.renderers.set(id, renderer); return id; },
    checkDCE() {},
    onScheduleFiberRoot() {},
    onCommitFiberRoot(id, root) {
      probe.commits += 1;
      // Components this commit rendered, found as React's DevTools find them: a subtree whose
      // child is the same fiber as last time was skipped; a component that did work is flagged
      // PerformedWork (1). Function, forwardRef, memo and class components.
      const walk = (next, prev) => {
        const component = next.tag === 0 || next.tag === 1 || next.tag === 11 || next.tag === 14 || next.tag === 15;
        if (component && (!prev || (next.flags & 1))) probe.renders += 1;
        if (prev && next.child === prev.child) return;
        for (let c = next.child; c; c = c.sibling) walk(c, c.alternate);
      };
      walk(root.current, root.current.alternate);
    },
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
  };
  new MutationObserver((records) => { probe.mutations += records.length; })
    .observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  const Base = window.Worker;
  window.Worker = class extends Base {
    constructor(url, options) {
      super(url, options);
      this.addEventListener('message', () => {
        probe.received += 1;
        if (probe.received >= probe.sent) for (const w of probe.waiters.splice(0)) w();
      });
    }
    postMessage(message, transfer) {
      probe.sent += 1;
      return transfer === undefined ? super.postMessage(message) : super.postMessage(message, transfer);
    }
  };
})()`;

/** Prepares a context's pages for measureCounters: the probe, before any of the app's scripts. */
export async function installCounterProbe(context: BrowserContext): Promise<void> {
  await context.addInitScript(PROBE);
}

const METRICS = [
  'LayoutCount',
  'RecalcStyleCount',
  'LayoutDuration',
  'RecalcStyleDuration',
  'ScriptDuration',
] as const;
type Metric = (typeof METRICS)[number];

async function sample(cdp: CDPSession, page: Page) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const out = {} as Record<Metric | 'commits' | 'renders' | 'mutations', number>;
  for (const name of METRICS) out[name] = metrics.find((m) => m.name === name)?.value ?? NaN;
  const probe = await page.evaluate(
    '({ commits: window.__zabBench.commits, renders: window.__zabBench.renders, mutations: window.__zabBench.mutations })',
  );
  return { ...out, ...(probe as { commits: number; renders: number; mutations: number }) };
}

/**
 * Resolves once every message posted to the worker has had an answer, and the browser has then
 * rendered a frame.
 */
const SETTLED = `new Promise((done) => {
  const p = window.__zabBench;
  if (p.received >= p.sent) done(); else p.waiters.push(done);
}).then(() => window.__zabBench.rendered())`;

const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.stack',
];

interface TraceEvent {
  name: string;
  ph: string;
  args?: { beginData?: { stackTrace?: unknown[] }; data?: { stackTrace?: unknown[] } };
}

/** Layouts and style recalculations that script forced: Chrome gives those a JS stack. */
function forcedIn(trace: Buffer): { layouts: number; styleRecalcs: number } {
  const events = (JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  let layouts = 0;
  let styleRecalcs = 0;
  for (const e of events) {
    if (e.ph === 'E') continue;
    const stack = e.args?.beginData?.stackTrace ?? e.args?.data?.stackTrace;
    if (!stack || stack.length === 0) continue;
    if (e.name === 'Layout') layouts += 1;
    else if (e.name === 'UpdateLayoutTree') styleRecalcs += 1;
  }
  return { layouts, styleRecalcs };
}

/**
 * Plays `ticks` animation ticks at the speed shown (the page paused at the start), each FRAME_MS
 * of fake time, waiting for the worker's frame after each; then pauses and reports the counters
 * per tick and per simulated second of the span. The page must have been opened with
 * installCounterProbe and `page.clock.install()`.
 */
export async function measureCounters(page: Page, ticks: number) {
  const browser = page.context().browser() as Browser;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const time = async () => Number.parseFloat((await page.getByTestId('time').textContent()) ?? '0');
  // From here on, timers and animation frames run only when the bench says so.
  await page.clock.pauseAt(((await page.evaluate('Date.now()')) as number) + 1000);
  await page.evaluate(SETTLED);
  const t0 = await time();
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  const a = await sample(cdp, page);
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  for (let i = 0; i < ticks; i++) {
    await page.clock.runFor(FRAME_MS);
    await page.evaluate(SETTLED);
  }
  const t1 = await time();
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await page.evaluate(SETTLED);
  const b = await sample(cdp, page);
  const forced = forcedIn(await browser.stopTracing());
  await page.clock.resume();
  await cdp.detach();
  const simSeconds = t1 - t0;
  const round = (n: number, d = 2) => Math.round(n * 10 ** d) / 10 ** d;
  const per = (name: keyof typeof a, scale = 1) => ({
    perTick: round(((b[name] - a[name]) * scale) / ticks),
    perSimulatedSecond: round(((b[name] - a[name]) * scale) / simSeconds, 1),
  });
  return {
    ticks,
    simulatedSeconds: round(simSeconds),
    forcedLayouts: {
      perTick: round(forced.layouts / ticks),
      perSimulatedSecond: round(forced.layouts / simSeconds, 1),
    },
    forcedStyleRecalcs: {
      perTick: round(forced.styleRecalcs / ticks),
      perSimulatedSecond: round(forced.styleRecalcs / simSeconds, 1),
    },
    layouts: per('LayoutCount'),
    styleRecalcs: per('RecalcStyleCount'),
    layoutMs: per('LayoutDuration', 1000),
    styleMs: per('RecalcStyleDuration', 1000),
    scriptMs: per('ScriptDuration', 1000),
    reactCommits: per('commits'),
    componentRenders: per('renders'),
    domMutations: per('mutations'),
  };
}

/** The figures above as one line, to compare runs at a glance (per tick of 1/60 s at 1x). */
export function countersLine(c: Awaited<ReturnType<typeof measureCounters>>): string {
  return [
    `forced layouts ${c.forcedLayouts.perTick}`,
    `forced style ${c.forcedStyleRecalcs.perTick}`,
    `layouts ${c.layouts.perTick}`,
    `style ${c.styleRecalcs.perTick}`,
    `DOM mutations ${c.domMutations.perTick}`,
    `React commits ${c.reactCommits.perTick}`,
    `component renders ${c.componentRenders.perTick}`,
    `script ${c.scriptMs.perTick} ms`,
    `layout ${c.layoutMs.perTick} ms`,
    `style ${c.styleMs.perTick} ms per tick`,
  ].join(', ');
}
