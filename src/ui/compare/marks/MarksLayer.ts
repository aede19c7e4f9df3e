/**
 * The request marks of one strategy panel, drawn on two canvases over the panel's stage (the
 * balancer node above the rows of backend boxes): requests in flight on the back canvas, below
 * the boxes, so that with several rows they pass under the boxes they are not meant for and
 * enter their own through its top edge, the boxes staying legible; outcomes (drops falling, the
 * crosses of failures, reduced-motion flashes) on the front canvas, above the boxes.
 *
 * Frames feed it each backend's cumulative counters (ingest); it plans marks from their
 * differences (markPlan), keeps them in a pool (markPool) and draws them from the shared ticker
 * while any is alive (markPose). No React render happens per mark.
 *
 * Positions come from the real DOM layout: a ResizeObserver on the stage, the balancer and every
 * backend slot marks the layout stale, and the next draw measures it again, so 2 to 4 panels,
 * wrapping rows and window resizes all stay right. Each slot element carries
 * `data-failed-marks`, the number of failed marks that have landed on it, and the back canvas
 * `data-per-mark`, how many requests one mark stood for in the last frame that spawned any, for
 * tests and tools.
 */
import type { MarkOutcome, PlanState, BackendCounts } from './markPlan';
import { planMarks } from './markPlan';
import { hasLanded, markLifeMs, markPose, type Box, type MarkPose, type Point } from './markMotion';
import { MarkPool, type Mark } from './markPool';
import { markTicker, type Animated, type MarkTicker } from './markTicker';

/** Spawns of one frame spread over the time since the previous one, at most this long. */
const STAGGER_MAX_MS = 120;
const GOLDEN = 0.6180339887498949;
const DOT_R = 2.5;

export interface MarksLayerOptions {
  /** Below the boxes: requests in flight. Carries data-per-mark. */
  back: HTMLCanvasElement;
  /** Above the boxes: outcomes. */
  front: HTMLCanvasElement;
  stage: HTMLElement;
  balancer: HTMLElement;
  ticker?: MarkTicker;
}

interface Palette {
  admitted: string;
  dropped: string;
  failed: string;
}

function cssColour(el: Element, name: string, fallback: string): string {
  return getComputedStyle(el).getPropertyValue(name).trim() || fallback;
}

export class MarksLayer implements Animated {
  private readonly pool = new MarkPool();
  private readonly ticker: MarkTicker;
  private readonly ro: ResizeObserver;
  private readonly back: CanvasRenderingContext2D | null;
  private readonly front: CanvasRenderingContext2D | null;
  private plan: PlanState | null = null;
  private boxes = new Map<string, Box>();
  private slots = new Map<string, HTMLElement>();
  private from: Point = { x: 0, y: 0 };
  private stale = true;
  private width = 0;
  private height = 0;
  /** Whether each canvas holds ink from the last draw (an empty one is not cleared again). */
  private inked = { back: false, front: false };
  private palette: Palette = { admitted: '#0072b2', dropped: '#e69f00', failed: '#c2410c' };
  private readonly failedLanded = new Map<string, number>();
  private lastIngestMs = -Infinity;
  private perMark = 1;
  private seq = 0;
  private reduced = false;

  constructor(private readonly o: MarksLayerOptions) {
    this.ticker = o.ticker ?? markTicker;
    this.back = o.back.getContext('2d');
    this.front = o.front.getContext('2d');
    this.ro = new ResizeObserver(() => this.invalidate());
    this.ro.observe(o.stage);
    this.ro.observe(o.balancer);
    this.observeSlots();
  }

  /** (Re)observes the backend slots: call after the list of backends changed. */
  observeSlots(): void {
    for (const el of this.slots.values()) this.ro.unobserve(el);
    this.slots = new Map();
    for (const el of this.o.stage.querySelectorAll<HTMLElement>('[data-backend]')) {
      this.slots.set(el.dataset.backend ?? '', el);
      this.ro.observe(el);
    }
    this.invalidate();
  }

  setReducedMotion(reduced: boolean): void {
    this.reduced = reduced;
  }

  /** A new frame's counters for this panel's strategy, at simulated time `nowMs`. */
  ingest(nowMs: number, backends: readonly BackendCounts[], wallMs: number): void {
    const plan = planMarks(this.plan, nowMs, backends);
    this.plan = plan.state;
    const gap = Math.min(STAGGER_MAX_MS, Math.max(0, wallMs - this.lastIngestMs));
    this.lastIngestMs = wallMs;
    if (plan.resynced || plan.spawns.length === 0) return;
    if (plan.perMark !== this.perMark) {
      this.perMark = plan.perMark;
      this.o.back.setAttribute('data-per-mark', String(plan.perMark));
    }
    const total = plan.spawns.reduce((n, s) => n + s.marks, 0);
    let i = 0;
    for (const s of plan.spawns) {
      for (let k = 0; k < s.marks; k++, i++) {
        this.seq++;
        const lane = (this.seq * GOLDEN) % 1;
        this.pool.spawn(s.backend, s.outcome, wallMs + (gap * i) / total, lane);
      }
    }
    this.ticker.wake(this);
  }

  /**
   * The layout changed. ResizeObserver calls back after layout and before paint, so redrawing now
   * (canvas sizes do not affect layout) keeps a stretched canvas from ever being painted.
   */
  private invalidate(): void {
    this.stale = true;
    if (this.pool.size === 0 && !this.inked.back && !this.inked.front) return;
    if (this.draw(performance.now())) this.ticker.wake(this);
  }

  /** Reads the layout: canvas size, balancer point and every slot's box, relative to the stage. */
  private measure(): void {
    this.stale = false;
    const { stage, balancer } = this.o;
    const origin = stage.getBoundingClientRect();
    const dpr = window.devicePixelRatio || 1;
    this.width = origin.width;
    this.height = origin.height;
    const w = Math.max(1, Math.round(origin.width * dpr));
    const h = Math.max(1, Math.round(origin.height * dpr));
    for (const [canvas, ctx] of [
      [this.o.back, this.back],
      [this.o.front, this.front],
    ] as const) {
      if (canvas.width !== w || canvas.height !== h) {
        canvas.width = w;
        canvas.height = h;
      }
      ctx?.setTransform(dpr, 0, 0, dpr, 0, 0);
    }
    const b = balancer.getBoundingClientRect();
    this.from = { x: b.left - origin.left + b.width / 2, y: b.bottom - origin.top };
    this.boxes = new Map();
    for (const [id, el] of this.slots) {
      const r = el.getBoundingClientRect();
      this.boxes.set(id, {
        x: r.left - origin.left,
        y: r.top - origin.top,
        w: r.width,
        h: r.height,
      });
    }
    this.palette = {
      admitted: cssColour(stage, '--following', this.palette.admitted),
      dropped: cssColour(stage, '--looking', this.palette.dropped),
      failed: cssColour(stage, '--danger', this.palette.failed),
    };
  }

  draw(nowMs: number): boolean {
    const { back, front } = this;
    if (!back || !front) return false;
    if (this.stale) this.measure();
    if (this.inked.back) back.clearRect(0, 0, this.width, this.height);
    if (this.inked.front) front.clearRect(0, 0, this.width, this.height);
    const inked = { back: false, front: false };
    // Every mark in flight is the same dot: one path, filled once.
    back.beginPath();
    const pool = this.pool;
    for (let i = 0; i < pool.size;) {
      const m = pool.marks[i]!;
      const box = this.boxes.get(m.backend);
      const age = nowMs - m.startMs;
      if (box === undefined || age >= markLifeMs(m.outcome, this.reduced)) {
        pool.retire(i);
        continue;
      }
      i++;
      const pose = markPose(m.outcome, this.from, box, m.lane, age, this.reduced);
      if (pose === null) continue;
      if (!m.landed && hasLanded(age, this.reduced)) this.land(m);
      if (pose.shape === 'dot' && !this.reduced) {
        back.moveTo(pose.x + DOT_R, pose.y);
        back.arc(pose.x, pose.y, DOT_R, 0, Math.PI * 2);
        inked.back = true;
      } else {
        this.drawOutcome(front, pose, m.outcome);
        inked.front = true;
      }
    }
    back.fillStyle = this.palette.admitted;
    back.fill();
    front.globalAlpha = 1;
    this.inked = inked;
    return pool.size > 0;
  }

  /** An outcome in its own shape and colour (a reduced-motion flash of an admitted one: a dot). */
  private drawOutcome(ctx: CanvasRenderingContext2D, p: MarkPose, outcome: MarkOutcome): void {
    ctx.globalAlpha = p.alpha;
    if (p.shape === 'dot') {
      ctx.fillStyle = this.palette.admitted;
      ctx.beginPath();
      ctx.arc(p.x, p.y, DOT_R, 0, Math.PI * 2);
      ctx.fill();
    } else if (p.shape === 'drop') {
      ctx.fillStyle = this.palette.dropped;
      ctx.beginPath();
      ctx.moveTo(p.x - 4, p.y - 3);
      ctx.lineTo(p.x + 4, p.y - 3);
      ctx.lineTo(p.x, p.y + 4);
      ctx.closePath();
      ctx.fill();
    } else {
      ctx.strokeStyle = this.palette[outcome];
      ctx.lineWidth = 2;
      ctx.beginPath();
      ctx.moveTo(p.x - 3.5, p.y - 3.5);
      ctx.lineTo(p.x + 3.5, p.y + 3.5);
      ctx.moveTo(p.x + 3.5, p.y - 3.5);
      ctx.lineTo(p.x - 3.5, p.y + 3.5);
      ctx.stroke();
    }
  }

  private land(m: Mark): void {
    m.landed = true;
    if (m.outcome !== 'failed') return;
    const n = (this.failedLanded.get(m.backend) ?? 0) + 1;
    this.failedLanded.set(m.backend, n);
    this.slots.get(m.backend)?.setAttribute('data-failed-marks', String(n));
  }

  dispose(): void {
    this.ro.disconnect();
    this.ticker.forget(this);
    this.pool.clear();
  }
}
