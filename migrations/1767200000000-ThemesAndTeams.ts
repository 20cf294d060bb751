// Themes and teams administered in the browser (issue 16, docs/decisions/0034): names unique per language
// (case-insensitive), and per team member whether the handler is offered in 'Hulp nodig?'. A change of a
// team's members announces `department.changed` like a change of a theme or team.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ThemesAndTeams1767200000000 implements MigrationInterface {
  name = 'ThemesAndTeams1767200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE UNIQUE INDEX theme_name_nl_key ON theme (lower(name_nl));
      CREATE UNIQUE INDEX theme_name_en_key ON theme (lower(name_en));
      CREATE UNIQUE INDEX team_name_nl_key ON team (lower(name_nl));
      CREATE UNIQUE INDEX team_name_en_key ON team (lower(name_en));
      CREATE INDEX theme_position_idx ON theme (position, id);
      -- The theme's open threads, counted and moved by 'move open threads'.
      CREATE INDEX message_thread_theme_open_idx ON message_thread (theme_id, team_id)
        WHERE last_direction = 'OUTBOUND';

      ALTER TABLE team_member ADD COLUMN offered_in_help boolean NOT NULL DEFAULT true;
      CREATE TRIGGER team_member_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON team_member
        FOR EACH STATEMENT EXECUTE FUNCTION notify_department_changed();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER team_member_changed ON team_member;
      ALTER TABLE team_member DROP COLUMN offered_in_help;
      DROP INDEX message_thread_theme_open_idx;
      DROP INDEX theme_position_idx;
      DROP INDEX team_name_en_key;
      DROP INDEX team_name_nl_key;
      DROP INDEX theme_name_en_key;
      DROP INDEX theme_name_nl_key;
    `);
  }
}
