// /beheer/teams (DEPARTMENT_ADMIN): the teams by name with their address and number of case handlers, 20 a
// page, and the form for a new one (names in Dutch and English, address). Created: on to its page to add
// its handlers; refused: the form again with the input and each field's error.
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { Link, useActionData, useLoaderData } from '@remix-run/react';
import { requireDepartmentAdmin } from '../admin/admin.server';
import { TeamForm } from '../admin/team-form';
import { readPage, TEAM_FIELDS } from '../admin/themes-teams.server';
import { EmptyState } from '../components/empty-state';
import { flashRedirect } from '../flash.server';
import { parseForm, rejected } from '../forms/form.server';
import type { FormResult } from '../forms/form-result';
import { AdminTeamListQuery, CreateTeamMutation } from '../graphql/themes-teams.server';
import { useI18n } from '../i18n/i18n';
import { i18nFor } from '../i18n/messages.server';
import { titled } from '../meta';
import { Pager } from '../organisation/pager';

export const meta = titled('admin.teams.title');

const FORM = 'new-team';

export async function loader({ request, context }: LoaderFunctionArgs) {
  const scope = await requireDepartmentAdmin(request, context);
  return readPage(request, (first, after) => scope.api(AdminTeamListQuery, { first, after }));
}

export async function action({ request, context }: ActionFunctionArgs) {
  const scope = await requireDepartmentAdmin(request, context);
  const form = parseForm(await request.formData(), TEAM_FIELDS, i18nFor(scope.language));
  if (!form.ok) return rejected(FORM, form.errors, form.values);
  const { createTeam } = await scope.api(CreateTeamMutation, { input: form.data });
  if (!createTeam.team) return rejected(FORM, createTeam.errors, form.values);
  return flashRedirect(context, `/beheer/teams/${createTeam.team.id}`, { notice: 'admin.teams.created' });
}

export default function AdminTeamsPage() {
  const { adminTeams } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as FormResult | undefined;
  const { t } = useI18n();
  const rows = adminTeams.edges.map((edge) => edge.node);
  return (
    <>
      <h1>{t('admin.teams.title')}</h1>
      <p>{t('admin.teams.intro')}</p>
      {rows.length > 0 ? (
        <table className="table table-cards">
          <caption className="visually-hidden">{t('admin.teams.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('admin.teams.col.name')}</th>
              <th scope="col">{t('admin.teams.col.email')}</th>
              <th scope="col">{t('admin.teams.col.members')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((team) => (
              <tr key={team.id}>
                <th scope="row">
                  <Link to={`/beheer/teams/${team.id}`}>{team.name}</Link>
                </th>
                <td data-label={t('admin.teams.col.email')}>
                  {team.email ?? <span className="muted">{t('admin.teams.noEmail')}</span>}
                </td>
                <td data-label={t('admin.teams.col.members')}>{team.handlers.length}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <EmptyState title={t('admin.teams.none')}>
          <p>{t('admin.teams.none.next')}</p>
        </EmptyState>
      )}
      <Pager
        totalCount={adminTeams.totalCount ?? 0}
        endCursor={adminTeams.pageInfo.endCursor}
        hasNextPage={adminTeams.pageInfo.hasNextPage}
      />
      <section aria-labelledby="new-team-title">
        <h2 id="new-team-title">{t('admin.teams.new')}</h2>
        <p>{t('admin.teams.new.intro')}</p>
        <TeamForm
          form={FORM}
          saved={{ nameNl: '', nameEn: '', email: '' }}
          result={result}
          submit={t('admin.teams.create')}
        />
      </section>
    </>
  );
}
