/**
 * The small part of RFC 6455 the live bridge needs, on node:http, so that the project takes no
 * new dependency for one socket: the opening handshake (Sec-WebSocket-Accept), unfragmented and
 * fragmented text frames from the client (which must be masked), unmasked text frames to it,
 * ping/pong and the closing handshake. Binary messages and extensions are refused by closing with
 * 1003; a message over MESSAGE_BYTES_MAX closes with 1009. Only what a browser sends is handled.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { Duplex } from 'node:stream';

const GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';
/** The largest message the bridge accepts from the app (a write command is well under it). */
export const MESSAGE_BYTES_MAX = 64 * 1024;

const OP_CONTINUATION = 0x0;
const OP_TEXT = 0x1;
const OP_BINARY = 0x2;
const OP_CLOSE = 0x8;
const OP_PING = 0x9;
const OP_PONG = 0xa;

export function acceptKey(key: string): string {
  return createHash('sha1')
    .update(key + GUID)
    .digest('base64');
}

/** A frame's header up to the mask: FIN, opcode, the mask bit and the 7/16/64-bit length. */
export function frameHeader(opcode: number, len: number, fin: boolean, masked: boolean): Buffer {
  const head = len < 126 ? Buffer.alloc(2) : len < 65_536 ? Buffer.alloc(4) : Buffer.alloc(10);
  head[0] = (fin ? 0x80 : 0) | opcode;
  const maskBit = masked ? 0x80 : 0;
  if (len < 126) head[1] = maskBit | len;
  else if (len < 65_536) {
    head[1] = maskBit | 126;
    head.writeUInt16BE(len, 2);
  } else {
    head[1] = maskBit | 127;
    head.writeBigUInt64BE(BigInt(len), 2);
  }
  return head;
}

/** One frame, as a server sends it: FIN set, no mask. */
export function encodeFrame(opcode: number, payload: Buffer): Buffer {
  return Buffer.concat([frameHeader(opcode, payload.length, true, false), payload]);
}

export interface Frame {
  fin: boolean;
  opcode: number;
  masked: boolean;
  payload: Buffer;
}

/** Reads one frame from the front of `buf`; null when it is not complete yet. */
export function decodeFrame(buf: Buffer): { frame: Frame; size: number } | null {
  if (buf.length < 2) return null;
  const fin = (buf[0]! & 0x80) !== 0;
  const opcode = buf[0]! & 0x0f;
  const masked = (buf[1]! & 0x80) !== 0;
  let len = buf[1]! & 0x7f;
  let offset = 2;
  if (len === 126) {
    if (buf.length < 4) return null;
    len = buf.readUInt16BE(2);
    offset = 4;
  } else if (len === 127) {
    if (buf.length < 10) return null;
    const big = buf.readBigUInt64BE(2);
    // Anything this large is over the bound; report it as such without reading it.
    len = big > BigInt(MESSAGE_BYTES_MAX) ? MESSAGE_BYTES_MAX + 1 : Number(big);
    offset = 10;
  }
  if (len > MESSAGE_BYTES_MAX)
    return { frame: { fin, opcode, masked, payload: Buffer.alloc(0) }, size: -1 };
  const maskAt = offset;
  if (masked) offset += 4;
  if (buf.length < offset + len) return null;
  const payload = Buffer.from(buf.subarray(offset, offset + len));
  if (masked) for (let i = 0; i < len; i++) payload[i]! ^= buf[maskAt + (i % 4)]!;
  return { frame: { fin, opcode, masked, payload }, size: offset + len };
}

/** One open connection, server side. */
export class WsConnection {
  private inbox = Buffer.alloc(0);
  private parts: Buffer[] = [];
  private closed = false;
  private readonly messageHandlers: ((text: string) => void)[] = [];
  private readonly closeHandlers: (() => void)[] = [];

  constructor(private readonly socket: Duplex) {
    socket.on('data', (chunk: Buffer) => this.receive(chunk));
    socket.on('close', () => this.finish());
    socket.on('error', () => this.finish());
  }

  get isOpen(): boolean {
    return !this.closed;
  }

  onMessage(handler: (text: string) => void): void {
    this.messageHandlers.push(handler);
  }

  onClose(handler: () => void): void {
    this.closeHandlers.push(handler);
  }

  send(text: string): void {
    if (this.closed) return;
    this.socket.write(encodeFrame(OP_TEXT, Buffer.from(text, 'utf8')));
  }

  /** Starts the closing handshake; the socket ends once the frame is written. */
  close(code = 1000): void {
    if (this.closed) return;
    const body = Buffer.alloc(2);
    body.writeUInt16BE(code);
    this.socket.end(encodeFrame(OP_CLOSE, body));
    this.finish();
  }

  private finish(): void {
    if (this.closed) return;
    this.closed = true;
    for (const h of this.closeHandlers) h();
  }

  private receive(chunk: Buffer): void {
    this.inbox = Buffer.concat([this.inbox, chunk]);
    for (;;) {
      const decoded = decodeFrame(this.inbox);
      if (decoded === null) return;
      if (decoded.size < 0) return this.close(1009);
      this.inbox = this.inbox.subarray(decoded.size);
      if (!this.handle(decoded.frame)) return;
    }
  }

  /** Acts on one frame; false when the connection was closed because of it. */
  private handle(f: Frame): boolean {
    // RFC 6455 5.1: a server must close the connection on an unmasked client frame.
    if (!f.masked) return (this.close(1002), false);
    if (f.opcode === OP_PING) {
      this.socket.write(encodeFrame(OP_PONG, f.payload));
      return true;
    }
    if (f.opcode === OP_PONG) return true;
    if (f.opcode === OP_CLOSE) return (this.close(1000), false);
    if (f.opcode === OP_BINARY) return (this.close(1003), false);
    if (f.opcode !== OP_TEXT && f.opcode !== OP_CONTINUATION) return (this.close(1002), false);
    this.parts.push(f.payload);
    const size = this.parts.reduce((n, p) => n + p.length, 0);
    if (size > MESSAGE_BYTES_MAX) return (this.close(1009), false);
    if (!f.fin) return true;
    const text = Buffer.concat(this.parts).toString('utf8');
    this.parts = [];
    for (const h of this.messageHandlers) h(text);
    return this.isOpen;
  }
}

export interface WsServer {
  server: Server;
  port: number;
  close(): Promise<void>;
}

/**
 * A WebSocket server on 127.0.0.1 only. `onConnection` receives each upgraded connection with the
 * request's path; plain HTTP requests get 426.
 */
export function listenWebSocket(
  port: number,
  onConnection: (connection: WsConnection, path: string) => void,
): Promise<WsServer> {
  const server = createServer((_req, res) => {
    res.writeHead(426, { 'Content-Type': 'text/plain', Upgrade: 'websocket' });
    res.end('ZabScope live bridge: connect with a WebSocket\n');
  });
  const sockets = new Set<Duplex>();
  server.on('upgrade', (req: IncomingMessage, socket: Duplex) => {
    const key = req.headers['sec-websocket-key'];
    if (typeof key !== 'string' || req.headers.upgrade?.toLowerCase() !== 'websocket') {
      socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
      return;
    }
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.write(
      'HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
        `Sec-WebSocket-Accept: ${acceptKey(key)}\r\n\r\n`,
    );
    onConnection(new WsConnection(socket), req.url ?? '/');
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      if (address === null || typeof address === 'string')
        return reject(new Error('no port from the kernel'));
      resolve({
        server,
        port: address.port,
        close: () =>
          new Promise<void>((done) => {
            for (const s of sockets) s.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}
