// /beheer/teams/:id (DEPARTMENT_ADMIN): one team. Its names and address are edited here; its case handlers
// (dossierbehandelaars) are added from the department's staff and removed, and each is offered in
// 'Hulp nodig?' or not. The themes it receives messages on are listed (a theme's team is chosen on the
// theme's page). Each form answers on this page: refused with its input and errors (400), done with a notice.
import { type ActionFunctionArgs, data, type LoaderFunctionArgs } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { useRef } from 'react';
import { requireDepartmentAdmin } from '../admin/admin.server';
import { TeamForm } from '../admin/team-form';
import { TEAM_FIELDS } from '../admin/themes-teams.server';
import { ErrorSummary } from '../components/error-summary';
import { SelectField } from '../components/field';
import { Notice } from '../components/notice';
import { takeFlash } from '../flash.server';
import { accepted, fields, intentOf, parseForm, rejected } from '../forms/form.server';
import { errorsOf, type FormResult, valuesOf } from '../forms/form-result';
import { useFocusFirstError } from '../forms/use-form-errors';
import {
  AddTeamMemberMutation,
  AdminTeamQuery,
  RemoveTeamMemberMutation,
  SetTeamMemberHelpMutation,
  UpdateTeamMutation,
} from '../graphql/themes-teams.server';
import { useI18n } from '../i18n/i18n';
import { i18nFor } from '../i18n/messages.server';
import type { MessageKey } from '../i18n/nl';
import { fullName } from '../messages/format';
import { titled } from '../meta';
import { useFlashed } from '../use-flashed';

export const meta = titled('admin.teams.title');

const TEAM_FORM = 'team';
const ADD_FORM = 'add-member';
const MEMBER_FORM = 'member';
const INTENTS = ['save', 'add', 'remove', 'help-on', 'help-off'] as const;

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const scope = await requireDepartmentAdmin(request, context);
  const { adminTeam, themes } = await scope.api(AdminTeamQuery, { teamId: params.id ?? '' });
  const { flash, headers } = takeFlash(request, context);
  const created = flash?.notice === 'admin.teams.created';
  return data(
    { team: adminTeam, themes: themes.filter((theme) => theme.teamId === adminTeam.id), created },
    { headers },
  );
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const scope = await requireDepartmentAdmin(request, context);
  const { adminTeam: team } = await scope.api(AdminTeamQuery, { teamId: params.id ?? '' });
  const formData = await request.formData();
  const i18n = i18nFor(scope.language);
  const intent = intentOf(formData, INTENTS);
  if (intent === 'save') {
    const form = parseForm(formData, TEAM_FIELDS, i18n);
    if (!form.ok) return rejected(TEAM_FORM, form.errors, form.values);
    const { updateTeam } = await scope.api(UpdateTeamMutation, { input: { teamId: team.id, ...form.data } });
    if (!updateTeam.team) return rejected(TEAM_FORM, updateTeam.errors, form.values);
    return accepted(TEAM_FORM, i18n.t('admin.teams.saved'));
  }
  if (intent === 'add') {
    const form = parseForm(formData, { userId: fields.text(), offeredInHelp: fields.checkbox() }, i18n);
    if (!form.ok) return rejected(ADD_FORM, form.errors, form.values);
    const { addTeamMember } = await scope.api(AddTeamMemberMutation, {
      input: { teamId: team.id, userId: form.data.userId, offeredInHelp: form.data.offeredInHelp },
    });
    if (!addTeamMember.team) return rejected(ADD_FORM, addTeamMember.errors, form.values);
    const added = team.memberCandidates.find((user) => user.id === form.data.userId);
    return accepted(ADD_FORM, i18n.t('admin.teams.added', { name: added ? fullName(added) : '' }));
  }
  const form = parseForm(formData, { userId: fields.text() }, i18n);
  if (!form.ok) return rejected(MEMBER_FORM, form.errors, form.values);
  const input = { teamId: team.id, userId: form.data.userId };
  const { errors } =
    intent === 'remove'
      ? (await scope.api(RemoveTeamMemberMutation, { input })).removeTeamMember
      : (
          await scope.api(SetTeamMemberHelpMutation, {
            input: { ...input, offeredInHelp: intent === 'help-on' },
          })
        ).setTeamMemberHelp;
  if (errors.length > 0) return rejected(MEMBER_FORM, errors, form.values);
  const member = team.members.find((m) => m.user.id === form.data.userId)?.user;
  const notice: MessageKey =
    intent === 'remove'
      ? 'admin.teams.removed'
      : intent === 'help-on'
        ? 'admin.teams.help.on'
        : 'admin.teams.help.off';
  return accepted(MEMBER_FORM, i18n.t(notice, { name: member ? fullName(member) : '' }));
}

export default function AdminTeamPage() {
  const { team, themes, created } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as FormResult | undefined;
  const { t } = useI18n();
  const createdNotice = useFlashed(created ? 'admin.teams.created' : null);
  return (
    <>
      <p className="back-link">
        <Link to="/beheer/teams">
          <span aria-hidden="true">←</span> {t('admin.teams.back')}
        </Link>
      </p>
      <h1>{team.name}</h1>
      {createdNotice && !result ? (
        <Notice kind="success">
          <p>{t('admin.teams.created')}</p>
        </Notice>
      ) : null}
      {result?.ok && result.notice ? (
        <Notice kind="success">
          <p>{result.notice}</p>
        </Notice>
      ) : null}

      <section aria-labelledby="members-title">
        <h2 id="members-title">{t('admin.teams.members')}</h2>
        <p>{t('admin.teams.members.intro')}</p>
        <ErrorSummary errors={result?.form === MEMBER_FORM ? result.errors : []} idPrefix={MEMBER_FORM} />
        <Members team={team} />
        <AddMemberForm candidates={team.memberCandidates} result={result} />
      </section>

      <section aria-labelledby="team-title">
        <h2 id="team-title">{t('admin.teams.names')}</h2>
        <TeamForm
          form={TEAM_FORM}
          saved={{ nameNl: team.nameNl, nameEn: team.nameEn, email: team.email ?? '' }}
          result={result}
          submit={t('admin.teams.save')}
          intent="save"
        />
      </section>

      <section aria-labelledby="themes-title">
        <h2 id="themes-title">{t('admin.teams.themes')}</h2>
        {themes.length === 0 ? (
          <p>{t('admin.teams.themes.none')}</p>
        ) : (
          <ul>
            {themes.map((theme) => (
              <li key={theme.id}>
                <Link to={`/beheer/themas/${theme.id}`}>{theme.name}</Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

type TeamData = ReturnType<typeof useLoaderData<typeof loader>>['team'];

function Members({ team }: { team: TeamData }) {
  const { t } = useI18n();
  const busy = useNavigation().state === 'submitting';
  if (team.members.length === 0) return <p>{t('admin.teams.members.none')}</p>;
  return (
    <table className="table table-cards">
      <caption className="visually-hidden">{t('admin.teams.members.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('admin.teams.col.member')}</th>
          <th scope="col">{t('admin.teams.col.email')}</th>
          <th scope="col">{t('admin.teams.col.status')}</th>
          <th scope="col">{t('admin.teams.col.help')}</th>
          <th scope="col">{t('admin.teams.col.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {team.members.map(({ user, offeredInHelp }) => {
          const name = fullName(user);
          const forMember = <span className="visually-hidden"> {t('admin.teams.forMember', { name })}</span>;
          return (
            <tr key={user.id}>
              <th scope="row">{name}</th>
              <td data-label={t('admin.teams.col.email')}>{user.email}</td>
              <td data-label={t('admin.teams.col.status')}>
                {t(`users.status.${user.status}` as MessageKey)}
              </td>
              <td data-label={t('admin.teams.col.help')}>
                {offeredInHelp ? t('admin.teams.help.yes') : t('admin.teams.help.no')}
              </td>
              <td data-label={t('admin.teams.col.actions')}>
                <div className="admin-actions">
                  <Form method="post">
                    <input type="hidden" name="userId" value={user.id} />
                    <button
                      type="submit"
                      name="intent"
                      value={offeredInHelp ? 'help-off' : 'help-on'}
                      className="button button-secondary button-small"
                      disabled={busy}
                    >
                      {offeredInHelp ? t('admin.teams.help.withdraw') : t('admin.teams.help.offer')}
                      {forMember}
                    </button>
                  </Form>
                  <Form method="post">
                    <input type="hidden" name="userId" value={user.id} />
                    <button
                      type="submit"
                      name="intent"
                      value="remove"
                      className="button button-secondary button-small"
                      disabled={busy}
                    >
                      {t('admin.teams.remove')}
                      {forMember}
                    </button>
                  </Form>
                </div>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function AddMemberForm({
  candidates,
  result,
}: {
  candidates: TeamData['memberCandidates'];
  result: FormResult | undefined;
}) {
  const { t } = useI18n();
  const ref = useRef<HTMLFormElement>(null);
  const busy = useNavigation().state === 'submitting';
  useFocusFirstError(ref, result, ADD_FORM);
  const values = valuesOf(result, ADD_FORM, { userId: '', offeredInHelp: 'yes' });
  if (candidates.length === 0) return <p>{t('admin.teams.add.none')}</p>;
  return (
    <Form method="post" ref={ref} noValidate className="form" aria-labelledby="add-member-title">
      <h3 id="add-member-title">{t('admin.teams.add')}</h3>
      <ErrorSummary
        errors={result?.form === ADD_FORM ? result.errors : []}
        idPrefix={ADD_FORM}
        labels={{ userId: t('admin.teams.add.user') }}
      />
      <SelectField
        form={ADD_FORM}
        name="userId"
        label={t('admin.teams.add.user')}
        hint={t('admin.teams.add.user.hint')}
        defaultValue={values.userId}
        errors={errorsOf(result, ADD_FORM, 'userId')}
      >
        <option value="">{t('admin.teams.add.choose')}</option>
        {candidates.map((user) => (
          <option key={user.id} value={user.id}>
            {fullName(user)} ({user.email})
          </option>
        ))}
      </SelectField>
      <div className="checkbox">
        <input
          type="checkbox"
          id={`${ADD_FORM}-offeredInHelp`}
          name="offeredInHelp"
          value="yes"
          defaultChecked={values.offeredInHelp !== ''}
        />
        <label htmlFor={`${ADD_FORM}-offeredInHelp`}>{t('admin.teams.add.offered')}</label>
      </div>
      <div className="form-actions">
        <button type="submit" name="intent" value="add" className="button button-primary" disabled={busy}>
          {t('admin.teams.add.submit')}
        </button>
      </div>
    </Form>
  );
}
