// Counts what the server's pooled node-postgres clients send, as bench/lib/count-queries.mjs counts it:
// round trips, and the SQL statements in them (a simple-protocol query may hold several). The server runs
// in the test's process, so patching the client's prototype sees its queries; its LISTEN connection is
// left out. `restore()` belongs in the test file's top-level afterAll.
import pg from 'pg';

export interface RoundTrips {
  /** What was sent while `run` ran. */
  measure<T>(run: () => Promise<T>): Promise<{ queries: number; statements: number; value: T }>;
  restore(): void;
}

function statementsIn(text: string): number {
  return text.split(';').filter((part) => part.trim() !== '').length;
}

export function countRoundTrips(): RoundTrips {
  const sent = { queries: 0, statements: 0 };
  const original = pg.Client.prototype.query;
  pg.Client.prototype.query = function counted(this: pg.Client, config: unknown, ...rest: unknown[]) {
    const text = typeof config === 'string' ? config : (config as { text?: unknown } | null)?.text;
    const params = (this as unknown as { connectionParameters?: { application_name?: string } })
      .connectionParameters;
    if (typeof text === 'string' && params?.application_name !== 'loket-listen') {
      const values = Array.isArray(rest[0]) ? rest[0] : (config as { values?: unknown[] } | null)?.values;
      sent.queries++;
      sent.statements += values?.length ? 1 : statementsIn(text);
    }
    return (original as (...args: unknown[]) => unknown).call(this, config, ...rest);
  } as typeof original;
  return {
    async measure(run) {
      const before = { ...sent };
      const value = await run();
      return {
        queries: sent.queries - before.queries,
        statements: sent.statements - before.statements,
        value,
      };
    },
    restore() {
      pg.Client.prototype.query = original;
    },
  };
}
