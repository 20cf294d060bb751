// What 'Hulp nodig?' needs on every page linked to a theme (theme page, message lists, a message, the
// new-message form): the department's teams with their handlers, the team of the page's theme first,
// the viewer's email, and what a helpdesk ticket chooses from (category, support type).
import { MessagesNewContextQuery } from '../graphql/messages.server';
import type { RequestScope, Viewer } from '../session.server';
import { loadTicketOptions, type TicketOptions } from '../tickets/help-ticket.server';
import type { HelpTeam } from './help-widget';

export interface HelpData {
  teams: HelpTeam[];
  email: string;
  ticketOptions: TicketOptions;
}

/** `teams` with the team owning `themeId` (or the team `teamId`) first; the others keep their order. */
export function teamsFirst<T extends { id: string }>(
  teams: T[],
  firstTeamId: string | null | undefined,
): T[] {
  if (!firstTeamId) return teams;
  const first = teams.filter((team) => team.id === firstTeamId);
  return [...first, ...teams.filter((team) => team.id !== firstTeamId)];
}

/** The help data for a page about `themeId` (none: the teams in their usual order). */
export async function loadHelp(
  scope: RequestScope & { viewer: Viewer },
  themeId: string | null = null,
): Promise<HelpData> {
  const [{ myOrganisation, teams }, ticketOptions] = await Promise.all([
    scope.api(MessagesNewContextQuery),
    loadTicketOptions(scope),
  ]);
  const teamId = myOrganisation?.themes.find((theme) => theme.id === themeId)?.teamId;
  return { teams: teamsFirst(teams, teamId), email: scope.viewer.email, ticketOptions };
}
