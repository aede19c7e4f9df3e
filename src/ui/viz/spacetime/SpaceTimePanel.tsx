/**
 * The space-time diagram beside the ring, for simulated and real timelines alike: a toggle and a
 * window picker, and the SVG drawn from the frame's `spacetime` (computed by the worker only
 * while this panel is open). Time flows down to the display time; lanes carry their state's
 * colour, dash pattern and glyph (never colour alone).
 */
import { useEffect, useRef, useState } from 'react';
import type { SpaceTimeMark } from '../../../protocol/frame';
import { SPACETIME_ARROWS_MAX } from '../../../protocol/frame';
import { useController } from '../../controllerContext';
import { useT } from '../../i18n/useT';
import { formatTime } from '../../player/timeText';
import { useAppStore } from '../../store/appStore';
import { SPACETIME_WINDOWS_MS } from '../../store/replaySlice';
import { MESSAGE_STYLE, STATE_STYLE } from '../palette';
import { layoutSpaceTime } from './spacetimeLayout';

const UNKNOWN_STYLE = { stroke: '#8A929C', ink: '#4F5863', glyph: '·', dash: '1 5' };

function styleOf(state: SpaceTimeMark['state']) {
  return state === 'UNKNOWN' ? UNKNOWN_STYLE : STATE_STYLE[state];
}

function useSize(ref: React.RefObject<HTMLDivElement | null>) {
  const [size, setSize] = useState({ w: 320, h: 240 });
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const ro = new ResizeObserver(() =>
      setSize({ w: Math.max(200, el.clientWidth), h: Math.max(120, el.clientHeight) }),
    );
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return size;
}

function Diagram() {
  const t = useT();
  const v = useAppStore((s) => s.frame?.spacetime ?? null);
  const ref = useRef<HTMLDivElement>(null);
  const { w, h } = useSize(ref);
  const word = (state: SpaceTimeMark['state'], short: boolean) => {
    const glyph = styleOf(state).glyph;
    if (short) return glyph;
    return `${glyph} ${state === 'UNKNOWN' ? t('spacetime.unknown') : state}`;
  };
  const layout = v ? layoutSpaceTime(v, w, h, word) : null;
  return (
    <div className="spacetime-canvas" ref={ref}>
      {v && layout && (
        <svg
          width={w}
          height={h}
          role="img"
          aria-label={t('spacetime.desc')}
          className="spacetime-svg"
        >
          <defs>
            <marker
              id="st-head"
              viewBox="0 0 8 8"
              refX="7"
              refY="4"
              markerWidth="7"
              markerHeight="7"
              orient="auto-start-reverse"
            >
              <path d="M0,0L8,4L0,8Z" fill="context-stroke" />
            </marker>
          </defs>
          {layout.ticks.map((k) => (
            <g key={k.ms} className="st-tick">
              <line x1={0} x2={w} y1={k.y} y2={k.y} />
              <text x={2} y={k.y - 2}>
                {formatTime(k.ms)}
              </text>
            </g>
          ))}
          {layout.lanes.map((l) => (
            <text key={l.sid} className="st-lane-name" x={l.x} y={16} textAnchor="middle">
              S{l.sid}
            </text>
          ))}
          {layout.segments.map((s, i) => {
            const st = styleOf(s.state);
            return (
              <line
                key={i}
                className="st-segment"
                x1={s.x}
                x2={s.x}
                y1={s.y0}
                y2={Math.max(s.y1, s.y0 + 1)}
                stroke={st.stroke}
                strokeDasharray={st.dash ?? undefined}
              />
            );
          })}
          {layout.rules.map((r, i) => (
            <line key={i} className="st-rule" x1={0} x2={w} y1={r.y} y2={r.y} />
          ))}
          {layout.arrows.map((a, i) => (
            <line
              key={i}
              className={`st-arrow st-${a.kind}`}
              x1={a.x1}
              y1={a.y1}
              x2={a.x2}
              y2={a.y2}
              stroke={MESSAGE_STYLE[a.cat].color}
              markerEnd={a.kind === 'open' ? undefined : 'url(#st-head)'}
            />
          ))}
          {layout.stateLabels.map((l, i) => (
            <text key={i} className="st-label" x={l.x} y={l.y} textAnchor={l.anchor}>
              {l.text}
            </text>
          ))}
          {layout.ruleLabels.map((l, i) => (
            <text key={i} className="st-rule-label" x={l.x} y={l.y} textAnchor="end">
              {l.epoch === null
                ? t('spacetime.electedNoEpoch', { sid: l.sid })
                : t('spacetime.elected', { sid: l.sid, epoch: l.epoch })}
            </text>
          ))}
        </svg>
      )}
      {v && v.arrows.length === 0 && v.marks.length === 0 && (
        <p className="spacetime-note">{t('spacetime.empty')}</p>
      )}
      {v?.truncated && (
        <p className="spacetime-note">{t('spacetime.truncated', { n: SPACETIME_ARROWS_MAX })}</p>
      )}
    </div>
  );
}

export function SpaceTimeToggle() {
  const t = useT();
  const ctl = useController();
  const ms = useAppStore((s) => s.spacetimeMs);
  return (
    <div className="spacetime-tools">
      <button
        type="button"
        className="quiet"
        aria-pressed={ms > 0}
        onClick={() => ctl.setSpacetime(ms > 0 ? 0 : (SPACETIME_WINDOWS_MS[1] as number))}
      >
        {t('spacetime.toggle')}
      </button>
      {ms > 0 && (
        <label className="field">
          <span>{t('spacetime.window')}</span>
          <select value={ms} onChange={(e) => ctl.setSpacetime(Number(e.target.value))}>
            {SPACETIME_WINDOWS_MS.map((w) => (
              <option key={w} value={w}>
                {t('spacetime.windowSeconds', { s: w / 1000 })}
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  );
}

export function SpaceTimePanel() {
  const t = useT();
  const ms = useAppStore((s) => s.spacetimeMs);
  if (ms === 0) return null;
  return (
    <section className="spacetime" aria-labelledby="spacetime-title">
      <h2 id="spacetime-title" className="spacetime-title">
        {t('spacetime.title')}
      </h2>
      <p className="spacetime-legend">
        <span aria-hidden="true">⇢ </span>
        {t('spacetime.receiptOnly')}
      </p>
      <Diagram />
    </section>
  );
}
