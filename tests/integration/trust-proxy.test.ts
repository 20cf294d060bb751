// Client addresses for the per-address login lock: X-Forwarded-For is ignored unless TRUST_PROXY says how
// many proxies stand in front (a client on loopback cannot pick its address any more), and a value such
// as 'loopback' is refused at start-up.
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/src/config.js';
import { gql, LOGIN } from '../utils/graphql.js';
import { startTestServer } from '../utils/server.js';

const LIMITS = { LOGIN_MAX_FAILURES_PER_IP: '3', LOGIN_MAX_FAILURES_PER_ACCOUNT: '100' };

async function failFrom(url: string, forwardedFor: string, n: number) {
  const result = await gql(
    url,
    LOGIN,
    { input: { email: `iemand-${n}@nergens.example`, password: 'Fout-1234' } },
    { headers: { 'x-forwarded-for': forwardedFor } },
  );
  return result.data?.login.errors[0]?.code as string;
}

describe('TRUST_PROXY', () => {
  it('by default ignores X-Forwarded-For: a new address per attempt does not escape the per-address lock', async () => {
    const server = await startTestServer(LIMITS);
    const codes: string[] = [];
    for (let n = 1; n <= 5; n++) codes.push(await failFrom(server.graphqlUrl, `203.0.113.${n}`, n));
    expect(codes).toEqual([
      'INVALID_CREDENTIALS',
      'INVALID_CREDENTIALS',
      'INVALID_CREDENTIALS',
      'TOO_MANY_ATTEMPTS',
      'TOO_MANY_ATTEMPTS',
    ]);
  });

  it('behind one proxy (TRUST_PROXY=1) takes the address that proxy forwarded', async () => {
    const server = await startTestServer({ ...LIMITS, TRUST_PROXY: '1' });
    const fromOne: string[] = [];
    for (let n = 1; n <= 4; n++) fromOne.push(await failFrom(server.graphqlUrl, '198.51.100.7', n));
    expect(fromOne).toEqual([
      'INVALID_CREDENTIALS',
      'INVALID_CREDENTIALS',
      'INVALID_CREDENTIALS',
      'TOO_MANY_ATTEMPTS',
    ]);
    // Another client behind the same proxy is not locked by the first one's failures.
    expect(await failFrom(server.graphqlUrl, '198.51.100.8', 5)).toBe('INVALID_CREDENTIALS');
  });

  it('is a hop count: an address class such as loopback stops the start with a message naming it', () => {
    expect(() => loadConfig({ TRUST_PROXY: 'loopback' })).toThrow(ConfigError);
    expect(() => loadConfig({ TRUST_PROXY: 'loopback' })).toThrow(
      /TRUST_PROXY: must be the number of proxies/,
    );
    expect(loadConfig({}).trustProxy).toBe(0);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
  });
});
