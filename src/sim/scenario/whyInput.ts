/**
 * The refusal codes about an input's shape rather than a scenario field (issue 14): a scenario's
 * size and JSON text, the app's command list, a command given while the run plays, and the
 * planner file's grid (src/sim/cost/planFile.ts). A sibling of why.ts, whose one lookup
 * (`whyText`) words these too: why.ts spreads this table into its own, so the CLI prints the same
 * English it always did. A leaf module (it imports nothing), so the engine may name HandNoop here
 * without depending on the scenario's tables.
 */

/** Why a message by hand changed nothing (engine/handMessages.ts finds it; a command reports it). */
export type HandNoop = 'no-such-message' | 'not-in-flight' | 'loopback';

/** The parameters of each input code. */
export interface WhyInputParamsOf {
  tooLarge: { max: number };
  jsonEmpty: Record<string, never>;
  /** `detail` is the JSON parser's own message (the JavaScript engine's English). */
  jsonSyntax: { detail: string; line: number | null; column: number | null };
  commandsNotList: Record<string, never>;
  commandShape: Record<string, never>;
  commandAtEvent: Record<string, never>;
  commandOrder: { atEvent: number; previous: number };
  commandAction: { balancer: readonly string[]; client: readonly string[] };
  noBalancer: Record<string, never>;
  atEvent: Record<string, never>;
  runEnds: { at: number };
  messageGone: { noop: HandNoop; message: number };
  // The planner file's grid (its fields' own types and ranges use why.ts's `expected`).
  noValue: Record<string, never>;
  valueTwice: { value: number };
  planGrid: { voters: number; observers: number; readRatios: number; rows: number; max: number };
  planPoints: { rows: number; seeds: number; points: number; max: number };
  eitherNotBoth: { first: string; second: string };
}

const HAND_NOOP: Record<HandNoop, string> = {
  'no-such-message': 'no message with this number has been sent yet',
  'not-in-flight': 'this message was already delivered or dropped',
  loopback: "a server's message to itself does not cross the network",
};

/** Every input code's English; a Record, so that the compiler refuses a code missing here. */
export const INPUT_ENGLISH: { [K in keyof WhyInputParamsOf]: (p: WhyInputParamsOf[K]) => string } =
  {
    tooLarge: (p) => `larger than ${p.max} characters of JSON (the largest scenario accepted)`,
    jsonEmpty: () => 'malformed JSON: the input is empty',
    jsonSyntax: (p) =>
      `malformed JSON: ${p.detail}${p.line === null ? '' : ` (line ${p.line}, column ${p.column})`}`,
    commandsNotList: () => 'expected a list',
    commandShape: () => 'expected an object with atEvent and action',
    commandAtEvent: () => 'expected an event index (an integer >= 0)',
    commandOrder: (p) => `${p.atEvent} comes before the previous command's ${p.previous}`,
    commandAction: (p) =>
      'expected crash, restart, freeze, unfreeze (with a numeric sid), partition, heal, write, ' +
      `drop-message, delay-message, ${p.balancer.join(', ')}, ${p.client.join(', ')}`,
    noBalancer: () => 'this scenario has no balancer',
    atEvent: () => 'expected an event index',
    runEnds: (p) => `the run ends at event ${p.at}`,
    messageGone: (p) => `${HAND_NOOP[p.noop]} (message #${p.message})`,
    noValue: () => 'expected at least one value',
    valueTwice: (p) => `${p.value} is already in the list`,
    planGrid: (p) =>
      `the grid has ${p.voters} x ${p.observers} x ${p.readRatios} = ${p.rows} rows, ` +
      `more than the ${p.max} allowed`,
    planPoints: (p) =>
      `${p.rows} rows x ${p.seeds} seeds = ${p.points} points, more than the ${p.max} allowed`,
    eitherNotBoth: (p) => `give either ${p.first} or ${p.second}, not both`,
  };
