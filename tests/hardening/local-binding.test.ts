import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDynamoLocal, type DynamoLocal } from '../../infra/local/dynamodb-local.ts';

/** Every address of this machine that another host could reach (not loopback, not link-local IPv6). */
const reachableAddresses = () =>
  Object.values(networkInterfaces())
    .flat()
    .filter((a) => a !== undefined && !a.internal && !a.address.startsWith('fe80:'))
    .map((a) => a!.address);

/** 'open' when a TCP connection is accepted, 'refused' (or unreachable) otherwise, within 2 s. */
const probe = (host: string, port: number) =>
  new Promise<'open' | 'refused'>((resolve) => {
    const socket = connect({ host, port, timeout: 2_000 });
    socket.once('connect', () => {
      socket.destroy();
      resolve('open');
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve('refused');
    });
    socket.once('error', () => resolve('refused'));
  });

/**
 * The local addresses of the sockets listening on `port`, as the kernel lists them (Linux): an
 * answer that holds on a machine without any other interface too.
 */
const listeningAddresses = (port: number) => {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  const rows = (file: string) => {
    try {
      return readFileSync(file, 'utf8').split('\n').slice(1);
    } catch {
      return [];
    }
  };
  return [...rows('/proc/net/tcp'), ...rows('/proc/net/tcp6')]
    .map((row) => row.trim().split(/\s+/))
    .filter((cells) => cells[3] === '0A' && cells[1]?.endsWith(`:${hexPort}`)) // 0A: LISTEN
    .map((cells) => readableAddress(cells[1]!.split(':')[0]!));
};

/**
 * /proc/net/tcp writes an IPv4 address as one little-endian word (0100007F is 127.0.0.1); Java
 * listens on an IPv6 socket, where 127.0.0.1 is the IPv4-mapped ::ffff:127.0.0.1 and every interface
 * is all zeros.
 */
const readableAddress = (hex: string) => {
  const v4 = (word: string) => [6, 4, 2, 0].map((i) => parseInt(word.slice(i, i + 2), 16)).join('.');
  if (hex.length === 8) return v4(hex);
  if (hex.startsWith('0000000000000000FFFF0000')) return v4(hex.slice(24));
  return /^0+$/.test(hex) ? '::' : hex;
};

// infra/local/dynamodb-local.ts starts DynamoDB Local for npm start and for the tests alike.
let dynamo: DynamoLocal;
beforeAll(async () => {
  dynamo = await startDynamoLocal();
}, 90_000);
afterAll(() => dynamo?.stop());

describe('DynamoDB Local of the local runtime', () => {
  it('is announced on the loopback address and answers there', async () => {
    expect(new URL(dynamo.endpoint).hostname).toBe('127.0.0.1');
    expect(await probe('127.0.0.1', dynamo.port)).toBe('open');
  });

  it.runIf(process.platform === 'linux')('listens on 127.0.0.1 only, as the kernel sees it', () => {
    expect(listeningAddresses(dynamo.port)).toEqual(['127.0.0.1']);
  });

  it.skipIf(reachableAddresses().length === 0)('is not reachable on any other address of this machine', async () => {
    const addresses = reachableAddresses();
    const seen = await Promise.all(
      addresses.map(async (address) => [address, await probe(address, dynamo.port)] as const),
    );
    expect(Object.fromEntries(seen)).toEqual(Object.fromEntries(addresses.map((address) => [address, 'refused'])));
  });
});
