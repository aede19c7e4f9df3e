/**
 * What a lesson step highlights (issue 16): servers, messages of some kinds, one log entry, whole
 * panels; the rest of the picture dims. A style rule over the picture's own marks (a card's data-sid, a
 * message's kind-* class, a log slot's data-zxid), so the drawing code stays the same everywhere.
 */
import type { Highlight, PanelId } from '../../learn/lesson';

const DIM = 0.45;

/** Each panel's box in the Learn view (the ensemble picture and its inspector, or the lab's). */
export const PANEL_SELECTORS: Record<PanelId, string> = {
  ensemble: '.learn-stage .ensemble-wrap',
  inspector: '.learn-side .inspector',
  strategies: '.learn-stage .lb-main-panels',
  latency: '.learn-stage .lb-latency',
  zookeeper: '.learn-stage .zk-strip',
  decisions: '.learn-stage .lb-decisions',
  charts: '.learn-stage .lb-charts',
  ring: '.learn-stage section.ring',
  summary: '.learn-stage .lb-summary',
};
/** Not a panel a step names, but part of "the rest": the lab's heading, pickers and settings. */
const REST = ['.learn-stage .compare-head'];

function panelRules(panels: readonly PanelId[]): string[] {
  const known = panels.filter((p) => p in PANEL_SELECTORS);
  if (known.length === 0) return [];
  const others = (Object.keys(PANEL_SELECTORS) as PanelId[])
    .filter((p) => !known.includes(p))
    .map((p) => PANEL_SELECTORS[p]);
  return [
    `${[...others, ...REST].join(',\n')} { opacity: ${DIM}; }`,
    `${known.map((p) => PANEL_SELECTORS[p]).join(',\n')} { outline: 2px solid var(--focus); outline-offset: 2px; }`,
  ];
}

/** A kind or zxid as a CSS token: ZooKeeper's names and hex zxids only, anything else dropped. */
function token(s: string): string | null {
  return /^[A-Za-z0-9_]+$/.test(s) ? s : null;
}

export function highlightCss(h: Highlight | undefined, leader: number | null): string {
  if (!h) return '';
  const rules: string[] = [];
  const sids = [...(h.servers ?? [])];
  if (h.leader && leader !== null) sids.push(leader);
  if (sids.length > 0) {
    const keep = sids.map((sid) => `:not([data-sid="${sid}"])`).join('');
    rules.push(`.learn-stage .server${keep} { opacity: ${DIM}; }`);
  }
  const kinds = (h.messages ?? []).map(token).filter((k) => k !== null);
  if (kinds.length > 0) {
    const keep = kinds.map((k) => `:not(.kind-${k})`).join('');
    rules.push(`.learn-stage .msg${keep} { opacity: 0.25; }`);
  }
  const zxid = h.zxid ? token(h.zxid) : null;
  if (zxid) {
    rules.push(
      `.learn-stage .log-column g[data-zxid]:not([data-zxid="${zxid}"]) { opacity: 0.3; }`,
    );
    rules.push(
      `.learn-stage .log-column g[data-zxid="${zxid}"] rect { stroke: var(--focus); stroke-width: 2; }`,
    );
  }
  rules.push(...panelRules(h.panels ?? []));
  return rules.join('\n');
}
