// The department's staff users (no organisation) are cached with its themes and teams (docs/decisions/0006):
// a change of one announces `department.changed` like a change of a theme or team. (Identical
// notifications of one transaction are delivered once.)
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class StaffCacheInvalidation1764000001000 implements MigrationInterface {
  name = 'StaffCacheInvalidation1764000001000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TRIGGER staff_inserted AFTER INSERT ON app_user
        FOR EACH ROW WHEN (NEW.organisation_id IS NULL) EXECUTE FUNCTION notify_department_changed();
      CREATE TRIGGER staff_updated AFTER UPDATE ON app_user
        FOR EACH ROW WHEN (OLD.organisation_id IS NULL OR NEW.organisation_id IS NULL)
        EXECUTE FUNCTION notify_department_changed();
      CREATE TRIGGER staff_deleted AFTER DELETE ON app_user
        FOR EACH ROW WHEN (OLD.organisation_id IS NULL) EXECUTE FUNCTION notify_department_changed();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER staff_deleted ON app_user;
      DROP TRIGGER staff_updated ON app_user;
      DROP TRIGGER staff_inserted ON app_user;
    `);
  }
}
