// Node options the GraphQL server process runs with, wherever it is started (scripts/start.mjs, bench/).
// A larger young generation (32 MB, not 16): a GraphQL request allocates a lot of short-lived objects, and with Node's
// default 16 MB semi-space many survive a scavenge only to die just after being copied. Measured in
// bench/ and recorded in docs/decisions/0008-server-node-options.md.
export const SERVER_NODE_ARGS = ['--max-semi-space-size=32'];
