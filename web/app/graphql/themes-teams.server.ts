// GraphQL operations of the administration of themes and teams (/beheer/themas, /beheer/teams; issue 16):
// the paged lists, one theme or team, creating and renaming them, moving a theme and its open threads,
// and a team's members with their 'Hulp nodig?' flag.
import { graphql } from './generated';

export const AdminThemeListQuery = graphql(`
  query AdminThemeList($first: Int, $after: Cursor) {
    adminThemes(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          code
          name
          team {
            id
            name
          }
        }
      }
    }
    teams {
      id
      name
    }
  }
`);

export const AdminThemeQuery = graphql(`
  query AdminTheme($themeId: ID!) {
    adminTheme(themeId: $themeId) {
      id
      code
      name
      nameNl
      nameEn
      openThreadsElsewhere
      team {
        id
        name
      }
    }
    teams {
      id
      name
    }
  }
`);

export const CreateThemeMutation = graphql(`
  mutation AdminCreateTheme($input: CreateThemeInput!) {
    createTheme(input: $input) {
      errors {
        ...UserErrorFields
      }
      theme {
        id
      }
    }
  }
`);

export const UpdateThemeMutation = graphql(`
  mutation AdminUpdateTheme($input: UpdateThemeInput!) {
    updateTheme(input: $input) {
      errors {
        ...UserErrorFields
      }
      theme {
        id
      }
    }
  }
`);

export const MoveThemeMutation = graphql(`
  mutation AdminMoveTheme($themeId: ID!, $teamId: ID!) {
    moveTheme(themeId: $themeId, teamId: $teamId) {
      errors {
        ...UserErrorFields
      }
      theme {
        id
        team {
          id
          name
        }
      }
    }
  }
`);

export const MoveOpenThreadsMutation = graphql(`
  mutation AdminMoveOpenThreads($themeId: ID!) {
    moveOpenThreads(themeId: $themeId) {
      moved
    }
  }
`);

export const AdminTeamListQuery = graphql(`
  query AdminTeamList($first: Int, $after: Cursor) {
    adminTeams(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          email
          handlers {
            id
          }
        }
      }
    }
  }
`);

export const AdminTeamQuery = graphql(`
  query AdminTeam($teamId: ID!) {
    adminTeam(teamId: $teamId) {
      id
      name
      nameNl
      nameEn
      email
      members {
        offeredInHelp
        user {
          id
          firstName
          lastName
          email
          status
        }
      }
      memberCandidates {
        id
        firstName
        lastName
        email
      }
    }
    themes {
      id
      name
      teamId
    }
  }
`);

export const CreateTeamMutation = graphql(`
  mutation AdminCreateTeam($input: CreateTeamInput!) {
    createTeam(input: $input) {
      errors {
        ...UserErrorFields
      }
      team {
        id
      }
    }
  }
`);

export const UpdateTeamMutation = graphql(`
  mutation AdminUpdateTeam($input: UpdateTeamInput!) {
    updateTeam(input: $input) {
      errors {
        ...UserErrorFields
      }
      team {
        id
      }
    }
  }
`);

export const AddTeamMemberMutation = graphql(`
  mutation AdminAddTeamMember($input: TeamMemberInput!) {
    addTeamMember(input: $input) {
      errors {
        ...UserErrorFields
      }
      team {
        id
      }
    }
  }
`);

export const RemoveTeamMemberMutation = graphql(`
  mutation AdminRemoveTeamMember($input: TeamMemberInput!) {
    removeTeamMember(input: $input) {
      errors {
        ...UserErrorFields
      }
      team {
        id
      }
    }
  }
`);

export const SetTeamMemberHelpMutation = graphql(`
  mutation AdminSetTeamMemberHelp($input: SetTeamMemberHelpInput!) {
    setTeamMemberHelp(input: $input) {
      errors {
        ...UserErrorFields
      }
      team {
        id
      }
    }
  }
`);
