/**
 * The ring itself: each backend's key ranges as coloured arcs, its virtual nodes as ticks just
 * outside them, and the displayed key sample as dots just inside, the keys the last membership
 * change moved filled and larger (shape and size, not colour alone, say "moved"). Focusing a
 * backend in the legend fades every other backend, so its ranges can be found without telling
 * colours apart. The geometry is memoized on the ring, which the worker sends only on change.
 */
import { memo, useMemo } from 'react';
import type { RingView } from '../../../protocol/frame';
import { useT } from '../../i18n/useT';
import { backendColour, RING_BOX as B, ringGeometry } from './ringModel';
import { ScaledSvg } from '../ScaledSvg';

const FADED = 0.16;

function RingFigureView({ ring, focus }: { ring: RingView; focus: string | null }) {
  const t = useT();
  const geo = useMemo(() => ringGeometry(ring), [ring]);
  const count = ring.members.length;
  const name =
    count === 0
      ? t('ring.figureEmpty')
      : t('ring.figure', { count, vnodes: ring.vnodes, points: ring.points.length });
  // A backend focused in the legend may have left the view since; then nothing is faded.
  const focused = ring.members.some((m) => m.id === focus) ? focus : null;
  const opacity = (member: number) => {
    const m = ring.members[member];
    if (focused !== null && m?.id !== focused) return FADED;
    return m?.leaving ? 0.45 : 1;
  };
  const c = B.size / 2;
  const mid = (B.inner + B.outer) / 2;
  const moved = geo.keys.filter((k) => k.moved);
  const stayed = geo.keys.filter((k) => !k.moved);

  return (
    <figure className="ring-figure" aria-label={name} data-testid="ring-figure">
      <ScaledSvg width={B.size} height={B.size} className="ring-svg">
        <g transform={`translate(${c},${c})`}>
          <circle r={mid} className="ring-track" strokeWidth={B.outer - B.inner} />
          <g className="ring-arcs">
            {geo.arcs.map((a) => (
              <path
                key={ring.members[a.member]?.id ?? a.member}
                d={a.d}
                fill={backendColour(ring.members[a.member]?.slot ?? a.member)}
                opacity={opacity(a.member)}
              />
            ))}
          </g>
          <g className="ring-ticks" strokeWidth={geo.tickWidth}>
            {geo.ticks.map((a) => (
              <path
                key={ring.members[a.member]?.id ?? a.member}
                d={a.d}
                stroke={backendColour(ring.members[a.member]?.slot ?? a.member)}
                opacity={opacity(a.member)}
              />
            ))}
          </g>
          <g className="ring-keys">
            {stayed.map((k) => (
              <circle key={k.key} cx={k.x} cy={k.y} r={2} className="ring-key" />
            ))}
            {moved.map((k) => (
              <circle key={k.key} cx={k.x} cy={k.y} r={3.2} className="ring-key moved" />
            ))}
          </g>
          <line className="ring-origin" x1={0} x2={0} y1={-B.inner + 4} y2={-B.label + 4} />
          <text className="ring-origin-label" x={4} y={-B.label + 2}>
            {t('ring.origin')}
          </text>
          <text className="ring-centre-count" y={-4} textAnchor="middle">
            {t('ring.centreBackends', { count })}
          </text>
          <text className="ring-centre-note" y={14} textAnchor="middle">
            {t('ring.centreVnodes', { vnodes: ring.vnodes })}
          </text>
        </g>
      </ScaledSvg>
      <figcaption className="ring-dot-legend">
        <span>
          <svg width="10" height="10" aria-hidden="true">
            <circle cx="5" cy="5" r="3.2" className="ring-key moved" />
          </svg>
          {t('ring.dotMoved')}
        </span>
        <span>
          <svg width="10" height="10" aria-hidden="true">
            <circle cx="5" cy="5" r="2" className="ring-key" />
          </svg>
          {t('ring.dotStayed')}
        </span>
      </figcaption>
    </figure>
  );
}

export const RingFigure = memo(RingFigureView);
