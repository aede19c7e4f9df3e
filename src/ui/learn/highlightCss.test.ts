// Proves a lesson step's highlight (issue 16) dims exactly what the step is not about: servers
// other than those named (and the leader of the moment), messages of other kinds, log entries
// other than the one zxid; and that nothing but ZooKeeper's names and zxids reaches the rule.
import { describe, expect, it } from 'vitest';
import { highlightCss } from './highlightCss';

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
});
