/**
 * The banner over a replay of real logs: says the timeline is real (not simulated), what was
 * opened and where time 0 is, lets a person correct each server's clock skew, continue the
 * replay in the simulator from the moment shown, or go back to the simulation.
 */
import { useState, type FormEvent } from 'react';
import { CLOCK_OFFSET_MAX_MS, type ForkRefusal } from '../../protocol/replay';
import { useController } from '../controllerContext';
import type { Translate } from '../i18n/t';
import { useT } from '../i18n/useT';
import { useAppStore } from '../store/appStore';

/** The logs' wall-clock time of display time 0, as the logs print it (no zone: read as UTC). */
export function wallClock(ms: number): string {
  return new Date(ms).toISOString().replace('T', ' ').replace('Z', '');
}

export function forkRefusalText(r: ForkRefusal, t: Translate): string {
  switch (r.code) {
    case 'fork.sids':
    case 'fork.observers':
      return t(`replay.refuse.${r.code}`, { sids: r.sids.join(', ') });
    case 'fork.too-many-servers':
    case 'fork.too-many-txns':
      return t(`replay.refuse.${r.code}`, { limit: r.limit });
    case 'fork.no-replay':
      return t('replay.refuse.fork.no-replay');
  }
}

function Offsets({ servers, offsets }: { servers: number[]; offsets: Record<number, number> }) {
  const t = useT();
  const ctl = useController();
  const [draft, setDraft] = useState<Record<number, string> | null>(null);
  const [bad, setBad] = useState<number | null>(null);
  const current = draft ?? Object.fromEntries(servers.map((s) => [s, String(offsets[s] ?? 0)]));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const out: Record<number, number> = {};
    for (const sid of servers) {
      const n = Number((current[sid] ?? '').trim() || '0');
      if (!Number.isInteger(n) || Math.abs(n) > CLOCK_OFFSET_MAX_MS) return setBad(sid);
      out[sid] = n;
    }
    setBad(null);
    setDraft(null);
    ctl.setClockOffsets(out);
  };
  // Folded by default: most log sets need no correction, and the ring needs the room.
  return (
    <details className="replay-offsets" open={bad !== null || undefined}>
      <summary>{t('replay.offsets')}</summary>
      <form onSubmit={submit} noValidate>
        <p className="dialog-note">{t('replay.offsetHint', { max: CLOCK_OFFSET_MAX_MS })}</p>
        <fieldset>
          {servers.map((sid) => (
            <label key={sid} className="field replay-offset">
              <span>{t('replay.offset', { sid })}</span>
              <input
                type="text"
                inputMode="numeric"
                value={current[sid] ?? '0'}
                aria-invalid={bad === sid || undefined}
                onChange={(e) => setDraft({ ...current, [sid]: e.target.value })}
              />
            </label>
          ))}
          <button type="submit" className="quiet">
            {t('replay.applyOffsets')}
          </button>
        </fieldset>
        {bad !== null && (
          <p className="dialog-problem" role="alert">
            {t('replay.offsetBad', { sid: bad, max: CLOCK_OFFSET_MAX_MS })}
          </p>
        )}
      </form>
    </details>
  );
}

/** Live mode: whether the view follows the newest moment, and the way back to it. */
function LiveFollow({ endMs }: { endMs: number }) {
  const t = useT();
  const ctl = useController();
  const following = useAppStore((s) => s.displayMs >= endMs);
  return following ? (
    <p className="replay-following">{t('replay.live.following')}</p>
  ) : (
    <button type="button" className="quiet" onClick={() => ctl.liveEvents([], true)}>
      {t('replay.live.follow')}
    </button>
  );
}

export function ReplayBanner() {
  const t = useT();
  const ctl = useController();
  const replay = useAppStore((s) => s.replay);
  const refusal = useAppStore((s) => s.forkRefusal);
  if (!replay) return null;
  if (replay.live)
    return (
      <section className="replay-banner replay-live" aria-labelledby="replay-banner-title">
        <div className="replay-head">
          <h2 id="replay-banner-title">
            <span className="replay-badge live-badge">{t('replay.live.badge')}</span>{' '}
            {t('replay.live.banner')}
          </h2>
          <p className="replay-detail">
            {t('replay.live.detail', {
              servers: replay.servers.length,
              elections: replay.elections,
              t0: wallClock(replay.t0Ms),
            })}
          </p>
          <div className="replay-actions">
            <LiveFollow endMs={replay.endMs} />
            <button type="button" className="primary" onClick={() => ctl.forkReplay()}>
              {t('replay.fork')}
            </button>
          </div>
        </div>
        {refusal && (
          <p className="dialog-problem" role="alert">
            {forkRefusalText(refusal, t)}
          </p>
        )}
      </section>
    );
  return (
    <section className="replay-banner" aria-labelledby="replay-banner-title">
      <div className="replay-head">
        <h2 id="replay-banner-title">
          <span className="replay-badge">{t('replay.real')}</span> {t('replay.banner')}
        </h2>
        <p className="replay-detail">
          {t('replay.bannerDetail', {
            servers: replay.servers.length,
            files: replay.files.length,
            elections: replay.elections,
            t0: wallClock(replay.t0Ms),
          })}
        </p>
        <div className="replay-actions">
          <button type="button" className="primary" onClick={() => ctl.forkReplay()}>
            {t('replay.fork')}
          </button>
          <button type="button" className="quiet" onClick={() => ctl.closeReplay()}>
            {t('replay.close')}
          </button>
        </div>
      </div>
      <Offsets servers={replay.servers} offsets={replay.offsets} />
      {refusal && (
        <p className="dialog-problem" role="alert">
          {forkRefusalText(refusal, t)}
        </p>
      )}
    </section>
  );
}
