/**
 * English for refusals outside the scenario's own fields (src/sim/scenario/whyInput.ts, and the
 * cost codes of why.ts): the input's size and JSON text, a command list, a command given while the
 * run plays, the planner file's grid, and the cost model's parameters. Worded by
 * src/ui/explain/fieldWhyText.ts. And why a shared link does not decode (src/ui/share/urlState.ts,
 * LinkProblem), the reason in Notices.tsx's "This link could not be opened" notice.
 */
export const whyInputEn = {
  'why.scope.costModel': ' for the cost model',
  'why.scope.costSection': ' for the cost section',
  'why.tooLarge': 'larger than {max} characters of JSON (the largest scenario accepted)',
  'why.jsonEmpty': 'malformed JSON: the input is empty',
  'why.jsonSyntax': 'malformed JSON: {detail}',
  'why.jsonSyntax.at': 'malformed JSON: {detail} (line {line}, column {column})',
  'why.commandsNotList': 'expected a list',
  'why.commandShape': 'expected an object with atEvent and action',
  'why.commandAtEvent': 'expected an event index (an integer ≥ 0)',
  'why.commandOrder': '{atEvent} comes before the previous command’s {previous}',
  'why.commandAction':
    'expected crash, restart, freeze, unfreeze (with a numeric sid), partition, heal, write, drop-message, delay-message, {balancer}, {client}',
  'why.noBalancer': 'this scenario has no balancer',
  'why.atEvent': 'expected an event index',
  'why.runEnds': 'the run ends at event {at}',
  'why.messageGone.no-such-message':
    'no message with this number has been sent yet (message #{message})',
  'why.messageGone.not-in-flight':
    'this message was already delivered or dropped (message #{message})',
  'why.messageGone.loopback':
    'a server’s message to itself does not cross the network (message #{message})',
  'why.noValue': 'expected at least one value',
  'why.valueTwice': '{value} is already in the list',
  'why.planGrid':
    'the grid has {voters} × {observers} × {readRatios} = {rows} rows, more than the {max} allowed',
  'why.planPoints': '{rows} rows × {seeds} seeds = {points} points, more than the {max} allowed',
  'why.eitherNotBoth': 'give either {first} or {second}, not both',
  'why.costParam.int': 'expected an integer from {min} to {max} ({unit}), got {got}',
  'why.costParam.number': 'expected a number from {min} to {max} ({unit}), got {got}',
  'why.unit.txns': 'txns',
  'why.unit.bytes': 'bytes',
  'why.unit.requests': 'requests',
  'why.unit.sessions': 'sessions',
  'why.unit.ticks': 'ticks',
  'why.unit.share': 'share',
  'notice.link.notBase64': 'the link is not valid base64url',
  'notice.link.damaged': 'the link is damaged (it does not decompress)',
  'notice.link.notJson': 'the link does not hold JSON',
  'notice.link.notFormat': 'the link is not a ZabScope link of format {format}',
  'notice.link.badAt': 'its event index (“at”) is not a whole number ≥ 0',
  'why.beforeWorkloadStart':
    '{measureFromMs} is before the workload starts (startAtMs {startAtMs})',
  'why.costWorkload': 'unknown workload {got} (known: {allowed})',
  'why.openLoopOnly':
    'only for the open loop ("workload": "open"); a closed loop sends as its replies arrive',
  'why.openLoopNeedsRate':
    'missing: the open loop needs its offered rate (a number from {min} to {max} ops/s)',
};
