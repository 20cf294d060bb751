// The staff inbox's text search reads two trigram indexes and unites them (staff-inbox.service.ts,
// decision 0031): messages' title and body had theirs; threads' titles get one.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ThreadTitleSearch1766900000000 implements MigrationInterface {
  name = 'ThreadTitleSearch1766900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE INDEX message_thread_title_trgm_idx ON message_thread USING gin (title gin_trgm_ops)',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX message_thread_title_trgm_idx');
  }
}
