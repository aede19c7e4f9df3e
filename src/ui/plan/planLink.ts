/**
 * The Plan view's link: "#plan" alone opens the view with the defaults, "#plan?voters=7&readPercent=50"
 * opens it with those inputs, so that a person can share a plan by URL. Only the inputs that
 * differ from the defaults are written, which keeps links short and keeps old links meaning the
 * same thing while the defaults hold. A link is taken whole or not at all: one bad value (an
 * unknown name, a repeated name, a value the number field would refuse) leaves every input at its
 * default and names what is wrong, as a code and its parameters for the view to put in words.
 * Values are written exactly (String), never rounded for display, so a link gives back the very
 * inputs it was made from. Pure, so every case is tested in Node.
 */
import {
  DEFAULT_PLAN_INPUTS,
  PLAN_INPUTS,
  parseInput,
  type ParsedInput,
  type PlanInputId,
  type PlanInputs,
} from './planInputs';

export const PLAN_HASH = '#plan';

/**
 * A link longer than this is refused before it is parsed: every input written out at full
 * precision takes under 600 characters, so anything longer was not made by this view.
 */
export const PLAN_LINK_MAX_CHARS = 2000;

export type PlanLinkProblem =
  | { code: 'tooLong'; maxChars: number }
  | { code: 'unknownInput'; name: string }
  | { code: 'repeatedInput'; name: string }
  | {
      code: Extract<ParsedInput, { ok: false }>['problem'];
      input: PlanInputId;
      value: string;
      min: number;
      max: number;
    };

export type DecodedPlanLink =
  { ok: true; inputs: PlanInputs } | { ok: false; problem: PlanLinkProblem };

export function isPlanHash(hash: string): boolean {
  return hash === PLAN_HASH || hash.startsWith(`${PLAN_HASH}?`);
}

/** The hash for these inputs: "#plan", then the inputs that are not at their defaults. */
export function encodePlanHash(inputs: PlanInputs): string {
  const query = new URLSearchParams();
  for (const spec of PLAN_INPUTS) {
    const value = inputs[spec.id];
    if (value !== DEFAULT_PLAN_INPUTS[spec.id]) query.set(spec.id, String(value));
  }
  const text = query.toString();
  return text === '' ? PLAN_HASH : `${PLAN_HASH}?${text}`;
}

/** The inputs a plan hash names, or the first problem with it; call only when isPlanHash holds. */
export function decodePlanHash(hash: string): DecodedPlanLink {
  if (hash.length > PLAN_LINK_MAX_CHARS) {
    return { ok: false, problem: { code: 'tooLong', maxChars: PLAN_LINK_MAX_CHARS } };
  }
  const inputs: PlanInputs = { ...DEFAULT_PLAN_INPUTS };
  const seen = new Set<string>();
  const query = new URLSearchParams(hash.slice(PLAN_HASH.length + 1));
  for (const [name, text] of query) {
    const spec = PLAN_INPUTS.find((s) => s.id === name);
    if (!spec) return { ok: false, problem: { code: 'unknownInput', name: clip(name) } };
    if (seen.has(name)) return { ok: false, problem: { code: 'repeatedInput', name } };
    seen.add(name);
    const parsed = parseInput(spec, text);
    if (!parsed.ok) {
      const { min, max } = spec;
      const problem = { code: parsed.problem, input: spec.id, value: clip(text), min, max };
      return { ok: false, problem };
    }
    inputs[spec.id] = parsed.value;
  }
  return { ok: true, inputs };
}

/** A name or value from a link, shortened so that a hostile link cannot flood the message. */
function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
