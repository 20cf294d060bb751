// Personal data exports (decision 0029): asked for by the person themselves or a DEPARTMENT_ADMIN, built
// by the export_personal_data job, downloaded once by who asked (or a DEPARTMENT_ADMIN), then gone.
import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { EntityManager } from 'typeorm';
import type { Ctx } from '../../context.js';
import { queryRows } from '../../db/query.js';
import { DomainError, forbidden, notFound } from '../../domain/errors.js';
import { isUuid } from '../../domain/validate.js';
import { hasRole, requireUser } from '../../domain/viewer.js';
import type { FileStorage } from '../../files/file-storage.js';
import { recordAudit } from '../audit/audit.service.js';
import { type PersonKind, requireDepartmentAdmin } from './privacy-access.js';

export const EXPORT_STATUSES = ['PENDING', 'READY', 'DOWNLOADED', 'FAILED', 'EXPIRED'] as const;
export type ExportStatus = (typeof EXPORT_STATUSES)[number];

export interface PersonalDataExport {
  id: string;
  subjectKind: PersonKind;
  subjectId: string;
  status: ExportStatus;
  sizeBytes: number | null;
  createdAt: Date;
  readyAt: Date | null;
  downloadedAt: Date | null;
}

interface ExportRow {
  id: string;
  subject_kind: PersonKind;
  subject_id: string;
  status: ExportStatus;
  size_bytes: string | null;
  created_at: Date;
  ready_at: Date | null;
  downloaded_at: Date | null;
  requested_by: string;
  organisation_id: string | null;
  storage_key: string | null;
}

const COLUMNS = `id, subject_kind, subject_id, status, size_bytes, created_at, ready_at, downloaded_at,
  requested_by, organisation_id, storage_key`;

const toExport = (r: ExportRow): PersonalDataExport => ({
  id: r.id,
  subjectKind: r.subject_kind,
  subjectId: r.subject_id,
  status: r.status,
  sizeBytes: r.size_bytes === null ? null : Number(r.size_bytes),
  createdAt: r.created_at,
  readyAt: r.ready_at,
  downloadedAt: r.downloaded_at,
});

/** The organisation of a person (null: department staff); NOT_FOUND when there is no such person. */
async function organisationOf(em: EntityManager, kind: PersonKind, id: string): Promise<string | null> {
  if (!isUuid(id)) throw notFound('person');
  const table = kind === 'USER' ? 'app_user' : 'contact_person';
  const [row] = await queryRows<{ organisation_id: string | null }>(
    em,
    `SELECT organisation_id FROM ${table} WHERE id = $1 AND erased_at IS NULL`,
    [id],
  );
  if (!row) throw notFound('person');
  return row.organisation_id;
}

/**
 * Asks for an export of `subject`; without one, of the viewer themselves (any logged-in user may). Someone
 * else's: DEPARTMENT_ADMIN only. The job is queued by the insert's trigger, in this transaction.
 */
export async function requestExport(
  ctx: Ctx,
  subject: { kind: PersonKind; id: string } | null,
): Promise<PersonalDataExport> {
  const viewer = requireUser(ctx);
  const own = subject === null || (subject.kind === 'USER' && subject.id === viewer.userId);
  if (!own) requireDepartmentAdmin(ctx);
  const kind = subject?.kind ?? 'USER';
  const subjectId = subject?.id ?? viewer.userId;
  const em = await ctx.tx.manager();
  const organisationId = own ? viewer.organisationId : await organisationOf(em, kind, subjectId);
  const id = randomUUID();
  await em.query(
    `INSERT INTO personal_data_export (id, organisation_id, subject_kind, subject_id, requested_by)
     VALUES ($1, $2, $3, $4, $5)`,
    [id, organisationId, kind, subjectId, viewer.userId],
  );
  await recordAudit(em, {
    organisationId,
    actorUserId: viewer.userId,
    action: 'personal_data.export_requested',
    entityType: kind === 'USER' ? 'app_user' : 'contact_person',
    entityId: subjectId,
  });
  const [row] = await queryRows<ExportRow>(em, `SELECT ${COLUMNS} FROM personal_data_export WHERE id = $1`, [
    id,
  ]);
  if (!row) throw notFound('export');
  return toExport(row);
}

/** The viewer's own requests, newest first (the last `limit`). */
export async function myExports(ctx: Ctx, limit = 10): Promise<PersonalDataExport[]> {
  const viewer = requireUser(ctx);
  const rows = await queryRows<ExportRow>(
    await ctx.tx.manager(),
    `SELECT ${COLUMNS} FROM personal_data_export WHERE requested_by = $1
      ORDER BY created_at DESC, id DESC LIMIT $2`,
    [viewer.userId, Math.min(Math.max(limit, 1), 50)],
  );
  return rows.map(toExport);
}

/** Not there, not the viewer's, or no longer (or not yet) downloadable. */
const notAvailable = () => new DomainError('NOT_FOUND', 'export not available', 'EXPORT_NOT_AVAILABLE');

/**
 * Hands out a ready export once: marked DOWNLOADED in this transaction; `key` is removed from storage by
 * the caller after sending it. Who asked for it, or a DEPARTMENT_ADMIN; anyone else: NOT_FOUND.
 */
export async function takeExport(
  ctx: Ctx,
  storage: FileStorage,
  id: string,
): Promise<{ fileName: string; sizeBytes: number; key: string; content: Readable }> {
  const viewer = requireUser(ctx);
  if (!isUuid(id)) throw notAvailable();
  const em = await ctx.tx.manager();
  const [row] = await queryRows<ExportRow>(
    em,
    `SELECT ${COLUMNS} FROM personal_data_export WHERE id = $1 FOR UPDATE`,
    [id],
  );
  if (!row) throw notAvailable();
  const admin = viewer.organisationId === null && hasRole(viewer, 'DEPARTMENT_ADMIN');
  if (row.requested_by !== viewer.userId && !admin) {
    // An agent sees the row (staff scope) but may not have it; a tenant never sees another's row.
    if (viewer.organisationId === null) throw forbidden();
    throw notAvailable();
  }
  if (row.status !== 'READY' || !row.storage_key) throw notAvailable();
  await em.query(
    `UPDATE personal_data_export SET status = 'DOWNLOADED', downloaded_at = now(), storage_key = NULL
      WHERE id = $1`,
    [id],
  );
  await recordAudit(em, {
    organisationId: row.organisation_id,
    actorUserId: viewer.userId,
    action: 'personal_data.export_downloaded',
    entityType: row.subject_kind === 'USER' ? 'app_user' : 'contact_person',
    entityId: row.subject_id,
  });
  return {
    fileName: `loket-gegevens-${row.created_at.toISOString().slice(0, 10)}.zip`,
    sizeBytes: Number(row.size_bytes ?? 0),
    key: row.storage_key,
    content: await storage.open(row.storage_key),
  };
}
