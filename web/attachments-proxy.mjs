// Attachments (and the staff's CSV report) through the web's own origin: POST /uploads, GET /attachments/:id
// GET /exports/:id and GET /reports/service-levels.csv are passed on to the API's routes of the same name as streams (a
// large file is never held in memory here), with the session cookie turned into `Authorization: Bearer` (no other cookie goes along). Uploads from another site's
// page are refused here as well as by the API (which takes only application/octet-stream, a type a
// cross-site form cannot send without a preflight that is never granted). A download without a session
// goes to the login page; one the API does not find gets the site's own "not found" page.
import http from 'node:http';
import https from 'node:https';
import { parseCookie } from 'cookie';
import { Router } from 'express';
import { isSameSite } from './same-site.mjs';

const LANGUAGE_COOKIE = 'loket_lang';
const DOWNLOAD_HEADERS = [
  'content-type',
  'content-length',
  'content-disposition',
  'x-content-type-options',
  'content-security-policy',
  'cache-control',
  'digest',
  'etag',
  'last-modified',
];

/** The value of cookie `name` in a Cookie header; undefined when absent or malformed (never a throw). */
function readCookie(header, name) {
  if (!header) return undefined;
  return parseCookie(header, {
    decode: (value) => {
      try {
        return decodeURIComponent(value);
      } catch {
        return undefined;
      }
    },
  })[name];
}

/**
 * @param {{ apiUrl: string, sessionCookieName: string, publicUrl: string }} options
 * @returns {import('express').Router}
 */
export function attachmentsProxy({ apiUrl, sessionCookieName, publicUrl }) {
  const router = Router();
  const publicOrigin = new URL(publicUrl).origin;
  const client = new URL(apiUrl).protocol === 'https:' ? https : http;
  // Siblings of the GraphQL endpoint: http://api/graphql → http://api/uploads.
  const target = (path) => new URL(path, apiUrl);

  /** A request from a page of this site (or not from a browser page at all). */
  const sameSite = (req) => isSameSite(req.headers.origin, req.headers.host, publicOrigin);

  /** Headers for the API: the session as bearer, the chosen language, the client's address. */
  const upstreamHeaders = (req) => {
    const headers = {};
    const token = readCookie(req.headers.cookie, sessionCookieName);
    if (token) headers.authorization = `Bearer ${token}`;
    const language = readCookie(req.headers.cookie, LANGUAGE_COOKIE);
    const acceptLanguage =
      language === 'nl' ? 'nl-BE' : language === 'en' ? 'en' : req.headers['accept-language'];
    if (acceptLanguage) headers['accept-language'] = acceptLanguage;
    const remote = req.socket.remoteAddress ?? '';
    const forwarded = req.headers['x-forwarded-for'];
    headers['x-forwarded-for'] = forwarded ? `${forwarded}, ${remote}` : remote;
    if (req.headers['user-agent']) headers['user-agent'] = req.headers['user-agent'];
    return { headers, token };
  };

  const fail = (res, status, code, message) => {
    if (res.headersSent) res.destroy();
    else res.status(status).json({ error: { code, message } });
  };

  router.post('/uploads', (req, res) => {
    if (!sameSite(req)) return fail(res, 403, 'FORBIDDEN', 'Cross-site upload refused');
    const { headers } = upstreamHeaders(req);
    if (req.headers['content-type']) headers['content-type'] = req.headers['content-type'];
    if (req.headers['content-length']) headers['content-length'] = req.headers['content-length'];
    headers.accept = 'application/json';
    const url = target('uploads');
    url.search = new URL(req.originalUrl, 'http://localhost').search;

    const upstream = client.request(url, { method: 'POST', headers }, (response) => {
      res.status(response.statusCode ?? 502);
      if (response.headers['content-type']) res.setHeader('Content-Type', response.headers['content-type']);
      res.setHeader('Cache-Control', 'no-store');
      response.pipe(res);
    });
    upstream.on('error', () => fail(res, 502, 'BAD_GATEWAY', 'The API is not reachable'));
    // The browser gave up (page left, upload cancelled): stop sending to the API too.
    req.on('close', () => {
      if (!req.complete) upstream.destroy();
    });
    req.pipe(upstream);
  });

  /** A GET passed on to the API's `path` as a download (the session as bearer; none → the login page). */
  const download = (path) => (req, res, next) => {
    const { headers, token } = upstreamHeaders(req);
    const login = (reason) => {
      const params = new URLSearchParams({ redirectTo: req.originalUrl });
      if (reason) params.set('reason', reason);
      res.redirect(303, `/login?${params}`);
    };
    if (!token) return login();
    const url = target(path(req));
    url.search = new URL(req.originalUrl, 'http://localhost').search;
    const upstream = client.request(url, { method: 'GET', headers }, (response) => {
      const status = response.statusCode ?? 502;
      if (status === 401) {
        response.resume();
        return login('expired');
      }
      // Not found (or another organisation's, or not for this user): the site's own page says so.
      if (status === 404) {
        response.resume();
        return next();
      }
      res.status(status);
      for (const name of DOWNLOAD_HEADERS) {
        const value = response.headers[name];
        if (value !== undefined) res.setHeader(name, value);
      }
      response.pipe(res);
    });
    upstream.on('error', () => fail(res, 502, 'BAD_GATEWAY', 'The API is not reachable'));
    res.on('close', () => upstream.destroy());
    upstream.end();
  };

  router.get(
    '/attachments/:id',
    download((req) => `attachments/${encodeURIComponent(req.params.id)}`),
  );
  // A personal data export (decision 0029): downloadable once by who asked for it.
  router.get(
    '/exports/:id',
    download((req) => `exports/${encodeURIComponent(req.params.id)}`),
  );
  // A mail the email intake received, whole (staff's quarantine page, issue 15); others get 404.
  router.get(
    '/inbound-mails/:id/raw',
    download((req) => `inbound-mails/${encodeURIComponent(req.params.id)}/raw`),
  );
  // The staff's service-level report as CSV (issue 14); the API answers organisations 404.
  router.get(
    '/reports/service-levels.csv',
    download(() => 'reports/service-levels.csv'),
  );

  return router;
}
