// The web app's configuration: the one module that reads the environment, validated once, with defaults.
import { z } from 'zod';

const port = z.coerce.number().int().min(0).max(65535);

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  WEB_PORT: port.default(3000),
  API_URL: z.url().default('http://127.0.0.1:4000/graphql'),
  PUBLIC_URL: z.url().default('http://localhost:3000'),
  SESSION_COOKIE_NAME: z
    .string()
    .regex(/^[A-Za-z0-9_-]+$/)
    .default('loket_session'),
  // Proxies in front of the web whose X-Forwarded-For is believed (0: none): a hop count, never an
  // address class such as 'loopback', which lets any local client choose its address.
  TRUST_PROXY: z.coerce
    .number({ error: 'must be the number of proxies in front (0: none)' })
    .int()
    .min(0)
    .max(10)
    .default(0),
  /** The department's own name, shown as configured in both languages (the server reads it too). */
  DEPARTMENT_NAME: z.string().trim().min(1).max(100).default('Departement Zorg'),
  /** The single sign-on issuer (the server reads it too): logging out may post on to it. */
  OIDC_ISSUER: z.url().optional(),
});

/** What the web server and its loaders need to know. */
export interface WebConfig {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  /** The GraphQL endpoint loaders and actions call, and where WebSocket upgrades are proxied to. */
  apiUrl: string;
  /** The address people use, without a trailing slash; https makes the cookies Secure. */
  publicUrl: string;
  sessionCookieName: string;
  secureCookies: boolean;
  /** Express's `trust proxy` hop count: how many proxies in front may tell us the client's address. */
  trustProxy: number;
  /** The department's name as configured (DEPARTMENT_NAME), e.g. 'Departement Zorg'. */
  departmentName: string;
  /**
   * The single sign-on issuer's origin, allowed as a form's destination by the Content-Security-Policy:
   * the logout form's answer sends the browser on to the issuer's logout (decision 0028).
   */
  singleSignOnOrigin: string | undefined;
}

/** Settings given in code (tests, the root launcher) override the environment. */
export interface WebConfigOverrides {
  port?: number;
  host?: string;
  apiUrl?: string;
  publicUrl?: string;
  oidcIssuer?: string;
  env?: WebConfig['env'];
}

class WebConfigError extends Error {}

function originOf(url: string | undefined): string | undefined {
  return url ? new URL(url).origin : undefined;
}

/** Reads and validates the environment; throws a WebConfigError naming each wrong variable. */
export function resolveWebConfig(
  overrides: WebConfigOverrides = {},
  environment: Record<string, string | undefined> = process.env,
): WebConfig {
  // An empty variable counts as unset, so `API_URL= npm start` falls back to the default.
  const cleaned = Object.fromEntries(
    Object.entries(environment).filter(([, v]) => v !== undefined && v !== ''),
  );
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new WebConfigError(`Invalid web configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const publicUrl = (overrides.publicUrl ?? e.PUBLIC_URL).replace(/\/+$/, '');
  const apiUrl = overrides.apiUrl ?? e.API_URL;
  for (const [name, value] of [
    ['publicUrl', publicUrl],
    ['apiUrl', apiUrl],
  ] as const) {
    if (!z.url().safeParse(value).success) throw new WebConfigError(`Invalid web configuration: ${name}`);
  }
  return {
    env: overrides.env ?? e.NODE_ENV,
    host: overrides.host ?? e.HOST,
    port: overrides.port ?? e.WEB_PORT,
    apiUrl,
    publicUrl,
    sessionCookieName: e.SESSION_COOKIE_NAME,
    secureCookies: publicUrl.startsWith('https://'),
    trustProxy: e.TRUST_PROXY,
    departmentName: e.DEPARTMENT_NAME,
    singleSignOnOrigin: originOf(overrides.oidcIssuer ?? e.OIDC_ISSUER),
  };
}
