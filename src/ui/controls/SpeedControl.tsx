/**
 * The speed: a slider over logarithmic steps, from one event at a time to 10x real time. Below
 * real time the clock passes quiet stretches (nothing in flight) at QUIET_RATE: the control says
 * so under the rate, and says "fast-forwarding" while it is doing it, so "0.005×" never hides a
 * skip. At 1x and above nothing is skipped: 1x is real time.
 */
import { useController } from '../controllerContext';
import { useT } from '../i18n/useT';
import { QUIET_RATE, SKIP_BELOW_RATE } from '../player/clock';
import { rateLabel, SPEEDS, speedAt } from '../player/speeds';
import { useAppStore } from '../store/appStore';

export function SpeedControl() {
  const t = useT();
  const ctl = useController();
  const index = useAppStore((s) => s.speedIndex);
  const skipping = useAppStore((s) => s.skipping);
  const speed = speedAt(index);
  const label = speed.kind === 'event' ? t('speed.events') : rateLabel(speed.rate);
  const skips = speed.kind === 'rate' && speed.rate < SKIP_BELOW_RATE;
  const hint =
    speed.kind === 'event'
      ? t('speed.eventsHint')
      : speed.rate === 1
        ? t('speed.realTime')
        : t('speed.hint', {
            real: speed.rate >= 1 ? `${1 / speed.rate} s` : `${Math.round(1 / speed.rate)} s`,
          });
  const quiet = rateLabel(QUIET_RATE);
  const note = skips
    ? t(skipping ? 'speed.skipping' : 'speed.quiet', { quiet })
    : speed.kind === 'rate'
      ? t('speed.noSkip')
      : '';
  return (
    <div className="speed">
      <label className="speed-name" htmlFor="speed-slider">
        {t('speed.label')}
      </label>
      <input
        id="speed-slider"
        type="range"
        min={0}
        max={SPEEDS.length - 1}
        step={1}
        value={index}
        aria-valuetext={[label, hint, skips ? t('speed.quiet', { quiet }) : '']
          .filter(Boolean)
          .join(', ')}
        aria-describedby="speed-note"
        onChange={(e) => ctl.setSpeed(Number(e.target.value))}
      />
      <div className="speed-readout">
        <output className="speed-value" htmlFor="speed-slider" title={hint}>
          {label}
        </output>
        <span id="speed-note" className={`speed-note${skipping ? ' skipping' : ''}`}>
          {note}
        </span>
      </div>
    </div>
  );
}
