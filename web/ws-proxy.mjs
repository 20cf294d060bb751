// Passes WebSocket upgrades on one path (/graphql) to the API, so that the browser's graphql-ws client
// connects to its own origin and its session cookie goes along. Adds X-Forwarded-For (the API trusts
// loopback proxies) and refuses upgrades from other sites' pages.
import http from 'node:http';
import https from 'node:https';
import { isSameSite } from './same-site.mjs';

/**
 * @param {import('node:http').Server} server
 * @param {{ target: string, path: string, publicUrl: string }} options
 * @returns {{ count(): number, close(): void }}
 */
export function proxyWebSocketUpgrades(server, { target, path, publicUrl }) {
  const targetUrl = new URL(target);
  const client = targetUrl.protocol === 'https:' ? https : http;
  const publicOrigin = new URL(publicUrl).origin;
  /** @type {Set<import('node:net').Socket>} */
  const open = new Set();

  /** Same site (or not a browser: the API still demands a valid session). */
  const allowed = (origin, host) => isSameSite(origin, host, publicOrigin);

  const refuse = (socket, status) => {
    socket.end(
      `HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`,
    );
  };

  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname !== path) return refuse(socket, 404);
    if (!allowed(req.headers.origin, req.headers.host)) return refuse(socket, 403);

    const remote = req.socket.remoteAddress ?? '';
    const forwardedFor = req.headers['x-forwarded-for'];
    const headers = {
      ...req.headers,
      host: targetUrl.host,
      'x-forwarded-for': forwardedFor ? `${forwardedFor}, ${remote}` : remote,
      'x-forwarded-host': req.headers.host ?? '',
      'x-forwarded-proto': publicOrigin.startsWith('https:') ? 'https' : 'http',
    };
    const upstreamRequest = client.request({
      hostname: targetUrl.hostname,
      port: targetUrl.port || (targetUrl.protocol === 'https:' ? 443 : 80),
      path: `${targetUrl.pathname}${url.search}`,
      method: 'GET',
      headers,
    });

    upstreamRequest.on('upgrade', (response, upstream, upstreamHead) => {
      const lines = ['HTTP/1.1 101 Switching Protocols'];
      for (let i = 0; i < response.rawHeaders.length; i += 2)
        lines.push(`${response.rawHeaders[i]}: ${response.rawHeaders[i + 1]}`);
      socket.write(`${lines.join('\r\n')}\r\n\r\n`);
      if (upstreamHead.length > 0) socket.write(upstreamHead);
      if (head.length > 0) upstream.write(head);
      for (const s of [socket, upstream]) {
        s.setNoDelay(true);
        s.setTimeout(0);
        open.add(s);
        s.on('close', () => open.delete(s));
      }
      upstream.on('error', () => socket.destroy());
      socket.on('error', () => upstream.destroy());
      upstream.on('close', () => socket.destroy());
      socket.on('close', () => upstream.destroy());
      upstream.pipe(socket);
      socket.pipe(upstream);
    });

    // The API answered without upgrading (e.g. it refused the path): pass the status on.
    upstreamRequest.on('response', (response) => {
      response.resume();
      refuse(socket, response.statusCode ?? 502);
    });
    upstreamRequest.on('error', () => refuse(socket, 502));
    socket.on('error', () => upstreamRequest.destroy());
    upstreamRequest.end();
  });

  return {
    /** Open tunnels (each is two sockets: browser and API). */
    count() {
      return open.size / 2;
    },
    /** Cuts every open tunnel; browsers reconnect by themselves. */
    close() {
      for (const s of open) s.destroy();
      open.clear();
    },
  };
}
