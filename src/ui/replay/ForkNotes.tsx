/**
 * After "Continue in the simulator": which values of the new run the logs gave, and which were
 * inferred or assumed (ForkNote codes), with the timing settings carried from the servers' own
 * start lines, until the person closes it. `folded` (live mode, where the real processes' strip
 * already sits over the ring) shows only its title until opened, so the ring stays in sight.
 */
import type { ForkConfigValue, ForkNote } from '../../protocol/replay';
import type { Translate } from '../i18n/t';
import { useT } from '../i18n/useT';
import { useAppStore } from '../store/appStore';

export function forkNoteText(n: ForkNote, t: Translate): string {
  return t(`replay.note.${n.code}`, {
    sid: n.sid,
    field: n.field,
    ms: n.ms ?? 0,
    role: n.role ?? '',
    epoch: n.epoch ?? 0,
  });
}

export function forkConfigText(c: ForkConfigValue, t: Translate): string {
  const unit = c.key === 'tickTime' ? 'replay.config.unit.tickTime' : 'replay.config.unit.limit';
  return t(`replay.config.${c.source}`, {
    key: c.key,
    value: t(unit, { value: c.value }),
    logged: t(unit, { value: c.logged ?? 0 }),
    sids: c.sids.map((s) => `S${s}`).join(', '),
  });
}

export function ForkNotes({ folded = false }: { folded?: boolean }) {
  const t = useT();
  const fork = useAppStore((s) => s.fork);
  const setFork = useAppStore((s) => s.setFork);
  if (!fork) return null;
  const title = <h2 id="fork-notes-title">{t('replay.forkTitle')}</h2>;
  const body = (
    <>
      <p>{t('replay.forkAt', { at: fork.at ?? '0' })}</p>
      {fork.notes.length === 0 ? (
        <p>{t('replay.forkNone')}</p>
      ) : (
        <ul>
          {fork.notes.map((n, i) => (
            <li key={i}>{forkNoteText(n, t)}</li>
          ))}
        </ul>
      )}
      <p>{t('replay.forkConfigTitle')}</p>
      <ul aria-label={t('replay.forkConfigTitle')}>
        {fork.config.map((c) => (
          <li key={c.key}>{forkConfigText(c, t)}</li>
        ))}
      </ul>
      <p>{t('replay.forkElection')}</p>
      <p>{t('replay.forkDefaults')}</p>
      <button type="button" className="quiet" onClick={() => setFork(null)}>
        {t('replay.dismiss')}
      </button>
    </>
  );
  if (!folded)
    return (
      <section className="replay-banner fork-notes" aria-labelledby="fork-notes-title">
        {title}
        {body}
      </section>
    );
  return (
    <section
      className="replay-banner fork-notes fork-notes-folded"
      aria-labelledby="fork-notes-title"
    >
      <details>
        <summary>
          {title}
          <span>{t('replay.forkShow', { count: fork.notes.length })}</span>
        </summary>
        {body}
      </details>
    </section>
  );
}
