// Events that keep the servers' in-process caches true (docs/decisions/0006): a change of the department's
// themes or teams, and a change of what a session's viewer carries (a user's roles, language, status or
// organisation). Triggers send them with pg_notify on Loket's event channel, so they fire on commit, for
// every writer (services, seeds, an operator's SQL), and reach every instance.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CacheInvalidation1764000000000 implements MigrationInterface {
  name = 'CacheInvalidation1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION notify_department_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('loket_events',
          json_build_object('topic', 'department.changed', 'payload', json_build_object('table', TG_TABLE_NAME))::text);
        RETURN NULL;
      END $$;
      CREATE TRIGGER theme_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON theme
        FOR EACH STATEMENT EXECUTE FUNCTION notify_department_changed();
      CREATE TRIGGER team_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON team
        FOR EACH STATEMENT EXECUTE FUNCTION notify_department_changed();

      CREATE FUNCTION notify_user_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('loket_events',
          json_build_object('topic', 'user.changed', 'payload', json_build_object('userId', OLD.id))::text);
        RETURN NULL;
      END $$;
      CREATE TRIGGER app_user_viewer_changed AFTER UPDATE OF roles, language, status, organisation_id ON app_user
        FOR EACH ROW WHEN (OLD.roles IS DISTINCT FROM NEW.roles OR OLD.language IS DISTINCT FROM NEW.language
                           OR OLD.status IS DISTINCT FROM NEW.status
                           OR OLD.organisation_id IS DISTINCT FROM NEW.organisation_id)
        EXECUTE FUNCTION notify_user_changed();
      CREATE TRIGGER app_user_deleted AFTER DELETE ON app_user
        FOR EACH ROW EXECUTE FUNCTION notify_user_changed();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER app_user_deleted ON app_user;
      DROP TRIGGER app_user_viewer_changed ON app_user;
      DROP FUNCTION notify_user_changed();
      DROP TRIGGER team_changed ON team;
      DROP TRIGGER theme_changed ON theme;
      DROP FUNCTION notify_department_changed();
    `);
  }
}
