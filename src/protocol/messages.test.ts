// Proves the version handshake of the UI/worker protocol: a message stamped by `versioned` is
// accepted by `receive`, and a message of another version or shape is refused with a reason.
import { describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION, receive, versioned, type ToWorkerBody } from './messages';

describe('protocol messages', () => {
  it('round-trips a versioned message', () => {
    const sent = versioned<ToWorkerBody>({ type: 'hello' });
    expect(sent).toEqual({ type: 'hello', v: PROTOCOL_VERSION });
    expect(receive<ToWorkerBody>(structuredClone(sent))).toEqual({ ok: true, message: sent });
  });

  it('refuses another protocol version', () => {
    const result = receive<ToWorkerBody>({ type: 'hello', v: PROTOCOL_VERSION + 1 });
    expect(result).toEqual({
      ok: false,
      error: `protocol: version ${PROTOCOL_VERSION + 1} received, ${PROTOCOL_VERSION} expected`,
    });
  });

  it.each([null, 'hello', 42, { v: PROTOCOL_VERSION }])('refuses %j', (data) => {
    expect(receive<ToWorkerBody>(data).ok).toBe(false);
  });
});
