/**
 * The timeline: a slider over simulated time (exact: dragging seeks the timeline, it never plays
 * an animation backwards), the part already explored shaded, round time ticks, and markers for
 * elections, crashes, restarts, freezes, partitions, heals, session expiries (named after the
 * backend when the session is a lab backend's) and violations. A marker is a button
 * that jumps to its event; scripted actions not reached yet are drawn hollow.
 */
import { useEffect, useRef, useState } from 'react';
import type { LabZkBackendView, MarkerView } from '../../protocol/frame';
import { useController } from '../controllerContext';
import type { MessageKey } from '../i18n/en';
import { useT } from '../i18n/useT';
import { formatTime } from '../player/timeText';
import { useAppStore } from '../store/appStore';
import { faultKey } from './faultText';
import { markerLanes, percentOf, tickLabel, timeTicks } from './scrubberScale';

/** A marker is 20 px wide: centres closer than this would touch. */
const MARKER_GAP_PX = 22;
/** Each further lane of markers sits this much higher. */
const LANE_PX = 22;

const GLYPH: Record<MarkerView['kind'], string> = {
  election: '★',
  crash: '✕',
  restart: '↻',
  freeze: '❄',
  partition: '✂',
  heal: '↔',
  violation: '!',
  write: '✎',
  'kill-backend': '✕',
  'restart-backend': '↻',
  'slow-backend': '⏷',
  'add-backend': '+',
  'remove-backend': '−',
  expire: '◷',
};

function markerKey(m: MarkerView, owner: string | null): MessageKey {
  if (m.kind === 'expire') return owner === null ? 'marker.expire' : 'marker.expireBackend';
  // A scripted "crash the leader" names no server yet: whoever leads when it runs.
  if (m.kind === 'crash' || m.kind === 'freeze') return faultKey(m.kind, m.target === 'leader');
  return `marker.${m.kind}`;
}

/** The lab backend whose session this is (the ZooKeeper strip's sessions), or null. */
function ownerOf(m: MarkerView, backends: readonly LabZkBackendView[]): string | null {
  if (m.session === undefined) return null;
  return backends.find((b) => b.sessionId === m.session)?.id ?? null;
}

const NO_BACKENDS: LabZkBackendView[] = [];

export function Scrubber() {
  const t = useT();
  const ctl = useController();
  const untilMs = useAppStore((s) => s.frame?.untilMs ?? 0);
  const frontierMs = useAppStore((s) => s.frame?.frontierMs ?? 0);
  const event = useAppStore((s) => s.frame?.event ?? 0);
  const displayMs = useAppStore((s) => s.displayMs);
  const markers = useAppStore((s) => s.markers);
  // Who owns an expired session: the backend whose current session it is (after a restart with a
  // new session the marker falls back to the session id).
  const backends = useAppStore((s) => s.frame?.lab?.zk?.backends ?? NO_BACKENDS);
  const ready = untilMs > 0;
  // Markers that would cover one another go to lanes above: the track's width says which.
  const trackRef = useRef<HTMLDivElement>(null);
  const [trackPx, setTrackPx] = useState(0);
  useEffect(() => {
    const el = trackRef.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => setTrackPx(entry?.contentRect.width ?? 0));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  const lanes = markerLanes(
    markers.map((m) => (percentOf(m.t, untilMs) / 100) * trackPx),
    MARKER_GAP_PX,
  );
  const laneCount = Math.max(1, ...lanes.map((l) => l + 1));

  return (
    <div className="scrubber" style={{ paddingTop: (laneCount - 1) * LANE_PX }}>
      <div className="scrub-track" ref={trackRef}>
        <div
          className="explored"
          style={{ width: `${percentOf(frontierMs, untilMs)}%` }}
          aria-hidden="true"
        />
        <input
          type="range"
          min={0}
          max={untilMs}
          step={1}
          value={Math.round(displayMs)}
          disabled={!ready}
          aria-label={t('controls.timeline')}
          aria-valuetext={t('controls.timelineValue', {
            time: formatTime(displayMs),
            event,
          })}
          onChange={(e) => ctl.scrub(Number(e.target.value))}
        />
        <div className="markers">
          {markers.map((m, i) => {
            const owner = ownerOf(m, backends);
            const label = t(markerKey(m, owner), {
              sid: m.sid ?? '',
              epoch: m.epoch ?? '',
              backend: m.backend ?? owner ?? '',
              session: m.session ?? '',
              time: formatTime(m.t),
            });
            const full =
              m.e < 0
                ? t('marker.planned', { what: label })
                : m.user
                  ? t('marker.yours', { what: label })
                  : label;
            return (
              <button
                key={`${m.kind}-${m.e}-${m.t}-${i}`}
                type="button"
                className={`marker marker-${m.kind}${m.e < 0 ? ' planned' : ''}${m.user ? ' user' : ''}`}
                style={{
                  left: `${percentOf(m.t, untilMs)}%`,
                  marginTop: -(lanes[i] ?? 0) * LANE_PX,
                }}
                aria-label={full}
                title={full}
                onClick={() => (m.e >= 0 ? ctl.seek(m.e) : ctl.scrub(m.t))}
              >
                <span aria-hidden="true">{GLYPH[m.kind]}</span>
              </button>
            );
          })}
        </div>
      </div>
      <div className="ticks" aria-hidden="true">
        {timeTicks(untilMs).map((ms) => (
          <span key={ms} style={{ left: `${percentOf(ms, untilMs)}%` }}>
            {tickLabel(ms)}
          </span>
        ))}
      </div>
    </div>
  );
}
