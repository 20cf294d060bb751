// The deployment files (deploy/) checked without a container engine: every metric the dashboard and the
// alert rules query is one a real server serves; the compose file, the systemd units and the Dockerfile
// start processes that exist, with settings Loket knows; the email intake is reached through the proxy and its
// health check greets a real listener; the Dockerfile keeps the rules the README's manual hadolint check
// lists (hadolint itself is not installable here).
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ENV_VARIABLES } from '../../server/src/config.js';
import { gql } from '../utils/graphql.js';
import { MAIL_IN_ENV } from '../utils/mail-in.js';
import { startTestServer, type TestServer } from '../utils/server.js';

const read = (path: string) => readFileSync(path, 'utf8');
const TOKEN = 'deploy-files-token-0123456789';

/** The metric names a PromQL text uses: every `loket_…` identifier. */
const metricNames = (text: string) => new Set(text.match(/\bloket_[a-z0-9_]+/g) ?? []);

/** A series name's metric: histogram and summary series carry a suffix on the family's name. */
const family = (name: string, families: Set<string>) =>
  families.has(name) ? name : name.replace(/_(bucket|count|sum)$/, '');

/** Where a compose or systemd command's script comes from: the compiled server file's source, or web/. */
function sourceOf(script: string): string {
  const compiled = /^server\/dist\/server\/src\/(.+)\.js$/.exec(script);
  return compiled ? `server/src/${compiled[1]}.ts` : script;
}

describe('dashboard and alert rules', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ METRICS_TOKEN: TOKEN });
  });

  it('query only metrics a server serves', async () => {
    await gql(server.graphqlUrl, '{ __typename }');
    const response = await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    const served = new Set(
      [...(await response.text()).matchAll(/^# TYPE (\S+) /gm)].map((match) => match[1] as string),
    );
    const dashboard = JSON.parse(read('deploy/grafana-dashboard.json')) as {
      panels: Array<{ targets?: Array<{ expr: string }> }>;
    };
    const queries = dashboard.panels.flatMap((p) => p.targets ?? []).map((t) => t.expr);
    const rules = parse(read('deploy/prometheus-alerts.yml')) as {
      groups: Array<{ rules: Array<{ alert: string; expr: string }> }>;
    };
    const expressions = rules.groups.flatMap((g) => g.rules.map((r) => r.expr));
    expect(queries.length).toBeGreaterThan(10);
    expect(rules.groups[0]?.rules.map((r) => r.alert)).toEqual(
      expect.arrayContaining(['LoketMailBacklog', 'LoketGraphqlErrorRate', 'LoketJobQueueAge']),
    );
    const unknown = [...metricNames([...queries, ...expressions].join('\n'))].filter(
      (name) => !served.has(family(name, served)),
    );
    expect(unknown).toEqual([]);
  });
});

describe('compose and systemd', () => {
  const compose = parse(read('deploy/compose.yaml'), { merge: true }) as {
    services: Record<
      string,
      { command?: string[]; environment?: Record<string, string>; image?: string; ports?: string[] }
    >;
  };
  // Variables of the web app (web/app/env.server.ts) and of the container health check.
  const webVariables = [
    'HOST',
    'WEB_PORT',
    'API_URL',
    'PUBLIC_URL',
    'TRUST_PROXY',
    'DEPARTMENT_NAME',
    'NODE_ENV',
  ];
  const healthcheckVariables = ['HEALTHCHECK_PORT', 'HEALTHCHECK_PATH', 'HEALTHCHECK_PROTOCOL'];
  const known = new Set([...ENV_VARIABLES, ...webVariables, ...healthcheckVariables]);

  it('runs PostgreSQL, two servers without a worker, the worker, the mail intake, the web app and a proxy', () => {
    expect(Object.keys(compose.services).sort()).toEqual([
      'mail-in',
      'postgres',
      'proxy',
      'server-1',
      'server-2',
      'web',
      'worker',
    ]);
    for (const name of ['server-1', 'server-2'])
      expect(compose.services[name]?.environment).toMatchObject({ WORKER: 'off', TRUST_PROXY: '1' });
    const nginx = read('deploy/nginx.conf');
    expect(nginx).toMatch(/server server-1:4000/);
    expect(nginx).toMatch(/server server-2:4000/);
    expect(nginx).toMatch(/proxy_set_header Upgrade \$http_upgrade/);
  });

  it('runs one mail intake, reached on port 25 through the proxy, and no intake in the servers', () => {
    const mailIn = compose.services['mail-in'];
    expect(mailIn?.command).toContain('server/dist/server/src/mail-in-main.js');
    expect(mailIn?.environment).toMatchObject({ MAIL_IN_HOST: '0.0.0.0', HEALTHCHECK_PROTOCOL: 'smtp' });
    const port = mailIn?.environment?.MAIL_IN_PORT;
    expect(mailIn?.environment?.HEALTHCHECK_PORT).toBe(port);
    for (const name of ['server-1', 'server-2', 'worker'])
      expect(compose.services[name]?.environment).not.toHaveProperty('MAIL_IN_PORT');
    const stream = read('deploy/nginx.conf').split(/^stream \{/m)[1] ?? '';
    expect(stream).toMatch(new RegExp(`server mail-in:${port}\\b`));
    expect(stream).toMatch(/listen 25;/);
    expect(compose.services.proxy?.ports).toContain('25:25');
  });

  it('health-checks the mail intake by its SMTP greeting', async () => {
    const intake = await startTestServer(MAIL_IN_ENV);
    const check = (port: number) =>
      promisify(execFile)(process.execPath, ['deploy/healthcheck.mjs'], {
        env: { PATH: process.env.PATH, HEALTHCHECK_PORT: String(port), HEALTHCHECK_PROTOCOL: 'smtp' },
      }).then(
        () => 0,
        (error: { code?: number }) => error.code,
      );
    expect(await check(intake.mailInPort ?? 0)).toBe(0);
    // The GraphQL port answers, but not with an SMTP greeting.
    expect(await check(Number(new URL(intake.url).port))).toBe(1);
  });

  it('starts scripts that exist, with variables Loket reads', () => {
    for (const [name, service] of Object.entries(compose.services)) {
      if (!service.command) continue;
      const script = service.command.find((part) => /\.(m?js)$/.test(part)) ?? '';
      expect({ name, exists: existsSync(sourceOf(script)) }).toEqual({ name, exists: true });
      const unknown = Object.keys(service.environment ?? {}).filter((v) => !known.has(v));
      expect({ name, unknown }).toEqual({ name, unknown: [] });
    }
    for (const unit of ['loket-server', 'loket-worker', 'loket-web']) {
      const text = read(`deploy/systemd/${unit}.service`);
      const script = /^ExecStart=\S+(?: --\S+)* (\S+)$/m.exec(text)?.[1] ?? '';
      expect({ unit, exists: existsSync(sourceOf(script)) }).toEqual({ unit, exists: true });
      expect(text).toMatch(/^User=loket$/m);
    }
  });
});

describe('Dockerfile (the manual hadolint check of the README)', () => {
  const dockerfile = read('deploy/Dockerfile');
  const lines = dockerfile.split('\n').filter((l) => l.trim() && !l.trimStart().startsWith('#'));
  const runtime = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));

  it('pins its base images and uses no ADD or sudo', () => {
    for (const from of lines.filter((l) => l.startsWith('FROM ')))
      expect(from).toMatch(/^FROM [\w./-]+:[\w.-]+(-[\w.]+)?( AS \w+)?$/);
    expect(dockerfile).not.toMatch(/:latest\b/);
    expect(lines.filter((l) => /^ADD |\bsudo\b/.test(l))).toEqual([]);
  });

  it('ends as a non-root user, with production dependencies only and a health check', () => {
    const users = runtime.match(/^USER (\S+)$/gm) ?? [];
    expect(users.at(-1)).toBe('USER node');
    expect(runtime).toMatch(/npm ci --omit=dev/);
    expect(runtime).toMatch(/^HEALTHCHECK .* CMD \["node", "deploy\/healthcheck\.mjs"\]$/m);
    expect(runtime).toMatch(/^CMD \[.*\]$/m);
    expect(existsSync('deploy/healthcheck.mjs')).toBe(true);
    for (const workdir of lines.filter((l) => l.startsWith('WORKDIR ')))
      expect(workdir).toMatch(/^WORKDIR \//);
  });
});
