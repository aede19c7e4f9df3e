/**
 * The one requestAnimationFrame loop of the request marks, shared by every panel: it runs only
 * while some panel has a mark alive and stops by itself when the last one ends, so a paused or
 * idle page schedules nothing.
 */
export interface Animated {
  /** Draws at wall-clock time `nowMs`; returns whether anything is still animating. */
  draw(nowMs: number): boolean;
}

export class MarkTicker {
  private readonly active = new Set<Animated>();
  private raf = 0;

  constructor(
    private readonly request: (cb: FrameRequestCallback) => number = (cb) =>
      requestAnimationFrame(cb),
    private readonly cancel: (id: number) => void = (id) => cancelAnimationFrame(id),
  ) {}

  /** Schedules `layer` to draw from the next animation frame on, until it reports it is done. */
  wake(layer: Animated): void {
    this.active.add(layer);
    if (this.raf === 0) this.raf = this.request(this.tick);
  }

  forget(layer: Animated): void {
    this.active.delete(layer);
    if (this.active.size === 0 && this.raf !== 0) {
      this.cancel(this.raf);
      this.raf = 0;
    }
  }

  get running(): boolean {
    return this.raf !== 0;
  }

  private readonly tick = (nowMs: number): void => {
    this.raf = 0;
    for (const layer of this.active) if (!layer.draw(nowMs)) this.active.delete(layer);
    if (this.active.size > 0) this.raf = this.request(this.tick);
  };
}

export const markTicker = new MarkTicker();
