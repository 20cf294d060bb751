// A department message remembers the team its author wrote for (sender_team_id) instead of that team's
// Dutch name inside sender_label, so that its sender line ('An Peeters (Recognition team)') is worded
// in each viewer's language; sender_label keeps the author's own name. Without a team the line names
// the department as configured (DEPARTMENT_NAME).
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SenderTeam1764100001000 implements MigrationInterface {
  name = 'SenderTeam1764100001000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE message ADD COLUMN sender_team_id uuid REFERENCES team (id);
      UPDATE message m
         SET sender_team_id = t.id,
             sender_label = left(m.sender_label, length(m.sender_label) - length(t.name_nl) - 3)
        FROM team t
       WHERE m.direction = 'INBOUND' AND m.sender_label LIKE '% (' || t.name_nl || ')';
      UPDATE message SET sender_label = regexp_replace(sender_label, ' \\([^()]*\\)$', '')
       WHERE direction = 'INBOUND' AND sender_team_id IS NULL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      UPDATE message m SET sender_label = m.sender_label || ' (' || t.name_nl || ')'
        FROM team t WHERE m.sender_team_id = t.id;
      UPDATE message SET sender_label = sender_label || ' (Departement Zorg)'
       WHERE direction = 'INBOUND' AND sender_team_id IS NULL;
      ALTER TABLE message DROP COLUMN sender_team_id;
    `);
  }
}
