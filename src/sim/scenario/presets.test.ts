// Proves that every preset is a valid scenario, that ids are unique kebab-case, and that the set
// covers ZAB.md section 8 scenarios 1-19 plus the playground and the client recipes (whose references
// name ZooKeeper's recipes); presets are validated through
// the same validateScenario the CLI and the app use.
import { describe, expect, it } from 'vitest';
import { DEFAULT_PRESET_ID, PRESETS, presetById } from './presets';
import { validateScenario } from './validate';

describe('presets', () => {
  it.each(PRESETS.map((p) => [p.id, p] as const))('%s is a valid scenario', (_id, preset) => {
    const r = validateScenario(preset.scenario);
    expect(r.ok ? 'ok' : r.error).toBe('ok');
  });

  it('have unique kebab-case ids, a title, a reference and a one-paragraph description', () => {
    const ids = PRESETS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of PRESETS) {
      expect(p.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(p.title.length).toBeGreaterThan(5);
      expect(p.reference).toMatch(/^(ZAB\.md §8 scenarios? \d|ZooKeeper Recipes)/);
      expect(p.description.length).toBeGreaterThan(200);
      expect(p.description).not.toContain('\n');
    }
  });

  it('cover ZAB.md section 8 scenarios 1-19', () => {
    const covered = PRESETS.map((p) => /§8 scenario (\d+)$/.exec(p.reference)?.[1])
      .filter((n) => n !== undefined)
      .map(Number);
    expect(covered.sort((a, b) => a - b)).toEqual(Array.from({ length: 19 }, (_, i) => i + 1));
  });

  it('keep every action inside the run and start writes after the first election', () => {
    for (const p of PRESETS) {
      for (const a of p.scenario.actions ?? []) {
        expect(a.atMs, p.id).toBeLessThan(p.scenario.untilMs);
        if (a.do === 'write') expect(a.atMs, p.id).toBeGreaterThanOrEqual(1000);
      }
    }
  });

  it('start with the playground: 5 servers, writes, a leader crash at 8 s and a restart later', () => {
    const p = presetById(DEFAULT_PRESET_ID);
    expect(PRESETS[0]?.id).toBe(DEFAULT_PRESET_ID);
    expect(p?.scenario.ensemble.servers).toBe(5);
    const actions = p?.scenario.actions ?? [];
    expect(actions).toContainEqual({ atMs: 8000, do: 'crash', sid: 'leader' });
    expect(actions.some((a) => a.do === 'restart' && a.atMs > 8000)).toBe(true);
    expect(actions.filter((a) => a.do === 'write').length).toBeGreaterThanOrEqual(5);
  });

  it('returns undefined for an unknown id', () => {
    expect(presetById('nope')).toBeUndefined();
  });

  it('time the "failed write" race inside the window the description promises', () => {
    // With a fixed 10 ms delay the PROPOSAL reaches 2 at 3010 and 2 has fsynced by 3012 (fsync
    // <= 2 ms); its ACK cannot reach 3 before 3020. The crash must fall between the two.
    const actions = presetById('failed-write-committed')?.scenario.actions ?? [];
    const crash = actions.find((a) => a.do === 'crash');
    const write = actions.find((a) => a.do === 'write' && a.via === 3);
    expect(actions).toContainEqual({ atMs: 2500, do: 'delay', delayMsMin: 10, delayMsMax: 10 });
    expect(crash!.atMs - write!.atMs).toBeGreaterThan(12);
    expect(crash!.atMs - write!.atMs).toBeLessThan(20);
  });
});

describe('session presets', () => {
  it('are valid, cover ZAB.md section 8 scenarios 14-18, and run clean', async () => {
    const { SESSION_PRESETS } = await import('./presetsSessions');
    const { validateScenario } = await import('./validate');
    const { runScenario } = await import('../index');
    expect(SESSION_PRESETS.map((p) => /scenario (\d+)$/.exec(p.reference)?.[1])).toEqual([
      '14',
      '15',
      '16',
      '17',
      '18',
    ]);
    for (const p of SESSION_PRESETS) {
      const v = validateScenario(p.scenario);
      if (!v.ok) throw new Error(`${p.id}: ${v.error}`);
      expect(runScenario(v.scenario).violations, p.id).toEqual([]);
      expect(presetById(p.id)).toBe(p);
    }
  });
});
