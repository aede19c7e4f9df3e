// Proves a lesson step's highlight (issue 16) dims exactly what the step is not about: servers
// other than those named (and the leader of the moment), messages of other kinds, log entries
// other than the one zxid, panels other than those named (with the lab's heading and settings);
// and that nothing but ZooKeeper's names and zxids reaches the rule.
import { describe, expect, it } from 'vitest';
import { highlightCss, PANEL_SELECTORS } from './highlightCss';

describe('highlightCss', () => {
  it('dims nothing without a highlight', () => {
    expect(highlightCss(undefined, 3)).toBe('');
    expect(highlightCss({}, 3)).toBe('');
  });

  it('keeps the named servers and the leader of the moment', () => {
    expect(highlightCss({ servers: [1], leader: true }, 3)).toBe(
      '.learn-stage .server:not([data-sid="1"]):not([data-sid="3"]) { opacity: 0.45; }',
    );
  });

  it('keeps messages of the named kinds and one log entry', () => {
    const css = highlightCss({ messages: ['PROPOSAL', 'ACK'], zxid: '0x100000003' }, null);
    expect(css).toContain(
      '.learn-stage .msg:not(.kind-PROPOSAL):not(.kind-ACK) { opacity: 0.25; }',
    );
    expect(css).toContain('g[data-zxid]:not([data-zxid="0x100000003"]) { opacity: 0.3; }');
    expect(css).toContain('g[data-zxid="0x100000003"] rect { stroke: var(--focus)');
  });

  it('drops anything that is not a name or a zxid', () => {
    expect(highlightCss({ messages: ['a } body { x'], zxid: '"]{' }, null)).toBe('');
  });

  it('keeps the named panels, outlined, and dims every other panel', () => {
    const css = highlightCss({ panels: ['latency', 'ring'] }, null);
    const [dim, keep] = css.split('}\n');
    expect(dim).toContain('opacity: 0.45');
    for (const p of ['strategies', 'zookeeper', 'decisions', 'charts', 'summary', 'inspector'])
      expect(dim).toContain(PANEL_SELECTORS[p as keyof typeof PANEL_SELECTORS]);
    expect(dim).toContain('.learn-stage .compare-head');
    expect(dim).not.toContain(PANEL_SELECTORS.latency);
    expect(dim).not.toContain(PANEL_SELECTORS.ring);
    expect(keep).toBe(
      '.learn-stage .lb-latency,\n.learn-stage section.ring { outline: 2px solid var(--focus); outline-offset: 2px; }',
    );
  });

  it('ignores a panel it does not know', () => {
    expect(highlightCss({ panels: ['nowhere' as never] }, null)).toBe('');
  });
});
