// What the web server hands every loader and action besides the request (see server.mjs).
import type { WebConfig } from './env.server';

/** Per request: the configuration, who is asking from where, and a memo for values read once. */
export interface LoketLoadContext {
  config: WebConfig;
  /** The client's address as express sees it (honouring `trust proxy`), forwarded to the API. */
  clientIp: string | undefined;
  /** The Content-Security-Policy nonce of this response's inline scripts. */
  nonce: string;
  /** Values computed once per request and shared by the loaders of a single fetch (e.g. the viewer). */
  memo: Map<string, unknown>;
}

declare module '@remix-run/node' {
  interface AppLoadContext extends LoketLoadContext {}
}
