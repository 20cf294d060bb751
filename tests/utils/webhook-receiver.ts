// A real HTTP receiver of webhooks for tests (on 127.0.0.1, so the servers run with WEBHOOK_ALLOW_PRIVATE),
// and the Standard Webhooks verification written from the specification, not from the server's code.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

// The receiver: records every request per path and answers as the test says.

export interface Received {
  headers: IncomingMessage['headers'];
  body: string;
}

type Answer = { status: number; body?: string } | 'hang';

export class Receiver {
  readonly requests = new Map<string, Received[]>();
  private readonly answers = new Map<string, Answer[]>();
  private server: Server | undefined;
  private readonly hanging = new Set<() => void>();
  port = 0;

  async start(): Promise<void> {
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const path = req.url ?? '/';
        const list = this.requests.get(path) ?? [];
        list.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
        this.requests.set(path, list);
        const answer = this.answers.get(path)?.shift() ?? { status: 200, body: 'ok' };
        if (answer === 'hang') {
          // Answered only when the receiver stops: longer than WEBHOOK_TIMEOUT_MS.
          this.hanging.add(() => res.destroy());
          return;
        }
        res.writeHead(answer.status, { 'content-type': 'text/plain' }).end(answer.body ?? '');
      });
    });
    this.server = server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.port = (server.address() as AddressInfo).port;
  }

  /** The answers for the next requests to `path` (afterwards: 200). */
  answer(path: string, ...answers: Answer[]): void {
    this.answers.set(path, [...(this.answers.get(path) ?? []), ...answers]);
  }

  /** Forgets the answers still planned for `path`. */
  reset(path: string): void {
    this.answers.delete(path);
  }

  url(path: string): string {
    return `http://127.0.0.1:${this.port}${path}`;
  }

  received(path: string): Received[] {
    return this.requests.get(path) ?? [];
  }

  async stop(): Promise<void> {
    for (const end of this.hanging) end();
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }
}

// Standard Webhooks verification, from the specification (not from the server's code).

export function signaturesValid(secret: string, received: Received): boolean {
  const id = received.headers['webhook-id'] as string;
  const timestamp = received.headers['webhook-timestamp'] as string;
  const header = received.headers['webhook-signature'] as string;
  if (!id || !timestamp || !header) return false;
  const keyBytes = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const expected = createHmac('sha256', keyBytes).update(`${id}.${timestamp}.${received.body}`).digest();
  return header.split(' ').some((part) => {
    const [version, signature] = part.split(',');
    if (version !== 'v1' || !signature) return false;
    const given = Buffer.from(signature, 'base64');
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}
