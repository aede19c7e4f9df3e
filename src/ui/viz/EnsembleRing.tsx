/**
 * Draws the frame's servers on a ring with D3. React owns the <svg>; D3 owns the contents of one
 * <g> through a ref and redraws only when the frame changes, so nothing runs while nothing
 * changes. The picked server is marked by fill, a larger outline and a text label, so colour is
 * never the only carrier of meaning.
 */
import { select } from 'd3';
import { useEffect, useRef } from 'react';
import type { DemoFrame } from '../../protocol/messages';
import { useT } from '../i18n/useT';
import { ringLayout, type RingPoint } from './ringLayout';

const BOX = { width: 360, height: 260, radiusFraction: 0.66 };
const NODE_RADIUS = 24;

export function EnsembleRing({ frame }: { frame: DemoFrame | null }) {
  const layerRef = useRef<SVGGElement>(null);
  const t = useT();
  const sids = frame?.sids ?? [];

  useEffect(() => {
    if (!layerRef.current) return;
    const picked = frame?.pickedSid ?? 0;
    const points = ringLayout(frame?.sids ?? [], BOX);
    select(layerRef.current)
      .selectAll<SVGGElement, RingPoint>('g.server')
      .data(points, (d) => d.sid)
      .join((enter) => {
        const g = enter.append('g').attr('class', 'server').attr('role', 'img');
        g.append('circle').attr('r', NODE_RADIUS);
        g.append('text').attr('class', 'server-sid').attr('dy', '0.35em');
        g.append('text')
          .attr('class', 'server-mark')
          .attr('dy', NODE_RADIUS + 18);
        return g;
      })
      .attr('transform', (d) => `translate(${d.x},${d.y})`)
      .classed('picked', (d) => d.sid === picked)
      .attr('aria-label', (d) =>
        t(d.sid === picked ? 'viz.serverPicked' : 'viz.server', { sid: d.sid }),
      )
      .call((g) => g.select('.server-sid').text((d) => d.sid))
      .call((g) => g.select('.server-mark').text((d) => (d.sid === picked ? t('viz.picked') : '')));
  }, [frame, t]);

  return (
    <svg
      className="ensemble"
      viewBox={`0 0 ${BOX.width} ${BOX.height}`}
      role="group"
      aria-label={t('viz.label', { count: sids.length })}
    >
      <circle
        className="ring"
        cx={BOX.width / 2}
        cy={BOX.height / 2}
        r={(Math.min(BOX.width, BOX.height) / 2) * BOX.radiusFraction}
      />
      <g ref={layerRef} />
    </svg>
  );
}
