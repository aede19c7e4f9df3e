/**
 * The links under the cards: a faint mesh (every server can reach every other, which is how
 * Fast Leader Election talks), the learner connections to the leader, and the links a partition
 * cuts, dashed. Drawn by React: they change only when states or the partition change.
 */
import { memo } from 'react';
import type { ServerView } from '../../protocol/frame';
import { linkSegment } from './geometry';
import { CARD, type CardPlace } from './ringLayout';
import { STATE_STYLE } from './palette';

/** What the links show of a server: its role and leader. */
export type LinkServer = Pick<ServerView, 'sid' | 'state' | 'leader'>;

export interface LinksLayerProps {
  places: CardPlace[];
  scale: number;
  servers: LinkServer[];
  partition: number[][] | null;
}

function groupOf(partition: number[][] | null, sid: number): number {
  if (!partition) return 0;
  return partition.findIndex((g) => g.includes(sid));
}

function LinksLayerView({ places, scale, servers, partition }: LinksLayerProps) {
  const HW = (CARD.width * scale) / 2 + 3;
  const HH = (CARD.height * scale) / 2 + 3;
  const bySid = new Map(places.map((p) => [p.sid, p]));
  const mesh: { key: string; d: string; cut: boolean }[] = [];
  for (let i = 0; i < places.length; i++) {
    for (let j = i + 1; j < places.length; j++) {
      const a = places[i] as CardPlace;
      const b = places[j] as CardPlace;
      const s = linkSegment(a, b, HW, HH, 0);
      const cut = partition !== null && groupOf(partition, a.sid) !== groupOf(partition, b.sid);
      mesh.push({ key: `${a.sid}-${b.sid}`, d: `M${s.a.x},${s.a.y}L${s.b.x},${s.b.y}`, cut });
    }
  }
  const spokes = servers.flatMap((s) => {
    if ((s.state !== 'FOLLOWING' && s.state !== 'OBSERVING') || s.leader === null) return [];
    const from = bySid.get(s.sid);
    const to = bySid.get(s.leader);
    if (!from || !to) return [];
    const seg = linkSegment(from, to, HW, HH, 0);
    return [
      {
        key: `${s.sid}>${s.leader}`,
        d: `M${seg.a.x},${seg.a.y}L${seg.b.x},${seg.b.y}`,
        color: STATE_STYLE[s.state].stroke,
      },
    ];
  });
  return (
    <g className="links" aria-hidden="true">
      {mesh.map((m) => (
        <path key={m.key} className={m.cut ? 'link cut' : 'link'} d={m.d} />
      ))}
      {spokes.map((s) => (
        <path key={s.key} className="spoke" d={s.d} style={{ stroke: s.color }} />
      ))}
    </g>
  );
}

export const LinksLayer = memo(LinksLayerView);
