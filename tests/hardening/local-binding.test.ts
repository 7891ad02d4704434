import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { describe, expect, it } from 'vitest';

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

// The run's DynamoDB Local (tests/support/global-setup.ts) is started by infra/local/dynamodb-local.ts,
// as npm start starts its own.
const endpoint = new URL(process.env.DYNAMODB_ENDPOINT!);
const port = Number(endpoint.port);
const addresses = reachableAddresses();

describe('DynamoDB Local of the local runtime', () => {
  it('is announced on the loopback address and answers there', async () => {
    expect(endpoint.hostname).toBe('127.0.0.1');
    expect(await probe('127.0.0.1', port)).toBe('open');
  });

  it.skipIf(addresses.length === 0)('is not reachable on any other address of this machine', async () => {
    const seen = await Promise.all(addresses.map(async (address) => [address, await probe(address, port)] as const));
    expect(Object.fromEntries(seen)).toEqual(Object.fromEntries(addresses.map((address) => [address, 'refused'])));
  });
});
