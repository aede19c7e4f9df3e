/**
 * The Backends section's inputs: each with its bounds (the sim's own, src/sim/lb/sizingInput.ts,
 * so the view and the planner CLI accept the same values) and a parser that says what is wrong.
 */
import {
  SIZING_DEFAULT_SEEDS,
  SIZING_DEFAULT_SESSION_MS,
  SIZING_RATE_MAX,
  SIZING_RATE_MIN,
  SIZING_SEEDS_MAX,
  SIZING_SEEDS_MIN,
  SIZING_SERVICE_MS_MAX,
  SIZING_SERVICE_MS_MIN,
  SIZING_SESSION_MS_MAX,
  SIZING_SESSION_MS_MIN,
  SIZING_TARGET_MS_MAX,
  SIZING_TARGET_MS_MIN,
} from '../../../sim/index';

export const BACKEND_INPUT_IDS = [
  'ratePerSec',
  'meanServiceMs',
  'targetP99Ms',
  'sessionTimeoutMs',
  'seeds',
] as const;
export type BackendInputId = (typeof BACKEND_INPUT_IDS)[number];

export interface BackendInputSpec {
  id: BackendInputId;
  min: number;
  max: number;
  integer: boolean;
  unit: 'perSec' | 'ms' | 'seeds';
  initial: number;
}

export const BACKEND_INPUTS: Record<BackendInputId, BackendInputSpec> = {
  ratePerSec: {
    id: 'ratePerSec',
    min: SIZING_RATE_MIN,
    max: SIZING_RATE_MAX,
    integer: false,
    unit: 'perSec',
    initial: 200,
  },
  meanServiceMs: {
    id: 'meanServiceMs',
    min: SIZING_SERVICE_MS_MIN,
    max: SIZING_SERVICE_MS_MAX,
    integer: false,
    unit: 'ms',
    initial: 20,
  },
  targetP99Ms: {
    id: 'targetP99Ms',
    min: SIZING_TARGET_MS_MIN,
    max: SIZING_TARGET_MS_MAX,
    integer: false,
    unit: 'ms',
    initial: 150,
  },
  sessionTimeoutMs: {
    id: 'sessionTimeoutMs',
    min: SIZING_SESSION_MS_MIN,
    max: SIZING_SESSION_MS_MAX,
    integer: true,
    unit: 'ms',
    initial: SIZING_DEFAULT_SESSION_MS,
  },
  seeds: {
    id: 'seeds',
    min: SIZING_SEEDS_MIN,
    max: SIZING_SEEDS_MAX,
    integer: true,
    unit: 'seeds',
    initial: SIZING_DEFAULT_SEEDS,
  },
};

/** The value typed, or why it is refused: not a number in bounds, or not a whole one. */
export function parseBackendInput(
  spec: BackendInputSpec,
  text: string,
): { ok: true; value: number } | { ok: false; problem: 'bad' | 'badInteger' } {
  const trimmed = text.trim();
  const value = trimmed === '' ? NaN : Number(trimmed);
  if (!Number.isFinite(value) || value < spec.min || value > spec.max)
    return { ok: false, problem: spec.integer ? 'badInteger' : 'bad' };
  if (spec.integer && !Number.isInteger(value)) return { ok: false, problem: 'badInteger' };
  return { ok: true, value };
}
