/**
 * A WebSocket client of the same RFC 6455 subset, for Node: Node 20 has no WebSocket client
 * without a flag, and the bridge's tests (the unit test of the server and the integration test
 * with real ZooKeeper) must talk to it the way a browser does, with masked frames.
 */
import { randomBytes } from 'node:crypto';
import { request } from 'node:http';
import type { Duplex } from 'node:stream';
import { acceptKey, decodeFrame, frameHeader } from './websocket';

export class WsClient {
  private inbox = Buffer.alloc(0);
  private readonly received: string[] = [];
  private waiters: (() => void)[] = [];
  closedWith: number | null = null;

  private constructor(private readonly socket: Duplex) {
    socket.on('data', (chunk: Buffer) => this.receive(chunk));
    socket.on('close', () => {
      this.closedWith ??= 1006;
      this.wake();
    });
  }

  /** Connects to `url` (ws://127.0.0.1:PORT/PATH) and completes the opening handshake. */
  static connect(url: string): Promise<WsClient> {
    const u = new URL(url);
    const key = randomBytes(16).toString('base64');
    return new Promise((resolve, reject) => {
      const req = request({
        host: u.hostname,
        port: Number(u.port),
        path: u.pathname + u.search,
        headers: {
          Connection: 'Upgrade',
          Upgrade: 'websocket',
          'Sec-WebSocket-Version': '13',
          'Sec-WebSocket-Key': key,
        },
      });
      req.on('upgrade', (res, socket, head) => {
        if (res.headers['sec-websocket-accept'] !== acceptKey(key))
          return reject(new Error('wrong Sec-WebSocket-Accept'));
        const client = new WsClient(socket);
        if (head.length > 0) client.receive(head);
        resolve(client);
      });
      req.on('response', (res) => reject(new Error(`HTTP ${res.statusCode} instead of 101`)));
      req.on('error', reject);
      req.end();
    });
  }

  /** Sends raw bytes (a test's hand-made frame). */
  sendRaw(bytes: Buffer): void {
    this.socket.write(bytes);
  }

  send(text: string): void {
    this.sendRaw(maskedFrame(0x1, Buffer.from(text, 'utf8')));
  }

  close(): void {
    this.socket.end(maskedFrame(0x8, Buffer.from([0x03, 0xe8])));
  }

  destroy(): void {
    this.socket.destroy();
  }

  /** Every text message received so far, in order. */
  get messages(): readonly string[] {
    return this.received;
  }

  /** Resolves when a message or the close arrives (or after `ms`, whichever is first). */
  next(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.waiters.push(done);
    });
  }

  private wake(): void {
    const w = this.waiters;
    this.waiters = [];
    for (const f of w) f();
  }

  private receive(chunk: Buffer): void {
    this.inbox = Buffer.concat([this.inbox, chunk]);
    for (;;) {
      const d = decodeFrame(this.inbox);
      if (d === null || d.size < 0) break;
      this.inbox = this.inbox.subarray(d.size);
      if (d.frame.opcode === 0x1) this.received.push(d.frame.payload.toString('utf8'));
      if (d.frame.opcode === 0x8)
        this.closedWith = d.frame.payload.length >= 2 ? d.frame.payload.readUInt16BE(0) : 1005;
    }
    this.wake();
  }
}

/** A client frame: FIN, the opcode, a random mask and the masked payload. */
export function maskedFrame(opcode: number, payload: Buffer, fin = true): Buffer {
  const mask = randomBytes(4);
  const head = frameHeader(opcode, payload.length, fin, true);
  const body = Buffer.from(payload);
  for (let i = 0; i < body.length; i++) body[i]! ^= mask[i % 4]!;
  return Buffer.concat([head, mask, body]);
}
