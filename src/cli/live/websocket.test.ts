/**
 * Proves the bridge's RFC 6455 subset: the handshake key of the RFC's own example, text messages
 * both ways at every length encoding, a fragmented message reassembled, and the refusals a
 * browser could provoke (an unmasked frame, a binary frame, an oversized message, plain HTTP)
 * closing with the RFC's codes instead of crashing the bridge.
 */
import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { acceptKey, listenWebSocket, MESSAGE_BYTES_MAX, type WsServer } from './websocket';
import { maskedFrame, WsClient } from './wsClient';

let server: WsServer | null = null;
const paths: string[] = [];

afterEach(async () => {
  await server?.close();
  server = null;
  paths.length = 0;
});

/** An echo server that also records each connection's path. */
async function echo(): Promise<WsClient> {
  server = await listenWebSocket(0, (c, path) => {
    paths.push(path);
    c.onMessage((text) => c.send(`echo:${text}`));
  });
  return WsClient.connect(`ws://127.0.0.1:${server.port}/abc`);
}

async function until(client: WsClient, holds: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !holds(); i++) await client.next(100);
  expect(holds()).toBe(true);
}

describe('the WebSocket subset', () => {
  it('answers the RFC 6455 example key with its documented accept value', () => {
    expect(acceptKey('dGhlIHNhbXBsZSBub25jZQ==')).toBe('s3pPLMBiTxaQ9kYGzzhZRbK+xOo=');
  });

  it('echoes text at the 7-bit, 16-bit and 64-bit lengths and passes the path', async () => {
    const client = await echo();
    const texts = ['hi', 'x'.repeat(300), 'y'.repeat(MESSAGE_BYTES_MAX - 10), '雪'];
    for (const t of texts) client.send(t);
    await until(client, () => client.messages.length === texts.length);
    expect(client.messages).toEqual(texts.map((t) => `echo:${t}`));
    expect(paths).toEqual(['/abc']);
    client.destroy();
  });

  it('reassembles a fragmented message', async () => {
    const client = await echo();
    client.sendRaw(maskedFrame(0x1, Buffer.from('hel'), false));
    client.sendRaw(maskedFrame(0x0, Buffer.from('lo'), true));
    await until(client, () => client.messages.length === 1);
    expect(client.messages[0]).toBe('echo:hello');
    client.destroy();
  });

  it.each([
    ['an unmasked frame', Buffer.from([0x81, 0x02, 0x68, 0x69]), 1002],
    ['a binary frame', maskedFrame(0x2, Buffer.from([1, 2])), 1003],
    ['a message over the bound', maskedFrame(0x1, Buffer.alloc(MESSAGE_BYTES_MAX + 1, 97)), 1009],
  ])('closes on %s with code %i', async (_what, bytes, code) => {
    const client = await echo();
    client.sendRaw(bytes);
    await until(client, () => client.closedWith !== null);
    expect(client.closedWith).toBe(code);
    expect(client.messages).toEqual([]);
  });

  it('answers a close with a close', async () => {
    const client = await echo();
    client.close();
    await until(client, () => client.closedWith !== null);
    expect(client.closedWith).toBe(1000);
  });

  it('answers plain HTTP with 426 and binds 127.0.0.1 only', async () => {
    server = await listenWebSocket(0, () => undefined);
    expect(server.server.address()).toMatchObject({ address: '127.0.0.1' });
    const status = await new Promise<number>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: server!.port, path: '/' }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(426);
  });
});
