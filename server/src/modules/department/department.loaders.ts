// Batched reads of the department's relations.
import DataLoader from 'dataloader';
import type { ScopedTransaction } from '../../db/scope.js';

export function departmentLoaders(tx: ScopedTransaction) {
  return {
    /** Handler user ids of each team, ordered by name. */
    teamHandlerIds: new DataLoader<string, string[]>(async (teamIds) => {
      const em = await tx.manager();
      const rows: Array<{ team_id: string; user_id: string }> = await em.query(
        `SELECT m.team_id, m.user_id FROM team_member m JOIN app_user u ON u.id = m.user_id
          WHERE m.team_id = ANY($1) AND u.status = 'ACTIVE' ORDER BY u.last_name, u.first_name, u.id`,
        [teamIds],
      );
      return teamIds.map((id) => rows.filter((r) => r.team_id === id).map((r) => r.user_id));
    }),
    /** Handler user ids of each team that are offered in 'Hulp nodig?', ordered by name. */
    teamHelpHandlerIds: new DataLoader<string, string[]>(async (teamIds) => {
      const em = await tx.manager();
      const rows: Array<{ team_id: string; user_id: string }> = await em.query(
        `SELECT m.team_id, m.user_id FROM team_member m JOIN app_user u ON u.id = m.user_id
          WHERE m.team_id = ANY($1) AND u.status = 'ACTIVE' AND m.offered_in_help
          ORDER BY u.last_name, u.first_name, u.id`,
        [teamIds],
      );
      return teamIds.map((id) => rows.filter((r) => r.team_id === id).map((r) => r.user_id));
    }),
    /** Team ids of each staff user, by team name. */
    userTeamIds: new DataLoader<string, string[]>(async (userIds) => {
      const em = await tx.manager();
      const rows: Array<{ team_id: string; user_id: string }> = await em.query(
        `SELECT m.team_id, m.user_id FROM team_member m JOIN team t ON t.id = m.team_id
          WHERE m.user_id = ANY($1) ORDER BY t.name_nl, t.id`,
        [userIds],
      );
      return userIds.map((id) => rows.filter((r) => r.user_id === id).map((r) => r.team_id));
    }),
  };
}
