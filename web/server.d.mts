// Types of server.mjs for TypeScript callers (tests, the root launcher).
import type { WebConfig } from './app/env.server';

export interface WebServerOptions {
  /** Port to listen on (0: a free one). Default: WEB_PORT, else 3000. */
  port?: number;
  /** Address to listen on. Default: HOST, else 127.0.0.1. */
  host?: string;
  /** The GraphQL endpoint. Default: API_URL, else http://127.0.0.1:4000/graphql. */
  apiUrl?: string;
  /** The address people use (cookies are Secure when it is https). Default: PUBLIC_URL. */
  publicUrl?: string;
  /** The single sign-on issuer (its origin may receive the logout form's browser). Default: OIDC_ISSUER. */
  oidcIssuer?: string;
  /** 'production' serves web/build (run `npm run build -w web` first); 'development' runs Vite. */
  mode?: 'production' | 'development';
  /** Where the production build is. Default: web/build. */
  buildDir?: string;
}

export interface RunningWebServer {
  /** http://host:port */
  url: string;
  port: number;
  host: string;
  config: WebConfig;
  /** The WebSocket tunnels to the API open now. */
  liveConnections(): number;
  /** Cuts the open WebSocket tunnels (browsers reconnect with backoff); for maintenance and tests. */
  dropLiveConnections(): void;
  /** Stops listening, ends proxied WebSockets, waits for open requests. */
  close(): Promise<void>;
}

export function startWebServer(options?: WebServerOptions): Promise<RunningWebServer>;
