/**
 * The minimal ZooKeeper client against a fake server on 127.0.0.1 that decodes what a real server
 * would read (jute records behind a length prefix) and answers as ZooKeeper 3.8 does: the session
 * handshake, a create, a setData with an error code, and closeSession.
 */
import { createServer, type Server, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { connectRequestFrame, ZkSession } from './zkClient';

let server: Server | null = null;
afterEach(
  () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
);

/** Reads length-prefixed frames and hands each to `answer`. */
function fakeZooKeeper(
  answer: (frame: Buffer, socket: Socket, index: number) => void,
): Promise<number> {
  return new Promise((resolve) => {
    server = createServer((socket) => {
      let inbox = Buffer.alloc(0);
      let index = 0;
      socket.on('data', (chunk) => {
        inbox = Buffer.concat([inbox, chunk]);
        while (inbox.length >= 4 && inbox.length >= 4 + inbox.readInt32BE(0)) {
          const frame = inbox.subarray(4, 4 + inbox.readInt32BE(0));
          inbox = inbox.subarray(4 + frame.length);
          answer(frame, socket, index++);
        }
      });
    });
    server.listen(0, '127.0.0.1', () => resolve((server!.address() as { port: number }).port));
  });
}

function send(socket: Socket, body: Buffer): void {
  const len = Buffer.alloc(4);
  len.writeInt32BE(body.length);
  socket.write(Buffer.concat([len, body]));
}

function replyHeader(xid: number, zxid: bigint, err: number): Buffer {
  const b = Buffer.alloc(16);
  b.writeInt32BE(xid, 0);
  b.writeBigInt64BE(zxid, 4);
  b.writeInt32BE(err, 12);
  return b;
}

describe('ZkSession', () => {
  it('encodes a ConnectRequest as ZooKeeper reads it', () => {
    const f = connectRequestFrame(30_000);
    expect(f.readInt32BE(0)).toBe(f.length - 4);
    expect(f.readInt32BE(4)).toBe(0); // protocolVersion
    expect(f.readBigInt64BE(8)).toBe(0n); // lastZxidSeen
    expect(f.readInt32BE(16)).toBe(30_000); // timeOut
    expect(f.readBigInt64BE(20)).toBe(0n); // sessionId
    expect(f.readInt32BE(28)).toBe(16); // passwd length
    expect(f.length).toBe(4 + 4 + 8 + 4 + 8 + 4 + 16 + 1);
  });

  it('opens a session, creates, sets data and closes, reporting each zxid and error', async () => {
    const seen: { xid: number; type: number; path?: string }[] = [];
    const port = await fakeZooKeeper((frame, socket, index) => {
      if (index === 0) {
        const r = Buffer.alloc(4 + 4 + 8 + 4 + 16 + 1);
        r.writeInt32BE(0, 0);
        r.writeInt32BE(30_000, 4);
        r.writeBigInt64BE(0x300000abcn, 8);
        r.writeInt32BE(16, 16);
        return send(socket, r);
      }
      const xid = frame.readInt32BE(0);
      const type = frame.readInt32BE(4);
      const path =
        type === -11 ? undefined : frame.subarray(12, 12 + frame.readInt32BE(8)).toString();
      seen.push(path === undefined ? { xid, type } : { xid, type, path });
      // The setData gets NoNode (-101) to show the error code comes back.
      send(socket, replyHeader(xid, 0x100000000n + BigInt(index), type === 5 ? -101 : 0));
      if (type === -11) socket.end();
    });
    const session = await ZkSession.open(port, 30_000, 5000);
    expect(session.sessionId).toBe(0x300000abcn);
    expect(await session.create('/a', 'x', 5000)).toEqual({ zxid: 0x100000001n, err: 0 });
    expect(await session.setData('/a', 'y', 5000)).toEqual({ zxid: 0x100000002n, err: -101 });
    expect(await session.close(5000)).toEqual({ zxid: 0x100000003n, err: 0 });
    expect(seen).toEqual([
      { xid: 1, type: 1, path: '/a' },
      { xid: 2, type: 5, path: '/a' },
      { xid: 3, type: -11 },
    ]);
  });

  it('rejects when the server closes the connection before a session', async () => {
    const port = await fakeZooKeeper((_frame, socket) => socket.destroy());
    await expect(ZkSession.open(port, 30_000, 5000)).rejects.toThrow(
      /closed the connection before a session/,
    );
  });
});
