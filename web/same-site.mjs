// Whether a request comes from a page of this site: the one rule for the web server's state-changing
// requests, the attachment uploads and the WebSocket upgrades (the API checks the same for its socket).

/**
 * True when `origin` is absent (not a browser page: it must still show a valid session), the configured
 * public origin, or the host the request was sent to (behind a proxy that passes the browser's Host on).
 * @param {string | undefined} origin the request's Origin header
 * @param {string | undefined} host the request's Host header
 * @param {string} publicOrigin the origin of PUBLIC_URL
 */
export function isSameSite(origin, host, publicOrigin) {
  if (!origin) return true;
  try {
    return origin === publicOrigin || (host !== undefined && new URL(origin).host === host);
  } catch {
    return false;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Express middleware: a state-changing request (POST, PUT, PATCH, DELETE) from another site's page is
 * answered 403 before any route runs. SameSite=Lax cookies already keep the session out of such a request;
 * this also covers the routes that act without a session (the language switch, logout) and answers the
 * refusal itself instead of leaving it to Remix (which logs it as an error and answers 500).
 * @param {string} publicUrl PUBLIC_URL
 * @returns {import('express').RequestHandler}
 */
export function sameSiteGuard(publicUrl) {
  const publicOrigin = new URL(publicUrl).origin;
  return (req, res, next) => {
    if (SAFE_METHODS.has(req.method) || isSameSite(req.headers.origin, req.headers.host, publicOrigin))
      return next();
    res.status(403).type('text/plain').send('Forbidden: this request did not come from a page of this site.');
  };
}
