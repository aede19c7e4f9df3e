/**
 * The last membership change and what it cost: the moved fraction of both key-affine strategies
 * against the ideal 1/N, as plain text, and the same displayed keys twice, once per strategy, as
 * small grids in key order (a filled square moved, an outlined one stayed), so consistent
 * hashing's few moves and hash mod N's many are seen side by side on identical keys.
 */
import { memo } from 'react';
import type { RingView } from '../../../protocol/frame';
import type { MessageKey } from '../../i18n/en';
import { useT } from '../../i18n/useT';
import { countTrue, idealShare, percentText } from './ringModel';

export const GRID_COLUMNS = 20;
const CELL = 9;
const GAP = 2;

function KeyGrid({ flags, label }: { flags: readonly boolean[]; label: string }) {
  const rows = Math.ceil(flags.length / GRID_COLUMNS);
  const width = GRID_COLUMNS * (CELL + GAP) - GAP + 2;
  const height = rows * (CELL + GAP) - GAP + 2;
  return (
    <div className="ring-grid">
      <span className="ring-grid-label">{label}</span>
      <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} aria-hidden="true">
        {flags.map((moved, i) => (
          <rect
            key={i}
            x={1 + (i % GRID_COLUMNS) * (CELL + GAP)}
            y={1 + Math.floor(i / GRID_COLUMNS) * (CELL + GAP)}
            width={CELL}
            height={CELL}
            rx={1.5}
            className={moved ? 'ring-cell moved' : 'ring-cell'}
          />
        ))}
      </svg>
    </div>
  );
}

function KeyMovesView({ ring }: { ring: RingView }) {
  const t = useT();
  const c = ring.change;
  if (c === null) return <p className="ring-change">{t('ring.change.none')}</p>;
  const ideal = idealShare(c);
  const shown = c.keyMovedCh.length;
  return (
    <div className="ring-moves">
      <p className="ring-change">
        {t(`ring.change.${c.kind}` as MessageKey, {
          backend: c.backend,
          time: (c.atMs / 1000).toFixed(1),
          before: c.before.length,
          after: c.after.length,
        })}
      </p>
      <p className="ring-moved" data-testid="ring-moved">
        {t('ring.moved', {
          ch: percentText(c.movedCh),
          mod: percentText(c.movedMod),
          n: ideal.n,
          ideal: percentText(ideal.fraction),
        })}
      </p>
      <p className="ring-note">
        {t('ring.movedNote', { sample: c.sampleKeys.toLocaleString('en-US'), shown })}
      </p>
      <div className="ring-grids">
        <KeyGrid
          flags={c.keyMovedCh}
          label={t('ring.grid.ch', { moved: countTrue(c.keyMovedCh), shown })}
        />
        <KeyGrid
          flags={c.keyMovedMod}
          label={t('ring.grid.mod', { moved: countTrue(c.keyMovedMod), shown })}
        />
      </div>
    </div>
  );
}

export const KeyMoves = memo(KeyMovesView);
