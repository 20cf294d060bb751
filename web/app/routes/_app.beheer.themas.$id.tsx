// /beheer/themas/:id (DEPARTMENT_ADMIN): one theme. Its names are edited here; it is moved to another team
// (only new messages follow it: existing threads keep their team); and its open threads that are still
// with another team are moved to its team, after a confirmation, with the number moved in the notice.
// Each form answers on this page: refused with its input and errors (400), done with a notice.
import { type ActionFunctionArgs, data, type LoaderFunctionArgs } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { useRef } from 'react';
import { requireDepartmentAdmin } from '../admin/admin.server';
import { THEME_NAME_FIELDS } from '../admin/themes-teams.server';
import { ErrorSummary } from '../components/error-summary';
import { Field, FieldErrors, SelectField } from '../components/field';
import { Notice } from '../components/notice';
import { takeFlash } from '../flash.server';
import { accepted, fields, intentOf, parseForm, rejected } from '../forms/form.server';
import { errorsOf, type FormResult, valuesOf } from '../forms/form-result';
import { useFocusFirstError } from '../forms/use-form-errors';
import {
  AdminThemeQuery,
  MoveOpenThreadsMutation,
  MoveThemeMutation,
  UpdateThemeMutation,
} from '../graphql/themes-teams.server';
import { useI18n } from '../i18n/i18n';
import { i18nFor } from '../i18n/messages.server';
import { titled } from '../meta';
import { useFlashed } from '../use-flashed';

export const meta = titled('admin.themes.title');

const NAMES_FORM = 'theme-names';
const MOVE_FORM = 'theme-move';
const THREADS_FORM = 'theme-threads';
const INTENTS = ['names', 'move', 'threads'] as const;

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const scope = await requireDepartmentAdmin(request, context);
  const { adminTheme, teams } = await scope.api(AdminThemeQuery, { themeId: params.id ?? '' });
  const { flash, headers } = takeFlash(request, context);
  const created = flash?.notice === 'admin.themes.created';
  return data({ theme: adminTheme, teams, created }, { headers });
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const scope = await requireDepartmentAdmin(request, context);
  const { adminTheme: theme } = await scope.api(AdminThemeQuery, { themeId: params.id ?? '' });
  const formData = await request.formData();
  const i18n = i18nFor(scope.language);
  const intent = intentOf(formData, INTENTS);
  if (intent === 'move') {
    const form = parseForm(formData, { teamId: fields.text() }, i18n);
    if (!form.ok) return rejected(MOVE_FORM, form.errors, form.values);
    const { moveTheme } = await scope.api(MoveThemeMutation, { themeId: theme.id, teamId: form.data.teamId });
    if (!moveTheme.theme) return rejected(MOVE_FORM, moveTheme.errors, form.values);
    return accepted(MOVE_FORM, i18n.t('admin.themes.moved', { team: moveTheme.theme.team.name }));
  }
  if (intent === 'threads') {
    const form = parseForm(formData, { confirm: fields.checkbox() }, i18n);
    if (!form.ok || !form.data.confirm)
      return rejected(
        THREADS_FORM,
        [{ field: 'confirm', code: 'UNCONFIRMED', message: i18n.t('admin.themes.threads.unconfirmed') }],
        {},
      );
    const { moveOpenThreads } = await scope.api(MoveOpenThreadsMutation, { themeId: theme.id });
    return accepted(
      THREADS_FORM,
      i18n.t('admin.themes.threads.moved', { team: theme.team.name, count: moveOpenThreads.moved }),
    );
  }
  const form = parseForm(formData, THEME_NAME_FIELDS, i18n);
  if (!form.ok) return rejected(NAMES_FORM, form.errors, form.values);
  const { updateTheme } = await scope.api(UpdateThemeMutation, {
    input: { themeId: theme.id, ...form.data },
  });
  if (!updateTheme.theme) return rejected(NAMES_FORM, updateTheme.errors, form.values);
  return accepted(NAMES_FORM, i18n.t('admin.themes.saved'));
}

export default function AdminThemePage() {
  const { theme, teams, created } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as FormResult | undefined;
  const { t } = useI18n();
  const createdNotice = useFlashed(created ? 'admin.themes.created' : null);
  return (
    <>
      <p className="back-link">
        <Link to="/beheer/themas">
          <span aria-hidden="true">←</span> {t('admin.themes.back')}
        </Link>
      </p>
      <h1>{theme.name}</h1>
      <p>{t('admin.themes.codeIs', { code: theme.code })}</p>
      {createdNotice && !result ? (
        <Notice kind="success">
          <p>{t('admin.themes.created')}</p>
        </Notice>
      ) : null}
      {result?.ok && result.notice ? (
        <Notice kind="success">
          <p>{result.notice}</p>
        </Notice>
      ) : null}
      <NamesForm saved={{ nameNl: theme.nameNl, nameEn: theme.nameEn }} result={result} />
      <MoveForm team={theme.team} teams={teams} result={result} />
      <ThreadsForm count={theme.openThreadsElsewhere} team={theme.team.name} result={result} />
    </>
  );
}

function NamesForm({ saved, result }: { saved: { nameNl: string; nameEn: string }; result?: FormResult }) {
  const { t } = useI18n();
  const ref = useRef<HTMLFormElement>(null);
  const busy = useNavigation().state === 'submitting';
  useFocusFirstError(ref, result, NAMES_FORM);
  const values = valuesOf(result, NAMES_FORM, saved);
  const errors = (name: string) => errorsOf(result, NAMES_FORM, name);
  return (
    <section aria-labelledby="names-title">
      <h2 id="names-title">{t('admin.themes.names')}</h2>
      <Form method="post" ref={ref} noValidate className="form">
        <ErrorSummary
          errors={result?.form === NAMES_FORM ? result.errors : []}
          idPrefix={NAMES_FORM}
          labels={{ nameNl: t('admin.themes.field.nameNl'), nameEn: t('admin.themes.field.nameEn') }}
        />
        <Field
          form={NAMES_FORM}
          name="nameNl"
          label={t('admin.themes.field.nameNl')}
          defaultValue={values.nameNl}
          errors={errors('nameNl')}
        />
        <Field
          form={NAMES_FORM}
          name="nameEn"
          label={t('admin.themes.field.nameEn')}
          defaultValue={values.nameEn}
          errors={errors('nameEn')}
        />
        <div className="form-actions">
          <button type="submit" name="intent" value="names" className="button button-primary" disabled={busy}>
            {t('admin.themes.save')}
          </button>
        </div>
      </Form>
    </section>
  );
}

function MoveForm({
  team,
  teams,
  result,
}: {
  team: { id: string; name: string };
  teams: ReadonlyArray<{ id: string; name: string }>;
  result?: FormResult;
}) {
  const { t } = useI18n();
  const ref = useRef<HTMLFormElement>(null);
  const busy = useNavigation().state === 'submitting';
  useFocusFirstError(ref, result, MOVE_FORM);
  const values = valuesOf(result, MOVE_FORM, { teamId: team.id });
  return (
    <section aria-labelledby="team-title">
      <h2 id="team-title">{t('admin.themes.team')}</h2>
      <p>{t('admin.themes.team.current', { team: team.name })}</p>
      <Form method="post" ref={ref} noValidate className="form">
        <ErrorSummary
          errors={result?.form === MOVE_FORM ? result.errors : []}
          idPrefix={MOVE_FORM}
          labels={{ teamId: t('admin.themes.field.teamId') }}
        />
        <SelectField
          form={MOVE_FORM}
          name="teamId"
          label={t('admin.themes.field.teamId')}
          hint={t('admin.themes.team.explain')}
          defaultValue={values.teamId}
          errors={errorsOf(result, MOVE_FORM, 'teamId')}
          key={team.id}
        >
          {teams.map((option) => (
            <option key={option.id} value={option.id}>
              {option.name}
            </option>
          ))}
        </SelectField>
        <div className="form-actions">
          <button type="submit" name="intent" value="move" className="button button-primary" disabled={busy}>
            {t('admin.themes.move')}
          </button>
        </div>
      </Form>
    </section>
  );
}

function ThreadsForm({ count, team, result }: { count: number; team: string; result?: FormResult }) {
  const { t } = useI18n();
  const ref = useRef<HTMLFormElement>(null);
  const busy = useNavigation().state === 'submitting';
  useFocusFirstError(ref, result, THREADS_FORM);
  const errors = errorsOf(result, THREADS_FORM, 'confirm');
  return (
    <section aria-labelledby="threads-title">
      <h2 id="threads-title">{t('admin.themes.threads')}</h2>
      {count === 0 ? (
        <p>{t('admin.themes.threads.none', { team })}</p>
      ) : (
        <>
          <p>{t('admin.themes.threads.count', { team, count })}</p>
          <p>{t('admin.themes.threads.explain', { team })}</p>
          <Form method="post" ref={ref} noValidate className="form">
            <ErrorSummary
              errors={result?.form === THREADS_FORM ? result.errors : []}
              idPrefix={THREADS_FORM}
              labels={{ confirm: t('admin.themes.threads.move') }}
            />
            <div className="checkbox">
              <input
                type="checkbox"
                id={`${THREADS_FORM}-confirm`}
                name="confirm"
                value="yes"
                aria-invalid={errors.length > 0 || undefined}
                aria-describedby={errors.length > 0 ? `${THREADS_FORM}-confirm-error` : undefined}
              />
              <label htmlFor={`${THREADS_FORM}-confirm`}>
                {t('admin.themes.threads.confirm', { team, count })}
              </label>
              <FieldErrors id={`${THREADS_FORM}-confirm-error`} errors={errors} />
            </div>
            <div className="form-actions">
              <button
                type="submit"
                name="intent"
                value="threads"
                className="button button-secondary"
                disabled={busy}
              >
                {t('admin.themes.threads.move')}
              </button>
            </div>
          </Form>
        </>
      )}
    </section>
  );
}
