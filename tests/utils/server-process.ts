// The compiled server (server/dist) as a real process on a free port: for tests that send it signals.
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { APP_PASSWORD, APP_USER, TEST_PUBLIC_URL } from '../setup/test-env.js';

export interface ServerProcess {
  child: ChildProcess;
  graphqlUrl: string;
  /** Resolves with the exit code and signal when the process has ended. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Everything it wrote so far (stdout and stderr). */
  output(): string;
}

/** Starts the server on the database `dbUrl` (owner URL) and resolves once it listens. */
export async function startServerProcess(dbUrl: string, env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, [path.resolve('server/dist/server/src/main.js')], {
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
  const graphqlUrl = await new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = out.match(/"url":"(http:\/\/[^"]+\/graphql)"/);
      if (match?.[1]) resolve(match[1]);
    });
    void exited.then(({ code, signal }) => reject(new Error(`exited early (${code ?? signal}):\n${out}`)));
  });
  return { child, graphqlUrl, exited, output: () => out };
}
