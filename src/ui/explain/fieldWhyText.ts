/**
 * The reader's sentence for a refused scenario field, worded from the validator's code and
 * parameters (src/sim/scenario/why.ts) in the reader's language; never from the validator's
 * English message, which is the CLI's. The nested parts (what a field must hold, the value a
 * person wrote, the sids, a path's problem) are worded first and passed in as parameters.
 */
import type {
  BackendIdProblem,
  Expect,
  FieldProblem,
  FieldScope,
  Got,
  Sids,
  Why,
  ZkPathProblem,
} from '../../sim/vocabulary';
import type { Translate } from '../i18n/t';

/** A value as quoted: JSON text is the same in every language; a list or an object is named. */
function got(g: Got, t: Translate): string {
  if ('literal' in g) return g.literal;
  return t(g.shape === 'array' ? 'why.got.array' : 'why.got.object');
}

function list(xs: readonly (string | number)[], t: Translate): string {
  return xs.join(t('why.listSep'));
}

function expect(e: Expect, t: Translate): string {
  switch (e.code) {
    case 'int':
      if (e.min !== null && e.max !== null) return t('why.int.range', { min: e.min, max: e.max });
      if (e.min !== null) return t('why.int.min', { min: e.min });
      if (e.max !== null) return t('why.int.max', { max: e.max });
      return t('why.int.any');
    case 'number':
      return t('why.number.range', { min: e.min, max: e.max });
    case 'oneOf':
      return t('why.oneOf.missing', {
        what: t(`why.oneOf.${e.what}`),
        allowed: list(e.allowed, t),
      });
    default:
      return t(`why.expect.${e.code}`);
  }
}

function sids(s: Sids, t: Translate): string {
  const range = (from: number, to: number) => (from === to ? `${from}` : `${from}..${to}`);
  const voters = range(1, s.voters);
  if (s.observers === 0) return t('why.sids.voters', { voters });
  return t('why.sids.both', {
    voters,
    observers: range(s.voters + 1, s.voters + s.observers),
  });
}

function scope(s: FieldScope | null, t: Translate): string {
  if (s === null) return '';
  if (s.code === 'costModel' || s.code === 'costSection') return t(`why.scope.${s.code}`);
  return t(s.code === 'action' ? 'why.scope.action' : 'why.scope.recipe', { kind: s.kind });
}

/** A cost parameter's unit: a word is translated, a symbol (ms, µs, MB/s) stays as it is. */
const UNIT_WORDS = ['txns', 'bytes', 'requests', 'sessions', 'ticks', 'share'] as const;

function unit(u: string, t: Translate): string {
  const word = UNIT_WORDS.find((w) => w === u);
  return word === undefined ? u : t(`why.unit.${word}`);
}

function pathProblem(p: ZkPathProblem | BackendIdProblem, t: Translate): string {
  switch (p.code) {
    case 'slash':
    case 'empty':
    case 'noLeadingSlash':
    case 'trailingSlash':
      return t(`why.zkPath.${p.code}`);
    case 'invalidChar':
      return t('why.zkPath.invalidChar', { char: p.char, at: p.at });
    default:
      return t(`why.zkPath.${p.code}`, { at: p.at });
  }
}

/** Why, in the reader's language. */
export function whySentence(w: Why, t: Translate): string {
  switch (w.code) {
    case 'missing':
      return t('why.missing', { expect: expect(w.params.expect, t) });
    case 'expected':
      return t('why.expected', { expect: expect(w.params.expect, t), got: got(w.params.got, t) });
    case 'unknownField':
      return t('why.unknownField', {
        scope: scope(w.params.scope, t),
        allowed: list(w.params.allowed, t),
      });
    case 'unknownValue':
      return t('why.unknownValue', {
        what: t(`why.oneOf.${w.params.what}`),
        got: got(w.params.got, t),
        allowed: list(w.params.allowed, t),
      });
    case 'tooMany':
      return t('why.tooMany', {
        count: w.params.count,
        max: w.params.max,
        what: t(`why.tooMany.${w.params.what}`),
      });
    case 'minAboveMax': {
      const { min, maxKey, max } = w.params;
      const key = w.params.maxIsDefault ? 'why.minAboveDefaultMax' : 'why.minAboveMax';
      return t(key, { min, maxKey, max });
    }
    case 'tooManySids':
      return t('why.tooManySids', { ...w.params, left: w.params.sidsMax - w.params.servers });
    case 'noSuchServer':
    case 'serverInNoGroup':
      return t(`why.${w.code}`, { sid: w.params.sid, sids: sids(w.params.sids, t) });
    case 'badZkPath':
      return t('why.badZkPath', {
        got: got(w.params.got, t),
        problem: pathProblem(w.params.problem, t),
      });
    case 'noSuchClient':
      return w.params.known.length === 0
        ? t('why.noSuchClient.none', { got: got(w.params.got, t) })
        : t('why.noSuchClient', { got: got(w.params.got, t), known: list(w.params.known, t) });
    case 'serverInGroup':
      return w.params.group === null
        ? t('why.serverInGroup.this', { sid: w.params.sid })
        : t('why.serverInGroup', { sid: w.params.sid, group: w.params.group });
    case 'noStrategy':
      return t('why.noStrategy', { known: list(w.params.known, t) });
    case 'notSpare':
      return w.params.spares.length === 0
        ? t('why.notSpare.none', { got: got(w.params.got, t) })
        : t('why.notSpare', { got: got(w.params.got, t), spares: list(w.params.spares, t) });
    case 'noSuchBackend':
      return t('why.noSuchBackend', {
        got: got(w.params.got, t),
        atMs: w.params.atMs,
        known: list(w.params.known, t),
      });
    case 'epochsExhausted':
      return t('why.epochsExhausted', {
        sids: list(w.params.sids, t),
        voters: w.params.voters,
        epochMax: w.params.epochMax,
        epochNext: w.params.epochMax + 1,
      });
    case 'jsonSyntax': {
      const { detail, line, column } = w.params;
      return line === null
        ? t('why.jsonSyntax', { detail })
        : t('why.jsonSyntax.at', { detail, line, column: column ?? 0 });
    }
    case 'backendNotZnode':
      return t('why.backendNotZnode', {
        id: JSON.stringify(w.params.id),
        service: w.params.service,
        problem: pathProblem(w.params.problem, t),
      });
    case 'commandAction':
      return t('why.commandAction', {
        balancer: list(w.params.balancer, t),
        client: list(w.params.client, t),
      });
    case 'messageGone':
      return t(`why.messageGone.${w.params.noop}`, { message: w.params.message });
    case 'costParam': {
      const { integer, min, max } = w.params;
      return t(integer ? 'why.costParam.int' : 'why.costParam.number', {
        min,
        max,
        unit: unit(w.params.unit, t),
        got: got(w.params.got, t),
      });
    }
    case 'clientInClients':
    case 'clientAddedBy':
    case 'clientAddedLater':
    case 'balancerActionHere':
    case 'idUsed':
    case 'spareAdded':
    case 'backendIsSpare':
    case 'backendExists':
    case 'notZxid':
    case 'costWorkload': {
      const { got: g, ...rest } = w.params;
      const words = 'allowed' in rest ? { allowed: list(rest.allowed, t) } : rest;
      return t(`why.${w.code}`, { ...words, got: got(g, t) });
    }
    default:
      // The remaining codes take only numbers and strings, passed as they are.
      return t(`why.${w.code}`, { ...w.params });
  }
}

/** "path: why", in the reader's language. */
export function fieldProblemSentence(f: FieldProblem, t: Translate): string {
  // No path: the whole input is at fault (its JSON text).
  if (f.path === '') return whySentence(f.why, t);
  return t('why.line', { path: f.path, why: whySentence(f.why, t) });
}
