// The compiled server (server/dist) as a real process: for tests that send it signals or run several.
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { APP_PASSWORD, APP_USER, TEST_PUBLIC_URL } from '../setup/test-env.js';

export interface LoketProcess {
  child: ChildProcess;
  /** Resolves with the exit code and signal when the process has ended. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Everything it wrote so far (stdout and stderr). */
  output(): string;
}

export interface ServerProcess extends LoketProcess {
  graphqlUrl: string;
}

/** The process entries of server/src: the GraphQL server, the standalone worker and mail intake. */
type Entry = 'main' | 'worker-main' | 'mail-in-main';

/** The log line each entry writes once it serves (its first capture group is kept). */
const READY: Record<Entry, RegExp> = {
  main: /"url":"(http:\/\/[^"]+\/graphql)"/,
  'worker-main': /"msg":"(worker started)"/,
  'mail-in-main': /"port":(\d+)[^\n]*"msg":"mail intake listening"/,
};

/**
 * Starts `entry` on the database `dbUrl` (owner URL) and resolves, with the ready line's capture, once it
 * serves; rejects with its output when it exits before.
 */
export async function startLoketProcess(
  entry: Entry,
  dbUrl: string,
  env: Record<string, string>,
): Promise<LoketProcess & { ready: string }> {
  const child = spawn(process.execPath, [path.resolve(`server/dist/server/src/${entry}.js`)], {
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'test',
      DATABASE_URL: dbUrl,
      DATABASE_APP_USER: APP_USER,
      DATABASE_APP_PASSWORD: APP_PASSWORD,
      PORT: '0',
      PUBLIC_URL: TEST_PUBLIC_URL,
      SEED_DEMO: 'false',
      LOG_LEVEL: 'info',
      MAIL_ACTIONS_PER_HOUR: '10000',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const ready = await new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = out.match(READY[entry]);
      if (match?.[1]) resolve(match[1]);
    });
    void exited.then(({ code, signal }) => reject(new Error(`exited early (${code ?? signal}):\n${out}`)));
  });
  return { child, ready, exited, output: () => out };
}

/** Starts the server on the database `dbUrl` (owner URL) and resolves once it listens. */
export async function startServerProcess(dbUrl: string, env: Record<string, string>): Promise<ServerProcess> {
  const { ready, ...started } = await startLoketProcess('main', dbUrl, env);
  return { ...started, graphqlUrl: ready };
}
