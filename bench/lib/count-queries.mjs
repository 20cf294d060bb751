// Preloaded (`node --import`) into a server under test: counts what its node-postgres clients send —
// queries (round trips) and SQL statements (a simple-protocol query may hold several) — and keeps the
// last statements sent, for EXPLAIN. Answers `{ type: 'bench:queries' }` on the IPC channel.
import pg from 'pg';

const counts = { queries: 0, statements: 0 };
const recent = [];

/** Statements in a query text: semicolon-separated, ignoring semicolons inside quotes. */
function statementsIn(text) {
  let n = 0;
  let quote = null;
  let content = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      content = true;
    } else if (ch === ';') {
      if (content) n++;
      content = false;
    } else if (!/\s/.test(ch)) content = true;
  }
  return n + (content ? 1 : 0);
}

const query = pg.Client.prototype.query;
pg.Client.prototype.query = function countedQuery(config, values, callback) {
  const text = typeof config === 'string' ? config : config?.text;
  if (typeof text === 'string' && this.connectionParameters?.application_name !== 'loket-listen') {
    const params = Array.isArray(values) ? values : config?.values;
    counts.queries++;
    counts.statements += params?.length ? 1 : statementsIn(text);
    recent.push({ text, values: params ?? [] });
    if (recent.length > 100) recent.shift();
  }
  return query.call(this, config, values, callback);
};

process.on('message', (message) => {
  if (message?.type === 'bench:queries')
    process.send?.({ type: 'bench:queries', ...counts, recent: message.recent ? recent.slice() : [] });
});
