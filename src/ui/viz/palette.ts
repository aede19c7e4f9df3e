/**
 * Colours and shapes, named once. The hues are Okabe and Ito's colour-blind-safe set, each paired
 * with a pale tint for fills; every meaning they carry is also carried by text or shape (a state
 * word and glyph on each card, a distinct mark per message family), never by colour alone.
 */
import type { MessageCategory, PeerStateName } from '../../protocol/frame';

export interface StateStyle {
  stroke: string;
  fill: string;
  ink: string;
  /** A glyph drawn beside the state word: the second, non-colour carrier of the state. */
  glyph: string;
  dash: string | null;
}

export const STATE_STYLE: Record<PeerStateName, StateStyle> = {
  LEADING: { stroke: '#009E73', fill: '#E3F4EE', ink: '#00664A', glyph: '★', dash: null },
  FOLLOWING: { stroke: '#0072B2', fill: '#E4EFF7', ink: '#005282', glyph: '➜', dash: null },
  LOOKING: { stroke: '#E69F00', fill: '#FCF1DC', ink: '#7A5200', glyph: '?', dash: '7 4' },
  OBSERVING: { stroke: '#CC79A7', fill: '#F7E9F1', ink: '#8A3F69', glyph: '◉', dash: null },
  DOWN: { stroke: '#8A929C', fill: '#EEF0F2', ink: '#4F5863', glyph: '✕', dash: '2 4' },
};

export type MarkShape = 'circle' | 'diamond' | 'square' | 'dot' | 'triangle';

export interface MessageStyle {
  color: string;
  shape: MarkShape;
}

export const MESSAGE_STYLE: Record<MessageCategory, MessageStyle> = {
  election: { color: '#E69F00', shape: 'circle' },
  discovery: { color: '#56B4E9', shape: 'diamond' },
  sync: { color: '#56B4E9', shape: 'diamond' },
  broadcast: { color: '#0072B2', shape: 'square' },
  ping: { color: '#8A929C', shape: 'dot' },
  tcp: { color: '#B3B9C1', shape: 'triangle' },
  client: { color: '#B3B9C1', shape: 'triangle' },
};

/** COMMIT is a decision, not a question: it gets the leader's green. */
export const COMMIT_COLOR = '#009E73';
export const DROP_COLOR = '#D55E00';
export const PARTITION_COLOR = '#D55E00';

/** SVG path of a mark centred on 0,0 with radius r. */
export function markPath(shape: MarkShape, r: number): string {
  switch (shape) {
    case 'circle':
      return `M${-r},0a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
    case 'dot': {
      const d = r * 0.6;
      return `M${-d},0a${d},${d} 0 1,0 ${2 * d},0a${d},${d} 0 1,0 ${-2 * d},0Z`;
    }
    case 'diamond':
      return `M0,${-r * 1.2}L${r * 1.2},0L0,${r * 1.2}L${-r * 1.2},0Z`;
    case 'square':
      return `M${-r},${-r}H${r}V${r}H${-r}Z`;
    case 'triangle':
      return `M0,${-r}L${r},${r * 0.8}L${-r},${r * 0.8}Z`;
  }
}
