// The web's HTTP server: the Remix build (or Vite's middleware in development) behind express, security
// headers with a per-response CSP nonce, attachments (/uploads, /attachments/:id) and WebSocket upgrades
// on /graphql passed on to the API.
// `startWebServer()` is what `npm start -w web`, the root launcher and the end-to-end tests run.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequestHandler } from '@remix-run/express';
import compression from 'compression';
import express from 'express';
import { attachmentsProxy } from './attachments-proxy.mjs';
import { sameSiteGuard } from './same-site.mjs';
import { proxyWebSocketUpgrades } from './ws-proxy.mjs';

const webDir = path.dirname(fileURLToPath(import.meta.url));

/** `formTarget`: another origin forms may lead to (the single sign-on issuer's logout), if any. */
function contentSecurityPolicy(nonce, formTarget) {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    formTarget ? `form-action 'self' ${formTarget}` : "form-action 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "object-src 'none'",
  ].join('; ');
}

async function loadBuild(mode, buildDir) {
  if (mode === 'development') {
    const { createServer: createVite } = await import('vite');
    const vite = await createVite({ root: webDir, server: { middlewareMode: true } });
    const build = () => vite.ssrLoadModule('virtual:remix/server-build');
    return { vite, build, entry: (await build()).entry.module };
  }
  const serverEntry = path.join(buildDir, 'server', 'index.js');
  if (!existsSync(serverEntry))
    throw new Error(`No web build at ${buildDir}: run \`npm run build -w web\` first.`);
  const build = await import(pathToFileURL(serverEntry).href);
  return { vite: undefined, build, entry: build.entry.module };
}

/**
 * Starts the web server and resolves once it listens.
 * @param {import('./server.d.mts').WebServerOptions} [options]
 * @returns {Promise<import('./server.d.mts').RunningWebServer>}
 */
export async function startWebServer(options = {}) {
  const mode = options.mode ?? 'production';
  const buildDir = path.resolve(options.buildDir ?? path.join(webDir, 'build'));
  const { vite, build, entry } = await loadBuild(mode, buildDir);
  /** @type {import('./app/env.server').WebConfig} */
  const config = entry.resolveWebConfig({
    port: options.port,
    host: options.host,
    apiUrl: options.apiUrl,
    publicUrl: options.publicUrl,
    oidcIssuer: options.oidcIssuer,
  });

  entry.configureDepartmentName(config.departmentName);

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.use(compression());
  app.use((_req, res, next) => {
    const nonce = randomBytes(16).toString('base64');
    res.locals.nonce = nonce;
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'same-origin');
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
    // Vite's development client needs inline scripts; the policy applies to the production build.
    if (mode === 'production')
      res.setHeader('Content-Security-Policy', contentSecurityPolicy(nonce, config.singleSignOnOrigin));
    next();
  });
  app.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });
  // Every state-changing request from another site's page stops here (403), uploads and actions alike.
  app.use(sameSiteGuard(config.publicUrl));
  if (vite) {
    app.use(vite.middlewares);
  } else {
    const client = path.join(buildDir, 'client');
    app.use('/assets', express.static(path.join(client, 'assets'), { immutable: true, maxAge: '1y' }));
    app.use(express.static(client, { maxAge: '1h', index: false }));
  }
  // Uploads and downloads of attachments, streamed to and from the API with the session.
  app.use(
    attachmentsProxy({
      apiUrl: config.apiUrl,
      sessionCookieName: config.sessionCookieName,
      publicUrl: config.publicUrl,
    }),
  );
  app.all(
    '*',
    createRequestHandler({
      build,
      mode,
      getLoadContext: (req, res) => ({
        config,
        clientIp: req.ip,
        nonce: res.locals.nonce,
        memo: new Map(),
      }),
    }),
  );

  const server = createServer(app);
  const upgrades = proxyWebSocketUpgrades(server, {
    target: config.apiUrl,
    path: '/graphql',
    publicUrl: config.publicUrl,
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => {
      server.off('error', reject);
      resolve(undefined);
    });
  });
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  const shownHost = config.host.includes(':') ? `[${config.host}]` : config.host;

  let closing;
  return {
    url: `http://${shownHost}:${address.port}`,
    port: address.port,
    host: config.host,
    config,
    liveConnections: () => upgrades.count(),
    dropLiveConnections: () => upgrades.close(),
    close() {
      closing ??= (async () => {
        upgrades.close();
        await new Promise((resolve) => {
          server.close(() => resolve(undefined));
          server.closeIdleConnections();
        });
        await vite?.close();
      })();
      return closing;
    },
  };
}

// `node server.mjs [--dev]`: configured by the environment (see app/env.server.ts).
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const dev = process.argv.includes('--dev');
  // React and Remix pick their production builds by NODE_ENV; Vite sets it itself in development.
  if (!dev && process.env.NODE_ENV === undefined) process.env.NODE_ENV = 'production';
  startWebServer({ mode: dev ? 'development' : 'production' }).then(
    (web) => {
      console.log(`Loket web (${dev ? 'development' : 'production'}) listening on ${web.url}`);
      console.log(`  API: ${web.config.apiUrl}   public URL: ${web.config.publicUrl}`);
      const stop = () => web.close().then(() => process.exit(0));
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    },
    (error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
