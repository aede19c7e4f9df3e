/**
 * The loopback check reads listening sockets from /proc: a server this very process opens on
 * 127.0.0.1 is found with its address and port, and addresses are classified correctly.
 */
import { createServer } from 'node:net';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isLoopback, listeningSockets } from './loopback';

describe.skipIf(!existsSync('/proc/net/tcp'))('listeningSockets', () => {
  it("finds this process's own listening socket on 127.0.0.1", async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    const port = (server.address() as { port: number }).port;
    try {
      expect(listeningSockets(process.pid)).toContainEqual({ address: '127.0.0.1', port });
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('isLoopback', () => {
  it('accepts 127.0.0.0/8 and ::1 only', () => {
    expect(isLoopback('127.0.0.1')).toBe(true);
    expect(isLoopback('0:0:0:0:0:0:0:1')).toBe(true);
    expect(isLoopback('0.0.0.0')).toBe(false);
    expect(isLoopback('10.1.2.3')).toBe(false);
    expect(isLoopback('0:0:0:0:0:0:0:0')).toBe(false);
  });
});
