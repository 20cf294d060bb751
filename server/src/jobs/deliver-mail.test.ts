// The SMTP transport against real SMTP servers: implicit TLS (smtps://) and STARTTLS (smtp://), with
// authentication, over the socket the mailer opens itself (TCP_NODELAY).
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { createMailer } from './deliver-mail.js';

async function sendThrough(secure: boolean) {
  const seen: Array<{ secure: boolean; user: unknown; messageId: string | undefined }> = [];
  const server = new SMTPServer({
    secure, // smtp-server's built-in self-signed certificate
    logger: false,
    disableReverseLookup: true,
    onAuth(auth, _session, callback) {
      callback(null, { user: auth.username === 'loket' && auth.password === 's3cret' ? 'loket' : undefined });
    },
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => {
        raw += chunk.toString();
      });
      stream.on('end', () => {
        seen.push({
          secure: session.secure,
          user: session.user,
          messageId: /^Message-ID: (.*)$/im.exec(raw)?.[1],
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.server.address() as AddressInfo;
  const scheme = secure ? 'smtps' : 'smtp';
  const mailer = createMailer(
    loadConfig({ SMTP_URL: `${scheme}://loket:s3cret@127.0.0.1:${port}?tls.rejectUnauthorized=false` }),
  );
  if (!mailer) throw new Error('no mailer for an SMTP_URL');
  try {
    await mailer.send({
      recipient: 'contact@example.test',
      subject: 'Test',
      textBody: 'Text',
      htmlBody: '<p>HTML</p>',
      messageId: '<00000000-0000-4000-8000-000000000001@loket.test>',
    });
  } finally {
    mailer.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
  return seen;
}

describe('createMailer', () => {
  it('is undefined without SMTP_URL (mails are kept)', () => {
    expect(createMailer(loadConfig({}))).toBeUndefined();
  });

  it.each([
    ['smtps:// (implicit TLS)', true],
    ['smtp:// upgraded with STARTTLS', false],
  ])('sends over %s, authenticated, with the given Message-ID', async (_name, secure) => {
    expect(await sendThrough(secure)).toEqual([
      { secure: true, user: 'loket', messageId: '<00000000-0000-4000-8000-000000000001@loket.test>' },
    ]);
  });
});
