// PostGraphile v5 against the benchmark database, as Loket's side-by-side contestant: connects as the
// application role (row-level security applies), authenticates the bearer token with the same
// `app_authenticate` function and sets the same scope settings (PostGraphile's pgSettings: BEGIN,
// set_config, the query, COMMIT). Env: DATABASE_URL (owner, to add the computed column), APP_DATABASE_URL,
// PORT, DATABASE_POOL_SIZE. Prints "listening <url>" when ready.
import { createServer } from 'node:http';
import pg from 'pg';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { scopeSettings, sessionAuthenticator } from '../lib/sessions.mjs';

const ownerUrl = process.env.DATABASE_URL;
const appUrl = process.env.APP_DATABASE_URL;
const port = Number(process.env.PORT ?? 0);
const poolSize = Number(process.env.DATABASE_POOL_SIZE ?? 10);

// The read state, as a computed column (Message.isRead), so the inbox query asks for what Loket's does.
const owner = new pg.Client({ connectionString: ownerUrl });
await owner.connect();
await owner.query(`
  CREATE OR REPLACE FUNCTION message_is_read(m message) RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM message_read r WHERE r.message_id = m.id AND r.user_id = app_user_id())
  $$;
  GRANT EXECUTE ON FUNCTION message_is_read(message) TO loket_app;
`);
await owner.end();

const authPool = new pg.Pool({
  connectionString: appUrl,
  max: 2,
  application_name: 'bench-postgraphile-auth',
});
const authenticate = sessionAuthenticator(authPool);

const preset = {
  extends: [PostGraphileAmberPreset],
  // Order and filter on any column (Loket's list orders by sent_at and filters on direction).
  disablePlugins: ['PgIndexBehaviorsPlugin'],
  pgServices: [
    makePgService({
      connectionString: appUrl,
      schemas: ['public'],
      pubsub: false,
      poolConfig: { max: poolSize, application_name: 'bench-postgraphile' },
    }),
  ],
  grafast: {
    explain: false,
    async context(requestContext) {
      const viewer = await authenticate(requestContext.node?.req?.headers?.authorization);
      return { pgSettings: scopeSettings(viewer) };
    },
  },
  grafserv: { graphqlPath: '/graphql', graphiql: false, watch: false, maxRequestLength: 100_000 },
};

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = createServer();
serv.addTo(server);
await pgl.getSchema();
server.listen(port, '127.0.0.1', () => {
  console.log(`listening http://127.0.0.1:${server.address().port}`);
});
const stop = async () => {
  server.close();
  await pgl.release();
  await authPool.end();
  process.exit(0);
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
