// The server as an operator sees it: health and readiness, configuration errors, CSRF prevention,
// operation limits, production hardening, and graceful shutdown with an open subscription.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, ENV_VARIABLES, loadConfig } from '../../server/src/config.js';
import { APP_PASSWORD, APP_USER } from '../setup/test-env.js';
import { collect, collectLive, disposeLive, errorCode, gql, login, wsClient } from '../utils/graphql.js';
import { ownerQuery } from '../utils/mailbox.js';
import { startTestServer, type TestServer, testDatabase } from '../utils/server.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});

describe('health', () => {
  it('answers /healthz and /readyz, and /readyz turns 503 when a migration is missing', async () => {
    expect(await (await fetch(`${server.url}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    const [last] = await ownerQuery(
      server.dbUrl,
      'DELETE FROM migrations WHERE id = (SELECT max(id) FROM migrations) RETURNING *',
    );
    try {
      const pending = await fetch(`${server.url}/readyz`);
      expect(pending.status).toBe(503);
      expect(await pending.json()).toEqual({ status: 'migrations pending' });
    } finally {
      await ownerQuery(server.dbUrl, 'INSERT INTO migrations (id, timestamp, name) VALUES ($1, $2, $3)', [
        last.id,
        last.timestamp,
        last.name,
      ]);
    }
  });

  it('gives every response a request id, and keeps a sane one the client sent', async () => {
    const own = await fetch(`${server.url}/healthz`, { headers: { 'x-request-id': 'trace-123' } });
    expect(own.headers.get('x-request-id')).toBe('trace-123');
    const generated = await fetch(`${server.url}/healthz`, {
      headers: { 'x-request-id': 'bad id with spaces' },
    });
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('configuration', () => {
  it('names every wrong variable', () => {
    const attempt = () => loadConfig({ PORT: 'vier', DATABASE_URL: 'mysql://x', SMTP_URL: 'http://mail' });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/PORT/);
    expect(attempt).toThrow(/DATABASE_URL: must start with postgres/);
    expect(attempt).toThrow(/SMTP_URL/);
  });

  it('documents every variable in the README table', async () => {
    const readme = await readFile(path.resolve('README.md'), 'utf8');
    const missing = ENV_VARIABLES.filter(
      (name) => !new RegExp(`^\\|\\s*\`${name}\`\\s*\\|`, 'm').test(readme),
    );
    expect(missing).toEqual([]);
  });

  it('uses the embedded defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 4000, webPort: 3000, databaseUrl: undefined, smtpUrl: undefined });
    expect(config.dataDir).toBe(path.resolve('.data'));
  });
});

describe('request hardening', () => {
  it('blocks requests a browser could send cross-site without a preflight (CSRF prevention)', async () => {
    const simple = await fetch(server.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    expect(simple.status).toBe(400);
    const get = await fetch(`${server.graphqlUrl}?query=${encodeURIComponent('{ me { id } }')}`);
    expect(get.status).toBe(400);
  });

  it('refuses operations that are too deep or use too many aliases', async () => {
    const token = await login(server.graphqlUrl, 'an.peeters@zorg.example');
    const deep = await gql(
      server.graphqlUrl,
      '{ teams { handlers { organisation { users { organisation { users { organisation { users { organisation { users { id } } } } } } } } } } }',
      {},
      { token },
    );
    expect(errorCode(deep)).toBe('GRAPHQL_VALIDATION_FAILED');
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: me { id }`).join(' ');
    const many = await gql(server.graphqlUrl, `{ ${aliases} }`, {}, { token });
    expect(errorCode(many)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('turns introspection and field suggestions off in production', async () => {
    const production = await startTestServer({ NODE_ENV: 'production' });
    const introspection = await gql(production.graphqlUrl, '{ __schema { types { name } } }');
    expect(introspection.errors?.[0]?.message).toMatch(/introspection/i);
    const typo = await gql(production.graphqlUrl, '{ mee { id } }');
    expect(typo.errors?.[0]?.message).not.toMatch(/Did you mean/);
    const development = await gql(server.graphqlUrl, '{ mee { id } }');
    expect(development.errors?.[0]?.message).toMatch(/Did you mean "me"/);
  });
});

describe('subscriptions', () => {
  it('refuses a connection without a valid session at connection_init', async () => {
    const anonymous = wsClient(server.wsUrl, undefined);
    const events = collect(anonymous, 'subscription { mySessionRevoked }');
    await expect.poll(() => (events.error as { code?: number } | undefined)?.code).toBe(4403);
    await anonymous.dispose();
  });

  it('closes the socket of a session when it is revoked', async () => {
    const token = await login(server.graphqlUrl, 'medewerker@delinde.example');
    const other = await login(server.graphqlUrl, 'medewerker@delinde.example');
    // The first authenticated request makes the session cache, which listens on session.revoked for good:
    // made here, it is not counted as the subscriptions' listener, whichever test of the file runs first.
    await gql(server.graphqlUrl, '{ me { id } }', {}, { token });
    const client = wsClient(server.wsUrl, token);
    const events = await collectLive(server, client, 'subscription { mySessionRevoked }');
    const watcher = wsClient(server.wsUrl, other);
    const watched = await collectLive(server, watcher, 'subscription { mySessionRevoked }');
    await gql(server.graphqlUrl, 'mutation { logout }', {}, { token });
    expect(await watched.next()).toEqual({ data: { mySessionRevoked: expect.any(String) } });
    await expect.poll(() => (events.error as { code?: number } | undefined)?.code).toBe(4403);
    await disposeLive(server, [client, watcher]);
  });
});

describe('graceful shutdown', () => {
  it('finishes in-flight operations and closes open subscriptions with 1001, within 10 s', async () => {
    const dbUrl = await testDatabase();
    const victim = await startTestServer({}, { databaseUrl: dbUrl });
    const token = await login(victim.graphqlUrl, 'beheerder@delinde.example');
    const client = wsClient(victim.wsUrl, token);
    const events = collect(client, 'subscription { mySessionRevoked }');
    await new Promise((r) => setTimeout(r, 200));

    // Hold a lock so that an operation is still running when the shutdown starts.
    const locker = new pg.Client({ connectionString: dbUrl });
    await locker.connect();
    await locker.query('BEGIN');
    await locker.query('LOCK TABLE organisation IN ACCESS EXCLUSIVE MODE');
    const inFlight = gql(victim.graphqlUrl, '{ myOrganisation { name } }', {}, { token });
    await new Promise((r) => setTimeout(r, 300));

    const started = Date.now();
    const stopped = victim.stop();
    await new Promise((r) => setTimeout(r, 300));
    // A new connection during the drain is answered 503 and closed (docs/decisions/0013): nothing runs.
    const late = await fetch(`${victim.url}/healthz`);
    expect(late.status).toBe(503);
    expect(late.headers.get('connection')).toBe('close');
    await locker.query('ROLLBACK');
    await locker.end();

    const answer = await inFlight;
    expect(answer.status).toBe(200);
    expect(answer.data?.myOrganisation.name).toBe('WZC De Linde');
    await stopped;
    expect(Date.now() - started).toBeLessThan(10_000);
    await expect.poll(() => (events.error as { code?: number } | undefined)?.code).toBe(1001);
    await client.dispose();
  });

  it('stops the real process on SIGTERM with exit code 0, and refuses a bad configuration with code 2', async () => {
    const dbUrl = await testDatabase();
    const main = path.resolve('server/dist/server/src/main.js');
    const env = {
      ...process.env,
      NODE_ENV: 'test',
      DATABASE_URL: dbUrl,
      DATABASE_APP_USER: APP_USER,
      DATABASE_APP_PASSWORD: APP_PASSWORD,
      PORT: '0',
      WORKER: 'off',
      SEED_DEMO: 'false',
    };
    const child: ChildProcess = spawn(process.execPath, [main], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout?.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = out.match(/"url":"(http:\/\/[^"]+)\/graphql"/);
        if (match?.[1]) resolve(match[1]);
      });
      child.once('exit', (code) => reject(new Error(`exited early with ${code}: ${out}`)));
    });
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    const started = Date.now();
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(Date.now() - started).toBeLessThan(10_000);

    const bad = spawn(process.execPath, [main], {
      env: { ...env, PORT: 'vierduizend' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    bad.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const code = await new Promise<number | null>((resolve) => bad.once('exit', resolve));
    expect(code).toBe(2);
    expect(stderr).toMatch(/PORT/);
  });
});
