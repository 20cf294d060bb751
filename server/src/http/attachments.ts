// Attachments over HTTP. POST /uploads takes the raw file (Content-Type: application/octet-stream, name in
// ?name=), which a cross-site form cannot send without a preflight (and CORS is not offered), so it is
// CSRF-safe; the session comes from the cookie or a bearer token. GET /attachments/:id downloads;
// GET /inbound-mails/:id/raw gives staff a mail the email intake received, whole (message/rfc822);
// GET /exports/:id hands out a personal data export once.
import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { type Request, type Response, Router } from 'express';
import type { AppServices, Ctx } from '../context.js';
import { DomainError } from '../domain/errors.js';
import type { FileStorage } from '../files/file-storage.js';
import { sniffFileType } from '../files/file-type.js';
import { scanWithClamav } from '../files/virus-scan.js';
import { languageFromHeader } from '../i18n/language.js';
import { type ErrorTextCode, errorMessage } from '../i18n/messages.js';
import { authenticate } from '../modules/accounts/session.service.js';
import { openRawMail } from '../modules/mail-intake/inbound-mail.service.js';
import { cleanFileName, openAttachment, recordUpload } from '../modules/messages/attachment.service.js';
import { takeExport } from '../modules/privacy/export.service.js';
import { createCtx } from '../operation/create-context.js';
import { CommitFailed, runOperation } from '../operation/run-operation.js';
import { sessionToken } from './session-cookie.js';

class UploadRefused extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorTextCode,
    readonly params?: Record<string, string | number>,
  ) {
    super(code);
  }
}

/** RFC 6266 Content-Disposition: an ASCII fallback and the exact UTF-8 name. */
function contentDisposition(fileName: string): string {
  const ascii = fileName
    .normalize('NFKD')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export function attachmentRoutes(app: AppServices, storage: FileStorage): Router {
  const router = Router();
  const { uploads } = app.config;

  async function viewerCtx(req: Request): Promise<Ctx | null> {
    const viewer = await authenticate(app, sessionToken(req.headers, app.config.session.cookieName));
    if (!viewer) return null;
    return createCtx(app, viewer, viewer.language, req.log);
  }

  function refuse(res: Response, req: Request, error: UploadRefused): void {
    const lang = languageFromHeader(req.headers['accept-language']);
    res
      .status(error.status)
      .json({ error: { code: error.code, message: errorMessage(lang, error.code, error.params) } });
  }

  router.post('/uploads', async (req, res) => {
    const tmpDir = path.join(app.config.dataDir, 'tmp');
    const tmpFile = path.join(tmpDir, randomUUID());
    try {
      if (!req.is('application/octet-stream')) throw new UploadRefused(415, 'UPLOAD_CONTENT_TYPE');
      const ctx = await viewerCtx(req);
      if (!ctx) throw new UploadRefused(401, 'UNAUTHENTICATED');
      const fileName = cleanFileName(String(req.query.name ?? ''));
      if (!req.query.name) throw new UploadRefused(400, 'FILE_NAME_REQUIRED');
      const declared = Number(req.headers['content-length'] ?? 0);
      if (declared > uploads.maxBytes)
        throw new UploadRefused(413, 'FILE_TOO_LARGE', { maxMb: Math.round(uploads.maxBytes / 1048576) });

      // The transaction opens only when the upload is recorded, after the bytes have arrived.
      const attachment = await runOperation(ctx, async () => {
        await mkdir(tmpDir, { recursive: true });
        const hash = createHash('sha256');
        let size = 0;
        const meter = new Transform({
          transform(chunk: Buffer, _enc, done) {
            size += chunk.length;
            if (size > uploads.maxBytes)
              return done(
                new UploadRefused(413, 'FILE_TOO_LARGE', { maxMb: Math.round(uploads.maxBytes / 1048576) }),
              );
            hash.update(chunk);
            done(null, chunk);
          },
        });
        await pipeline(req, meter, createWriteStream(tmpFile));
        if (size === 0) throw new UploadRefused(400, 'FILE_EMPTY');
        const type = await sniffFileType(tmpFile, fileName);
        if (!type.allowed) throw new UploadRefused(415, 'FILE_TYPE_NOT_ALLOWED');
        if (app.config.clamavUrl) {
          const verdict = await scanWithClamav(app.config.clamavUrl, tmpFile);
          if (!verdict.clean) {
            req.log.warn({ signature: verdict.signature }, 'infected upload refused');
            throw new UploadRefused(422, 'FILE_INFECTED');
          }
        }
        return recordUpload(ctx, storage, {
          localPath: tmpFile,
          fileName,
          contentType: type.contentType,
          sizeBytes: size,
          sha256: hash.digest('hex'),
          scanned: Boolean(app.config.clamavUrl),
        });
      });
      res.status(201).json({
        id: attachment.id,
        fileName: attachment.fileName,
        contentType: attachment.contentType,
        sizeBytes: attachment.sizeBytes,
        sha256: attachment.sha256,
      });
    } catch (error) {
      await rm(tmpFile, { force: true });
      if (error instanceof UploadRefused) {
        // Drain what the client still sends, so it reads our answer instead of a reset connection.
        req.resume();
        refuse(res, req, error);
      } else {
        if (!(error instanceof CommitFailed)) req.log.error({ err: error }, 'upload failed');
        res.status(500).json({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' } });
      }
    }
  });

  router.get('/attachments/:id', async (req, res) => {
    const ctx = await viewerCtx(req);
    if (!ctx) {
      refuse(res, req, new UploadRefused(401, 'UNAUTHENTICATED'));
      return;
    }
    try {
      const { attachment, content } = await runOperation(ctx, () =>
        openAttachment(ctx, storage, req.params.id ?? ''),
      );
      res.setHeader('Content-Type', attachment.contentType);
      res.setHeader('Content-Length', String(attachment.sizeBytes));
      res.setHeader('Content-Disposition', contentDisposition(attachment.fileName));
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
      res.setHeader('Cache-Control', 'private, no-store');
      res.setHeader('Digest', `sha-256=${Buffer.from(attachment.sha256, 'hex').toString('base64')}`);
      await pipeline(content, res);
    } catch (error) {
      if (error instanceof DomainError && error.code === 'NOT_FOUND') {
        refuse(res, req, new UploadRefused(404, 'NOT_FOUND'));
      } else if (!res.headersSent) {
        if (!(error instanceof CommitFailed)) req.log.error({ err: error }, 'download failed');
        res.status(500).json({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' } });
      } else {
        res.destroy();
      }
    }
  });

  router.get('/inbound-mails/:id/raw', async (req, res) => {
    const ctx = await viewerCtx(req);
    if (!ctx) {
      refuse(res, req, new UploadRefused(401, 'UNAUTHENTICATED'));
      return;
    }
    try {
      const { mail, content } = await runOperation(ctx, () => openRawMail(ctx, storage, req.params.id ?? ''));
      res.setHeader('Content-Type', 'message/rfc822');
      res.setHeader('Content-Disposition', contentDisposition(`${mail.id}.eml`));
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
      res.setHeader('Cache-Control', 'private, no-store');
      await pipeline(content, res);
    } catch (error) {
      if (error instanceof DomainError && (error.code === 'NOT_FOUND' || error.code === 'FORBIDDEN')) {
        // A tenant is not told that the mail exists.
        refuse(res, req, new UploadRefused(404, 'NOT_FOUND'));
      } else if (!res.headersSent) {
        if (!(error instanceof CommitFailed)) req.log.error({ err: error }, 'raw mail download failed');
        res.status(500).json({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' } });
      } else {
        res.destroy();
      }
    }
  });

  // A personal data export (decision 0029), once: marked downloaded on commit, its file removed once sent.
  router.get('/exports/:id', async (req, res) => {
    const ctx = await viewerCtx(req);
    if (!ctx) {
      refuse(res, req, new UploadRefused(401, 'UNAUTHENTICATED'));
      return;
    }
    let key: string | undefined;
    try {
      const taken = await runOperation(ctx, () => takeExport(ctx, storage, req.params.id ?? ''));
      key = taken.key;
      res.setHeader('Content-Type', 'application/zip');
      res.setHeader('Content-Length', String(taken.sizeBytes));
      res.setHeader('Content-Disposition', contentDisposition(taken.fileName));
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Cache-Control', 'private, no-store');
      await pipeline(taken.content, res);
    } catch (error) {
      if (error instanceof DomainError && error.code === 'NOT_FOUND') {
        refuse(res, req, new UploadRefused(404, 'EXPORT_NOT_AVAILABLE'));
      } else if (error instanceof DomainError && error.code === 'FORBIDDEN') {
        refuse(res, req, new UploadRefused(403, 'EXPORT_FORBIDDEN'));
      } else if (!res.headersSent) {
        if (!(error instanceof CommitFailed)) req.log.error({ err: error }, 'export download failed');
        res.status(500).json({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' } });
      } else {
        res.destroy();
      }
    } finally {
      // Downloadable once: whatever happened to the stream, the row says DOWNLOADED.
      if (key)
        await storage
          .remove(key)
          .catch((error: unknown) => req.log.warn({ err: error }, 'export file not removed'));
    }
  });

  return router;
}
