// A real SMTP server for tests (smtp-server on a free 127.0.0.1 port) that records what it accepts. A
// message counts as accepted only when the sink answers 250 on a connection that is still open, which
// is what a real mail server's acceptance means to the sender. It can also refuse messages (a temporary
// 451) and hold its answer to a DATA command (to kill a worker mid-delivery).
import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerSession } from 'smtp-server';

export interface ReceivedMail {
  messageId: string;
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  headers: Map<string, string>;
  /** When the whole message had arrived (end of DATA), and when the sink answered 250 (Date.now()). */
  receivedAt: number;
  acceptedAt: number;
}

export interface HeldMessage {
  /** Resolves when a message's DATA has arrived and the sink is holding its answer. */
  arrived: Promise<ReceivedMail>;
  /** Resolves when the sending connection has closed (e.g. the sender was killed). */
  closed: Promise<void>;
  /** Answers 250 (recorded only if the connection is still open). */
  release(): void;
}

export interface SmtpSink {
  url: string;
  accepted: ReceivedMail[];
  /** How many messages were refused on purpose. */
  refused: number;
  /**
   * Refuses the next `count` messages, by default with 451 (a temporary failure: the sender retries); a
   * 5xx reply is a permanent refusal.
   */
  refuseNext(count: number, reply?: { code: number; message: string }): void;
  /** Holds the answer to the next message's DATA until `release()`. */
  holdNext(): HeldMessage;
  /** Answers every later DATA only after `ms` (a slow mail server: the sender waits with its mail sent). */
  answerAfter(ms: number): void;
  /** How many times a message with this Message-ID was accepted. */
  count(messageId: string): number;
  close(): Promise<void>;
}

export async function startSmtpSink(): Promise<SmtpSink> {
  const accepted: ReceivedMail[] = [];
  const closedSessions = new Set<string>();
  const onClosed = new Map<string, () => void>();
  let refuse = 0;
  let refusal = { code: 451, message: 'Try again later' };
  let answerDelayMs = 0;
  let hold:
    | { onArrived: (mail: ReceivedMail) => void; onClosed: () => void; released: Promise<void> }
    | undefined;
  const sink: SmtpSink = {
    url: '',
    accepted,
    refused: 0,
    refuseNext(count, reply = { code: 451, message: 'Try again later' }) {
      refuse = count;
      refusal = reply;
    },
    answerAfter(ms) {
      answerDelayMs = ms;
    },
    holdNext() {
      const arrived = deferred<ReceivedMail>();
      const closed = deferred<void>();
      const released = deferred<void>();
      hold = { onArrived: arrived.resolve, onClosed: closed.resolve, released: released.promise };
      return { arrived: arrived.promise, closed: closed.promise, release: () => released.resolve() };
    },
    count: (messageId) => accepted.filter((m) => m.messageId === messageId).length,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    disableReverseLookup: true,
    closeTimeout: 200,
    onClose(session: SMTPServerSession) {
      closedSessions.add(session.id);
      onClosed.get(session.id)?.();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const mail = parseMail(Buffer.concat(chunks).toString('utf8'), session);
        if (refuse > 0) {
          refuse -= 1;
          sink.refused += 1;
          const error = new Error(refusal.message) as Error & { responseCode: number };
          error.responseCode = refusal.code;
          callback(error);
          return;
        }
        const accept = () => {
          if (closedSessions.has(session.id)) return; // the sender is gone: nobody hears this 250
          accepted.push({ ...mail, acceptedAt: Date.now() });
          callback();
        };
        const held = hold;
        if (!held) {
          if (answerDelayMs > 0) setTimeout(accept, answerDelayMs);
          else accept();
          return;
        }
        hold = undefined;
        onClosed.set(session.id, held.onClosed);
        held.onArrived(mail);
        void held.released.then(accept);
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  server.on('error', () => undefined); // a sender killed mid-conversation resets its socket
  const { port } = server.server.address() as AddressInfo;
  sink.url = `smtp://127.0.0.1:${port}`;
  return sink;
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

// --- a small MIME reader: enough for what nodemailer writes (multipart, quoted-printable, base64) ----

function parseMail(raw: string, session: SMTPServerSession): ReceivedMail {
  const part = parsePart(raw);
  const bodies = { text: '', html: '' };
  collect(part, bodies);
  return {
    messageId: part.headers.get('message-id') ?? '',
    from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
    to: session.envelope.rcptTo.map((r) => r.address),
    subject: decodeWords(part.headers.get('subject') ?? ''),
    text: bodies.text,
    html: bodies.html,
    headers: part.headers,
    receivedAt: Date.now(),
    acceptedAt: 0,
  };
}

interface Part {
  headers: Map<string, string>;
  body: string;
}

function parsePart(raw: string): Part {
  const split = raw.search(/\r?\n\r?\n/);
  const head = split < 0 ? raw : raw.slice(0, split);
  const body = split < 0 ? '' : raw.slice(split).replace(/^\r?\n\r?\n/, '');
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body };
}

function collect(part: Part, into: { text: string; html: string }): void {
  const type = part.headers.get('content-type') ?? 'text/plain';
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (/^multipart\//i.test(type) && boundary) {
    const sections = part.body.split(`--${boundary}`).slice(1);
    for (const section of sections) {
      if (section.startsWith('--')) break;
      collect(parsePart(section.replace(/^\r?\n/, '')), into);
    }
    return;
  }
  const decoded = decodeBody(part.body, part.headers.get('content-transfer-encoding') ?? '7bit');
  if (/^text\/html/i.test(type)) into.html = decoded;
  else if (/^text\/plain/i.test(type)) into.text = decoded;
}

function decodeBody(body: string, encoding: string): string {
  const trimmed = body.replace(/\r?\n$/, '');
  switch (encoding.toLowerCase()) {
    case 'base64':
      return normalise(Buffer.from(trimmed.replace(/\s+/g, ''), 'base64').toString('utf8'));
    case 'quoted-printable':
      return normalise(decodeQuotedPrintable(trimmed.replace(/=\r?\n/g, '')));
    default:
      return normalise(trimmed);
  }
}

function decodeQuotedPrintable(value: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const char = value[i]!;
    if (char === '=' && /^[0-9A-F]{2}$/i.test(value.slice(i + 1, i + 3))) {
      bytes.push(Number.parseInt(value.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(char, 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}

/** RFC 2047 encoded words (=?UTF-8?Q?...?= and =?UTF-8?B?...?=), as in a subject with accents. */
function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([QB])\?([^?]*)\?=/gi, (_m, _charset: string, kind: string, text: string) =>
      kind.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : decodeQuotedPrintable(text.replace(/_/g, ' ')),
    );
}

const normalise = (value: string) => value.replace(/\r\n/g, '\n');
