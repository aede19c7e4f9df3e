/**
 * The inspector of the selected server: its actions (crash or restart, freeze or unfreeze, write
 * through it), its disk, and what its role keeps in memory: the vote tables while LOOKING, the
 * learners and outstanding proposals while LEADING, the sync state while following, and its
 * timers. With nothing selected it introduces the scenario.
 */
import { memo, useState } from 'react';
import { formatZxid, shortZxid } from '../../sim/vocabulary';
import type { InspectorView, ServerView } from '../../protocol/frame';
import { ClientAddForm } from './ClientAddForm';
import { useController } from '../controllerContext';
import { usePresetDescription, useT } from '../i18n/useT';
import { useAppStore } from '../store/appStore';
import { seconds } from '../explain/reasons';
import { STATE_STYLE } from '../viz/palette';
import { DatabaseFacts } from './DatabaseFacts';
import { RoleTables } from './RoleTables';

/**
 * What to do first, for what the ensemble shows now: before anything started, every card's button
 * is a green start arrow, so the lead says to press Step or Play; with a leader, it names the
 * leader whose red power button kills it.
 */
function IntroLead() {
  const t = useT();
  const waiting = useAppStore(
    (s) => s.frame?.servers.every((x) => x.state === 'DOWN' && x.notStarted) ?? true,
  );
  const leader = useAppStore(
    (s) => s.frame?.servers.find((x) => x.state === 'LEADING')?.sid ?? null,
  );
  const next = waiting
    ? t('inspector.emptyStart')
    : leader !== null
      ? t('inspector.emptyLeader', { sid: leader })
      : t('inspector.emptyPower');
  return (
    <p className="intro-lead">
      {t('inspector.empty')} {next}
    </p>
  );
}

function Intro() {
  const describe = usePresetDescription();
  const t = useT();
  const preset = useAppStore((s) => s.presets.find((p) => p.id === s.presetId) ?? null);
  const replaying = useAppStore((s) => s.replay !== null);
  const [more, setMore] = useState(false);
  // A replay of real logs is no preset: its power buttons and story do not apply.
  if (replaying)
    return (
      <div className="intro">
        <p className="intro-lead">{t('inspector.replay')}</p>
      </div>
    );
  return (
    <div className="intro">
      <IntroLead />
      {preset && (
        <p className={more ? 'intro-text' : 'intro-text clamped'}>
          {describe(preset.id, preset.description)}
        </p>
      )}
      {preset && (
        <p className="intro-ref">
          <button
            type="button"
            className="link"
            aria-expanded={more}
            onClick={() => setMore(!more)}
          >
            {t(more ? 'inspector.less' : 'inspector.more')}
          </button>
          {' · '}
          {preset.reference}
        </p>
      )}
    </div>
  );
}

// The inspector re-renders with display time (its countdowns); the introduction does not show it.
const IntroMemo = memo(Intro);

function Actions({ server }: { server: ServerView }) {
  const t = useT();
  const ctl = useController();
  const writes = useAppStore((s) => s.commands.filter((c) => c.action.do === 'write').length);
  const down = server.state === 'DOWN';
  const sid = server.sid;
  return (
    <div className="inspector-actions">
      <button
        type="button"
        className="quiet"
        onClick={() => ctl.act({ do: down ? 'restart' : 'crash', sid })}
      >
        {t(down ? 'card.restart' : 'card.crash', { sid })}
      </button>
      <button
        type="button"
        className="quiet"
        disabled={down}
        onClick={() => ctl.act({ do: server.frozen ? 'unfreeze' : 'freeze', sid })}
      >
        {t(server.frozen ? 'inspector.unfreeze' : 'inspector.freeze', { sid })}
      </button>
      <button
        type="button"
        className="quiet"
        disabled={down}
        onClick={() =>
          ctl.act({
            do: 'write',
            via: sid,
            path: `/zabscope/w${writes + 1}`,
            data: `v${writes + 1}`,
          })
        }
      >
        {t('inspector.write', { sid })}
      </button>
    </div>
  );
}

function Disk({ server }: { server: ServerView }) {
  const t = useT();
  return (
    <dl className="facts">
      <div>
        <dt>acceptedEpoch</dt>
        <dd>{server.acceptedEpoch}</dd>
      </div>
      <div>
        <dt>currentEpoch</dt>
        <dd>{server.currentEpoch}</dd>
      </div>
      <div>
        <dt>{t('inspector.lastZxid')}</dt>
        <dd>
          {formatZxid(server.lastZxid)}{' '}
          <span className="muted">({shortZxid(server.lastZxid)})</span>
        </dd>
      </div>
      <div>
        <dt>{t('inspector.delivered')}</dt>
        <dd>
          {server.delivered} <span className="muted">({shortZxid(server.lastDelivered)})</span>
        </dd>
      </div>
      <div>
        <dt>{t('inspector.logLength')}</dt>
        <dd>{server.logLength}</dd>
      </div>
    </dl>
  );
}

function Timers({ view, displayMs }: { view: InspectorView; displayMs: number }) {
  const t = useT();
  if (view.timers.length === 0) return <p className="muted">{t('inspector.noTimers')}</p>;
  return (
    <table className="mini">
      <thead>
        <tr>
          <th scope="col">{t('inspector.timer')}</th>
          <th scope="col">{t('inspector.firesIn')}</th>
        </tr>
      </thead>
      <tbody>
        {view.timers.map((x) => (
          <tr key={x.name}>
            <td>
              <code>{x.name}</code>
            </td>
            <td>{seconds(Math.max(0, Math.round(x.dueMs - displayMs)))}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function Inspector() {
  const t = useT();
  const ctl = useController();
  const selected = useAppStore((s) => s.selected);
  const server = useAppStore((s) => s.frame?.servers.find((x) => x.sid === s.selected) ?? null);
  const view = useAppStore((s) => s.frame?.inspector ?? null);
  const displayMs = useAppStore((s) => s.displayMs);

  if (selected === null || !server) {
    return (
      <section className="panel inspector" aria-labelledby="inspector-title">
        <h2 id="inspector-title">{t('inspector.title')}</h2>
        <IntroMemo />
      </section>
    );
  }
  const style = STATE_STYLE[server.state];
  return (
    <section className="panel inspector" aria-labelledby="inspector-title">
      <div className="panel-head">
        <h2 id="inspector-title">
          <span
            className="state-chip"
            style={{ background: style.fill, color: style.ink, borderColor: style.stroke }}
          >
            {style.glyph} {server.state}
          </span>
          {t('viz.server', { sid: server.sid })}
          {server.phase && server.state !== 'LOOKING' && (
            <span className="muted"> · {t(`phase.${server.phase}`)}</span>
          )}
          {server.frozen && <span className="muted"> · {t('a11y.frozen')}</span>}
        </h2>
        <button
          type="button"
          className="close"
          onClick={() => ctl.select(null)}
          aria-label={t('inspector.close')}
        >
          ×
        </button>
      </div>
      <Actions server={server} />
      <ClientAddForm sid={server.sid} />
      <Disk server={server} />
      <DatabaseFacts server={server} />
      {view && view.sid === server.sid && <RoleTables view={view} displayMs={displayMs} />}
      {view && view.sid === server.sid && (
        <>
          <h3>{t('inspector.timers')}</h3>
          <Timers view={view} displayMs={displayMs} />
        </>
      )}
    </section>
  );
}
