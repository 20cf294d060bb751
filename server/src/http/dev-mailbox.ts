// The development mailbox: without SMTP_URL (and outside production) the mails Loket would send are kept
// and listed here, newest first, so a local user can open them and click their links. Reads the outbox
// in the system scope. The mail's HTML is shown in a sandboxed frame under a strict Content-Security-Policy.
// When the email intake listens, a form sends a test mail into it over real SMTP (as a mail relay would).
import express, { type Request, type Response, Router } from 'express';
import nodemailer from 'nodemailer';
import type { DataSource } from 'typeorm';
import type { Config } from '../config.js';
import { inScope } from '../db/scope.js';
import { isUuid } from '../domain/validate.js';
import type { Logger } from '../logger.js';
import { escapeHtml } from '../mail/render.js';

const DEV_MAILBOX_PATH = '/dev/mailbox';
const PAGE_SIZE = 50;

/** The mailbox is served when mails are not sent (no SMTP_URL) and never in production. */
export function devMailboxEnabled(config: Config): boolean {
  return !config.smtpUrl && !config.production;
}

/**
 * The mailbox's address on the server at `serverUrl` (e.g. http://127.0.0.1:4000), or undefined when off.
 * @public scripts/start.mjs imports it from the built server (server/dist), where knip does not look.
 */
export function devMailboxUrl(config: Config, serverUrl: string): string | undefined {
  return devMailboxEnabled(config) ? `${serverUrl.replace(/\/+$/, '')}${DEV_MAILBOX_PATH}` : undefined;
}

interface MailSummary {
  id: string;
  recipient: string;
  subject: string;
  template: string;
  status: string;
  created_at: Date;
}

interface MailDetail extends MailSummary {
  language: string;
  text_body: string;
  html_body: string;
  message_id: string;
  attempts: number;
  last_error: string | null;
  sent_at: Date | null;
}

const PAGE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; frame-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/** The email intake as the mailbox's test form needs it; the port is known once the listener started. */
export interface DevIntake {
  port(): number | undefined;
  helpdeskAddress: string;
  updatesAddress: string;
}

interface TestMail {
  from: string;
  to: string;
  subject: string;
  text: string;
}

/** Sends `mail` into the intake on `port`: the SMTP server's answer, or its refusal. */
async function sendTestMail(port: number, mail: TestMail): Promise<{ ok: boolean; answer: string }> {
  const transport = nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
  try {
    const info = await transport.sendMail(mail);
    return { ok: true, answer: String(info.response) };
  } catch (error) {
    return { ok: false, answer: error instanceof Error ? error.message : String(error) };
  } finally {
    transport.close();
  }
}
// The mail's own HTML: no scripts, no plugins, no requests but images; links open in a new tab only.
const MAIL_HTML_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data: http: https:; form-action 'none'; frame-ancestors 'self'; sandbox allow-popups allow-popups-to-escape-sandbox";

export function devMailboxRoutes(dataSource: DataSource, log: Logger, intake?: DevIntake): Router {
  const router = Router();
  const read = <T>(sql: string, params: unknown[]) =>
    inScope(dataSource, { kind: 'system' }, (em) => em.query(sql, params) as Promise<T[]>);
  const guard =
    (handler: (req: Request, res: Response) => Promise<void>) => async (req: Request, res: Response) => {
      try {
        await handler(req, res);
      } catch (error) {
        log.error({ err: error }, 'development mailbox failed');
        if (!res.headersSent) res.status(500).type('text/plain').send('The mailbox could not be read.');
      }
    };

  router.get(
    DEV_MAILBOX_PATH,
    guard(async (req, res) => {
      const before = typeof req.query.before === 'string' ? req.query.before : undefined;
      if (before !== undefined && !isUuid(before)) {
        sendPage(res, 400, 'Mailbox', '<p>That page link is not valid.</p>');
        return;
      }
      // Keyset paging on (created_at, id), newest first: stable while new mails arrive.
      const rows = await read<MailSummary>(
        `SELECT id, recipient, subject, template, status, created_at FROM outbound_mail
          WHERE $1::uuid IS NULL OR (created_at, id) < (SELECT created_at, id FROM outbound_mail WHERE id = $1)
          ORDER BY created_at DESC, id DESC LIMIT ${PAGE_SIZE + 1}`,
        [before ?? null],
      );
      const page = rows.slice(0, PAGE_SIZE);
      const last = page[page.length - 1];
      const older = rows.length > PAGE_SIZE && last ? `${DEV_MAILBOX_PATH}?before=${last.id}` : undefined;
      const sent = typeof req.query.sent === 'string' ? req.query.sent.slice(0, 300) : undefined;
      const form = intake?.port() ? sendFormHtml(intake, undefined, sent) : '';
      sendPage(res, 200, 'Mailbox', form + listHtml(page, older, before !== undefined));
    }),
  );

  router.post(
    `${DEV_MAILBOX_PATH}/send`,
    express.urlencoded({ extended: false, limit: '64kb' }),
    guard(async (req, res) => {
      const port = intake?.port();
      if (!intake || !port) {
        sendPage(
          res,
          404,
          'No email intake',
          '<h1>No email intake</h1><p>Set MAIL_IN_PORT to start one.</p>',
        );
        return;
      }
      // A page on another site may not post here (the browser says where a form comes from).
      const origin = req.headers.origin;
      if (origin && new URL(origin).host !== req.headers.host) {
        sendPage(res, 403, 'Refused', '<h1>Refused</h1><p>Send test mails from this page.</p>');
        return;
      }
      const field = (name: string) =>
        typeof req.body?.[name] === 'string' ? (req.body[name] as string) : '';
      const mail: TestMail = {
        from: field('from').trim(),
        to: field('to').trim() || intake.helpdeskAddress,
        subject: field('subject').trim(),
        text: field('text'),
      };
      const result = mail.from.includes('@')
        ? await sendTestMail(port, mail)
        : { ok: false, answer: 'Enter the sender’s address.' };
      if (result.ok) {
        res.redirect(303, `${DEV_MAILBOX_PATH}?sent=${encodeURIComponent(result.answer)}`);
        return;
      }
      sendPage(res, 400, 'Mailbox', sendFormHtml(intake, { mail, error: result.answer }));
    }),
  );

  router.get(
    `${DEV_MAILBOX_PATH}/:id`,
    guard(async (req, res) => {
      const mail = await findMail(read, req.params.id);
      if (!mail) {
        sendPage(res, 404, 'Mail not found', notFoundHtml);
        return;
      }
      sendPage(res, 200, mail.subject, detailHtml(mail));
    }),
  );

  router.get(
    `${DEV_MAILBOX_PATH}/:id/html`,
    guard(async (req, res) => {
      const mail = await findMail(read, req.params.id);
      if (!mail) {
        sendPage(res, 404, 'Mail not found', notFoundHtml);
        return;
      }
      noStore(res);
      res.setHeader('Content-Security-Policy', MAIL_HTML_CSP);
      res.status(200).type('html').send(withBaseTarget(mail.html_body));
    }),
  );
  return router;
}

async function findMail(
  read: <T>(sql: string, params: unknown[]) => Promise<T[]>,
  id: string | string[] | undefined,
): Promise<MailDetail | undefined> {
  if (typeof id !== 'string' || !isUuid(id)) return undefined;
  const rows = await read<MailDetail>(
    `SELECT id, recipient, subject, template, status, language, text_body, html_body, message_id, attempts,
            last_error, created_at, sent_at
       FROM outbound_mail WHERE id = $1`,
    [id],
  );
  return rows[0];
}

function noStore(res: Response): void {
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  // Mails carry tokens in their links: never pass this page's address on.
  res.setHeader('Referrer-Policy', 'no-referrer');
}

function sendPage(res: Response, status: number, title: string, body: string): void {
  noStore(res);
  res.setHeader('Content-Security-Policy', PAGE_CSP);
  res
    .status(status)
    .type('html')
    .send(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)} · Loket development mailbox</title>
<style>
body{margin:0;font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#1b1f24;background:#fff;line-height:1.5}
header{background:#0b3d6b;color:#fff;padding:12px 24px}header a{color:#fff}
main{max-width:1100px;margin:0 auto;padding:24px}
a{color:#0b5cad}a:focus-visible{outline:3px solid #f5a623;outline-offset:2px}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:8px;border-bottom:1px solid #d0d5dc;vertical-align:top}
th{background:#f4f5f7}dl{display:grid;grid-template-columns:max-content 1fr;gap:4px 16px}dt{font-weight:600}dd{margin:0;overflow-wrap:anywhere}
pre{white-space:pre-wrap;overflow-wrap:anywhere;background:#f4f5f7;padding:16px;border-radius:4px}
iframe{width:100%;height:640px;border:1px solid #d0d5dc;border-radius:4px}
nav.pages{display:flex;gap:24px;margin-top:16px}.note{color:#4a5360}
</style></head>
<body><header><a href="${DEV_MAILBOX_PATH}">Loket development mailbox</a></header>
<main>${body}</main></body></html>`);
}

function sendFormHtml(
  intake: DevIntake,
  failedSend?: { mail: TestMail; error: string },
  sent?: string,
): string {
  const value = (name: keyof TestMail) => escapeHtml(failedSend?.mail[name] ?? '');
  const to = failedSend?.mail.to ?? intake.helpdeskAddress;
  const notice = failedSend
    ? `<p role="alert" id="send-error"><strong>Not accepted:</strong> ${escapeHtml(failedSend.error)}</p>`
    : sent
      ? `<p role="status"><strong>Accepted:</strong> ${escapeHtml(sent)}</p>`
      : '';
  const option = (address: string) =>
    `<option value="${escapeHtml(address)}"${address === to ? ' selected' : ''}>${escapeHtml(address)}</option>`;
  return `<section aria-labelledby="send-title"><h2 id="send-title">Send a test mail into the email intake</h2>
${notice}
<form method="post" action="${DEV_MAILBOX_PATH}/send" style="display:grid;gap:8px;max-width:640px">
<label for="from">From (the sender’s address)</label>
<input id="from" name="from" type="email" required value="${value('from')}"${failedSend ? ' autofocus aria-describedby="send-error"' : ''}>
<label for="to">To</label>
<select id="to" name="to">${option(intake.helpdeskAddress)}${option(intake.updatesAddress)}</select>
<label for="subject">Subject (a ticket number or reply prefix threads as a mail client's would)</label>
<input id="subject" name="subject" value="${value('subject')}">
<label for="text">Message</label>
<textarea id="text" name="text" rows="5">${value('text')}</textarea>
<p><button type="submit">Send into the intake</button></p>
</form></section>`;
}

const notFoundHtml = `<h1>Mail not found</h1><p><a href="${DEV_MAILBOX_PATH}">Back to the mailbox</a></p>`;

const statusWords: Record<string, string> = {
  PENDING: 'Waiting for the worker',
  KEPT: 'Kept here (not sent)',
  SENT: 'Sent',
  FAILED: 'Failed',
};

const timeFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Brussels',
  dateStyle: 'medium',
  timeStyle: 'medium',
});

function time(value: Date | null): string {
  return value
    ? `<time datetime="${value.toISOString()}">${escapeHtml(timeFormat.format(value))}</time>`
    : '—';
}

function listHtml(mails: MailSummary[], older: string | undefined, paged: boolean): string {
  const intro = `<h1>Development mailbox</h1>
<p class="note">No SMTP server is configured (SMTP_URL), so mails are not sent: they are kept here, newest first. Times in Europe/Brussels.</p>`;
  const newest = paged ? `<a href="${DEV_MAILBOX_PATH}">Newest mails</a>` : '';
  const pages =
    newest || older
      ? `<nav class="pages" aria-label="Pages">${newest}${older ? `<a href="${escapeHtml(older)}" rel="next">Older mails</a>` : ''}</nav>`
      : '';
  if (mails.length === 0)
    return `${intro}<p>${paged ? 'No older mails.' : 'No mails yet. Anything Loket mails (an invitation, a password reset, a confirmation) appears here.'}</p>${pages}`;
  const rows = mails
    .map(
      (m) => `<tr><td>${time(m.created_at)}</td><td>${escapeHtml(statusWords[m.status] ?? m.status)}</td>
<td>${escapeHtml(m.recipient)}</td><td><a href="${DEV_MAILBOX_PATH}/${m.id}">${escapeHtml(m.subject)}</a></td><td>${escapeHtml(m.template)}</td></tr>`,
    )
    .join('\n');
  return `${intro}
<table><caption class="note" style="text-align:left">${mails.length} mail${mails.length === 1 ? '' : 's'} on this page</caption>
<thead><tr><th scope="col">Queued</th><th scope="col">Status</th><th scope="col">To</th><th scope="col">Subject</th><th scope="col">Template</th></tr></thead>
<tbody>${rows}</tbody></table>${pages}`;
}

function detailHtml(m: MailDetail): string {
  const fields: Array<[string, string]> = [
    ['To', escapeHtml(m.recipient)],
    ['Subject', escapeHtml(m.subject)],
    ['Message-ID', escapeHtml(m.message_id)],
    ['Language', escapeHtml(m.language)],
    ['Template', escapeHtml(m.template)],
    ['Status', escapeHtml(statusWords[m.status] ?? m.status)],
    ['Queued', time(m.created_at)],
    ['Sent', time(m.sent_at)],
    ['Attempts', String(m.attempts)],
    ...(m.last_error ? ([['Last error', escapeHtml(m.last_error)]] as Array<[string, string]>) : []),
  ];
  return `<p><a href="${DEV_MAILBOX_PATH}">Back to the mailbox</a></p>
<h1>${escapeHtml(m.subject)}</h1>
<dl>${fields.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>
<h2>Text</h2>
<pre>${linkify(m.text_body)}</pre>
<h2>HTML</h2>
<p class="note">Shown in a sandbox: no scripts; links open in a new tab. <a href="${DEV_MAILBOX_PATH}/${m.id}/html">Open the HTML on its own</a>.</p>
<iframe src="${DEV_MAILBOX_PATH}/${m.id}/html" title="HTML version of the mail" sandbox="allow-popups allow-popups-to-escape-sandbox"></iframe>`;
}

/** Escapes plain text and turns http(s) addresses into links (trailing punctuation stays text). */
function linkify(text: string): string {
  const parts: string[] = [];
  let at = 0;
  for (const match of text.matchAll(/https?:\/\/[^\s<>"]+/g)) {
    const url = match[0].replace(/[.,;:!?)\]']+$/, '');
    const start = match.index ?? 0;
    parts.push(escapeHtml(text.slice(at, start)));
    parts.push(`<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>`);
    at = start + url.length;
  }
  parts.push(escapeHtml(text.slice(at)));
  return parts.join('');
}

/** Makes every link of a mail's HTML open in a new tab (the frame itself may not navigate away). */
function withBaseTarget(html: string): string {
  const base = '<base target="_blank">';
  return /<head[^>]*>/i.test(html) ? html.replace(/<head[^>]*>/i, (head) => `${head}${base}`) : base + html;
}
