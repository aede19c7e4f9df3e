/**
 * The codes of the trace's `log` entries written by the load-balancing lab (lab.ts), with their
 * typed parameters (issue 14), and the one English table that writes each entry's `text` from
 * them. The app renders its sentences from the code (src/ui/explain/layerLogs.ts). Fractions are
 * in [0, 1]; null when the strategy's share was not measured.
 */

export type LabLogData =
  /** The balancer's view gained or lost a backend; how many keys the key-affine strategies moved. */
  | {
      kind: 'lbMembership';
      change: 'added' | 'removed';
      backend: string;
      /** The view after the change, in natural id order. */
      view: string[];
      hashModMoved: number | null;
      consistentHashMoved: number | null;
    }
  /** The first non-empty view starts the traffic. */
  | { kind: 'lbTraffic'; ratePerSec: number };

export type LabLogKind = LabLogData['kind'];
export type LabLogOf<K extends LabLogKind> = Extract<LabLogData, { kind: K }>;

function percent(x: number | null): string {
  return x === null ? '?' : `${Math.round(x * 100)}%`;
}

type English<K extends LabLogKind> = (d: LabLogOf<K>) => string;

/** Every code's English line; a Record, so that the compiler refuses a code missing here. */
const ENGLISH: { [K in LabLogKind]: English<K> } = {
  lbMembership: (d) =>
    `Balancer view: ${d.change} ${d.backend} (now ${d.view.length === 0 ? 'empty' : d.view.join(', ')}); ` +
    `keys moved: hash-mod ${percent(d.hashModMoved)}, consistent-hash ${percent(d.consistentHashMoved)}`,
  lbTraffic: (d) => `Balancer traffic starts: ${d.ratePerSec} requests/s`,
};

/** The trace line's English text for a lab entry. */
export function labLogText(d: LabLogData): string {
  // TypeScript cannot correlate ENGLISH[d.kind] with d's own variant; the table's type does.
  return (ENGLISH[d.kind] as English<LabLogKind>)(d);
}

/** Whether a trace entry's `data.kind` is one of the lab's codes. */
export function isLabLogKind(kind: unknown): kind is LabLogKind {
  return typeof kind === 'string' && Object.prototype.hasOwnProperty.call(ENGLISH, kind);
}
