// The container health check: GET http://127.0.0.1:<port><path>, healthy on 2xx. The port is
// HEALTHCHECK_PORT, else PORT (the GraphQL server); the path HEALTHCHECK_PATH, else /healthz. A worker has
// no HTTP port of its own: give it METRICS_PORT and point the check at /metrics (with METRICS_TOKEN, the
// token is sent).
const port = process.env.HEALTHCHECK_PORT || process.env.PORT || '4000';
const path = process.env.HEALTHCHECK_PATH || '/healthz';
const headers = process.env.METRICS_TOKEN ? { authorization: `Bearer ${process.env.METRICS_TOKEN}` } : {};
try {
  const response = await fetch(`http://127.0.0.1:${port}${path}`, {
    headers,
    signal: AbortSignal.timeout(2500),
  });
  process.exit(response.ok ? 0 : 1);
} catch {
  process.exit(1);
}
