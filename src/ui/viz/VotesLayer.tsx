/**
 * Who proposes whom while servers are LOOKING: a dashed arrow from each voter to the candidate it
 * currently proposes (votes.ts). Under the cards and the messages, over the faint mesh; drawn by
 * React, since proposals change only with simulation events. Decorative for assistive technology:
 * each card's name already says whom it votes for and how many back it.
 */
import { memo } from 'react';
import { linkSegment } from './geometry';
import { CARD, type CardPlace } from './ringLayout';
import type { VoteArrow } from './votes';

export interface VotesLayerProps {
  places: ReadonlyMap<number, CardPlace>;
  scale: number;
  arrows: readonly VoteArrow[];
}

function VotesLayerView({ places, scale, arrows }: VotesLayerProps) {
  if (arrows.length === 0) return null;
  // The arrowhead ends just outside the candidate's card, where the card's border starts.
  const hw = (CARD.width * scale) / 2 + 4;
  const hh = (CARD.height * scale) / 2 + 4;
  return (
    <g className="votes" aria-hidden="true">
      <defs>
        <marker
          id="vote-head"
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto-start-reverse"
        >
          <path d="M0,0L10,5L0,10Z" className="vote-head" />
        </marker>
      </defs>
      {arrows.map((a) => {
        const from = places.get(a.from);
        const to = places.get(a.to);
        if (!from || !to) return null;
        const s = linkSegment(from, to, hw, hh, 0);
        return (
          <path
            key={`${a.from}>${a.to}`}
            className="vote-arrow"
            d={`M${s.a.x},${s.a.y}L${s.b.x},${s.b.y}`}
            markerEnd="url(#vote-head)"
          />
        );
      })}
    </g>
  );
}

export const VotesLayer = memo(VotesLayerView);
