// Proves how a fork chooses tickTime, initLimit and syncLimit from the servers' start lines: the
// value every server printed is "logged" with its servers; servers that differ give the value
// most printed (ties to the lowest sid) as "disagree"; a value beyond the scenario's bound and a
// setting no server printed fall back to the simulator's default and say so.
import { describe, expect, it } from 'vitest';
import type { ConfigKey, LogEvent } from '../../logs/index';
import { forkConfig } from './forkConfig';

function config(sid: number, key: ConfigKey, value: number): LogEvent {
  return { code: 'server.config', params: { key, value }, at: '', ms: 0, sid, file: 'f', line: 1 };
}

describe('forkConfig', () => {
  it('carries the values every server printed, and defaults what none printed', () => {
    const got = forkConfig([
      config(1, 'tickTime', 3000),
      config(2, 'tickTime', 3000),
      config(1, 'initLimit', 20),
      config(1, 'minSessionTimeout', 6000),
    ]);
    expect(got).toEqual([
      { key: 'tickTime', value: 3000, source: 'logged', sids: [1, 2] },
      { key: 'initLimit', value: 20, source: 'logged', sids: [1] },
      { key: 'syncLimit', value: 5, source: 'default', sids: [] },
    ]);
  });

  it('takes what most servers printed when they disagree, a tie going to the lowest sid', () => {
    const got = forkConfig([
      config(1, 'tickTime', 1000),
      config(2, 'tickTime', 2000),
      config(3, 'tickTime', 2000),
      config(3, 'syncLimit', 7),
      config(2, 'syncLimit', 9),
    ]);
    expect(got[0]).toEqual({ key: 'tickTime', value: 2000, source: 'disagree', sids: [2, 3] });
    expect(got[2]).toEqual({ key: 'syncLimit', value: 9, source: 'disagree', sids: [2] });
  });

  it('refuses a value beyond the bound and keeps the logged one for the message', () => {
    const got = forkConfig([config(1, 'tickTime', 5), config(1, 'initLimit', 5000)]);
    expect(got[0]).toEqual({
      key: 'tickTime',
      value: 2000,
      source: 'out-of-bounds',
      sids: [1],
      logged: 5,
    });
    expect(got[1]).toMatchObject({ source: 'out-of-bounds', value: 10, logged: 5000 });
  });

  it('lets a restart print a new value: the server’s last one counts', () => {
    const got = forkConfig([config(1, 'tickTime', 1000), config(1, 'tickTime', 4000)]);
    expect(got[0]).toEqual({ key: 'tickTime', value: 4000, source: 'logged', sids: [1] });
  });
});
