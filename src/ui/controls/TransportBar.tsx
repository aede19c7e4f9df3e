/**
 * The transport: reset, step back, play/pause, step, next change; speed; the current time and
 * event; the timeline scrubber with its markers; and the keyboard shortcuts, always visible.
 */
import { memo } from 'react';
import { useController } from '../controllerContext';
import { useT } from '../i18n/useT';
import { formatTime } from '../player/timeText';
import { useAppStore } from '../store/appStore';
import { BusyBar } from './BusyBar';
import { Scrubber } from './Scrubber';
import { Shortcuts } from './Shortcuts';
import { SpeedControl } from './SpeedControl';

const Icon = memo(function Icon({ d }: { d: string }) {
  return (
    <svg className="icon" width="18" height="18" viewBox="0 0 20 20" aria-hidden="true">
      <path d={d} />
    </svg>
  );
});

// The bar re-renders on every frame while playing (it shows the time). Its parts take no props
// and select what they show from the store themselves, so as memos they skip those renders
// (issue 15, item 6).
const Busy = memo(BusyBar);
const Speed = memo(SpeedControl);
const Scrub = memo(Scrubber);
const Keys = memo(Shortcuts);

const ICONS = {
  reset: 'M10 4a6 6 0 1 1-5.7 4.1M4 3v5h5',
  back: 'M15 4 7 10l8 6zM5 4v12',
  play: 'M6 4l10 6-10 6z',
  pause: 'M6 4h3v12H6zM11 4h3v12h-3z',
  step: 'M5 4l8 6-8 6zM15 4v12',
  change: 'M3 4l6 6-6 6zM10 4l6 6-6 6z',
};

export function TransportBar() {
  const t = useT();
  const ctl = useController();
  const playing = useAppStore((s) => s.playing);
  const event = useAppStore((s) => s.frame?.event ?? 0);
  const ended = useAppStore((s) => s.frame?.ended ?? false);
  const endMs = useAppStore((s) => s.frame?.endMs ?? 0);
  const budgetEvents = useAppStore((s) => s.frame?.stop?.events ?? null);
  const ready = useAppStore((s) => s.frame !== null);
  const displayMs = useAppStore((s) => s.displayMs);
  const busy = useAppStore((s) => s.busy !== null && s.busy.kind !== 'quick');
  // A live replay's newest moment is not its end: the servers go on logging (docs/LIVE.md).
  const live = useAppStore((s) => s.replay?.live === true);
  // Nothing left to play: said next to Play, which is greyed out (never silently).
  const atEnd = ended && displayMs >= endMs;

  return (
    // The skip link's target: focusable by script only, so Tab goes on to Reset from here.
    <footer className="transport" id="transport" tabIndex={-1}>
      <Busy />
      <div className="transport-row">
        <div className="buttons" role="toolbar" aria-label={t('controls.label')}>
          <button
            type="button"
            className="quiet"
            onClick={() => ctl.reset()}
            disabled={!ready}
            title={t('controls.resetHint')}
          >
            <Icon d={ICONS.reset} />
            {t('controls.reset')}
          </button>
          <button
            type="button"
            className="quiet"
            onClick={() => ctl.stepBack()}
            disabled={!ready || event === 0}
          >
            <Icon d={ICONS.back} />
            {t('controls.stepBack')}
          </button>
          <button
            type="button"
            className="primary play"
            onClick={() => ctl.togglePlay()}
            disabled={!ready || (!playing && (atEnd || busy))}
            aria-describedby={atEnd ? 'run-ended' : undefined}
          >
            <Icon d={playing ? ICONS.pause : ICONS.play} />
            {playing ? t('controls.pause') : t('controls.play')}
          </button>
          <button
            type="button"
            className="quiet"
            onClick={() => ctl.step()}
            disabled={!ready || ended}
          >
            <Icon d={ICONS.step} />
            {t('controls.step')}
          </button>
          <button
            type="button"
            className="quiet"
            onClick={() => ctl.stepChange()}
            disabled={!ready || ended}
          >
            <Icon d={ICONS.change} />
            {t('controls.nextChange')}
          </button>
        </div>
        {atEnd ? (
          <p id="run-ended" className="run-ended" role="status">
            {live
              ? t('replay.live.transport', { time: formatTime(endMs) })
              : budgetEvents === null
                ? t('controls.ended', { time: formatTime(endMs) })
                : t('controls.budget', {
                    time: formatTime(endMs),
                    events: budgetEvents.toLocaleString('en-US'),
                  })}
          </p>
        ) : (
          <Speed />
        )}
        <dl className="readouts" aria-live="off">
          <div>
            <dt>{t('controls.time')}</dt>
            <dd data-testid="time">{formatTime(displayMs)} s</dd>
          </div>
          <div>
            <dt>{t('controls.event')}</dt>
            <dd data-testid="event">{event}</dd>
          </div>
        </dl>
      </div>
      <Scrub />
      <Keys />
    </footer>
  );
}
