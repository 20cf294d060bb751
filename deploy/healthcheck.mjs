// The container health check: GET http://127.0.0.1:<port><path>, healthy on 2xx. The port is
// HEALTHCHECK_PORT, else PORT (the GraphQL server); the path HEALTHCHECK_PATH, else /healthz. A worker has
// no HTTP port of its own: give it METRICS_PORT and point the check at /metrics (with METRICS_TOKEN, the
// token is sent). The email intake has no HTTP port: HEALTHCHECK_PROTOCOL=smtp makes the check a TCP
// connection to HEALTHCHECK_PORT that must be greeted with 220.
import { connect } from 'node:net';

const port = process.env.HEALTHCHECK_PORT || process.env.PORT || '4000';
const path = process.env.HEALTHCHECK_PATH || '/healthz';

/** Healthy when the SMTP listener on `port` greets with 220 within 2.5 s. */
function smtpGreets(port) {
  return new Promise((resolve) => {
    const socket = connect(Number(port), '127.0.0.1');
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(2500, () => done(false));
    socket.once('error', () => done(false));
    socket.once('data', (chunk) => done(chunk.toString().startsWith('220')));
  });
}

if (process.env.HEALTHCHECK_PROTOCOL === 'smtp') process.exit((await smtpGreets(port)) ? 0 : 1);

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
