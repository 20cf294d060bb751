// What the intake checks in a parsed mail before it may become a ticket entry: its attachments (inline
// images too) pass the limits, sniffing and virus scan of uploads, winmail.dat is not unpacked; and the
// privacy guard over the text and text attachments. A failed check quarantines the mail; it is never dropped.
import { randomUUID } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ParsedMail } from 'mailparser';
import type { Config } from '../../config.js';
import { sniffFileType } from '../../files/file-type.js';
import { scanWithClamav } from '../../files/virus-scan.js';
import { findSensitiveData, type SensitiveKind } from '../messages/privacy-guard.js';

/** An attachment that passed the checks, with its sniffed type. */
export interface CheckedAttachment {
  fileName: string;
  contentType: string;
  content: Buffer;
  scanned: boolean;
}

export type MailVerdict =
  | { ok: true; findings: SensitiveKind[]; attachments: CheckedAttachment[] }
  | { ok: false; reason: string };

const isTnef = (a: ParsedMail['attachments'][number]) =>
  a.contentType === 'application/ms-tnef' || /^winmail\.dat$/i.test(a.filename ?? '');

const isText = (a: ParsedMail['attachments'][number]) =>
  a.contentType === 'text/plain' || a.contentType === 'text/csv' || /\.(txt|csv)$/i.test(a.filename ?? '');

/** Checks `mail`'s attachments one by one (each written to a temporary file for sniffing and scanning). */
export async function checkMail(config: Config, mail: ParsedMail): Promise<MailVerdict> {
  const attachments = mail.attachments ?? [];
  if (attachments.length > config.uploads.maxFiles)
    return {
      ok: false,
      reason: `too many attachments: ${attachments.length} (at most ${config.uploads.maxFiles})`,
    };
  const tmpDir = path.join(config.dataDir, 'tmp');
  await mkdir(tmpDir, { recursive: true });
  const findings = new Set<SensitiveKind>();
  const checked: CheckedAttachment[] = [];
  for (const f of findSensitiveData(`${mail.subject ?? ''}\n${mail.text ?? ''}`)) findings.add(f.kind);
  for (const attachment of attachments) {
    const name = attachment.filename ?? 'bijlage';
    if (isTnef(attachment)) return { ok: false, reason: `winmail.dat (${name}): not unpacked` };
    if (attachment.size > config.uploads.maxBytes)
      return { ok: false, reason: `attachment too large: ${name} (${attachment.size} bytes)` };
    const file = path.join(tmpDir, randomUUID());
    try {
      await writeFile(file, attachment.content);
      const type = await sniffFileType(file, name);
      if (!type.allowed)
        return { ok: false, reason: `attachment type not allowed: ${name} (${type.contentType})` };
      if (config.clamavUrl) {
        const verdict = await scanWithClamav(config.clamavUrl, file);
        if (!verdict.clean) return { ok: false, reason: `virus found in ${name}: ${verdict.signature}` };
      }
      checked.push({
        fileName: name,
        contentType: type.contentType,
        content: attachment.content,
        scanned: !!config.clamavUrl,
      });
      if (isText(attachment))
        for (const f of findSensitiveData(attachment.content.toString('utf8'))) findings.add(f.kind);
    } finally {
      await rm(file, { force: true });
    }
  }
  return { ok: true, findings: [...findings], attachments: checked };
}

const QUOTE_START = [
  /^On .+ wrote:\s*$/i,
  /^Op .+ (schreef|heeft .+ geschreven).*:\s*$/i,
  /^Am .+ schrieb .+:\s*$/i,
  /^Le .+ a écrit\s*:\s*$/i,
  /^-{2,}\s*(Original Message|Oorspronkelijk bericht|Ursprüngliche Nachricht|Message d'origine)\s*-{2,}/i,
  /^_{10,}\s*$/,
  /^(From|Van|Von|De):\s.+/i,
];

/**
 * The new part of a reply: the text above the quoted history ('On … wrote:', '> …', Outlook's header
 * block). The whole mail stays available (raw, in storage); the entry keeps what the sender wrote.
 */
export function trimQuotedHistory(text: string): string {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  let end = lines.length;
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    if (line.startsWith('>') || QUOTE_START.some((re) => re.test(line))) {
      end = i;
      break;
    }
  }
  const kept = lines.slice(0, end).join('\n').trim();
  return kept || text.trim();
}
