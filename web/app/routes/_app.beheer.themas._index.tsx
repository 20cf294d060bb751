// /beheer/themas (DEPARTMENT_ADMIN): the themes in display order with their code and team, 20 a page, and
// the form for a new one (code, names in Dutch and English, team). Created: on to its page with a notice;
// refused: the form again with the input and each field's error.
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { useRef } from 'react';
import { requireDepartmentAdmin } from '../admin/admin.server';
import { readPage, THEME_FIELDS } from '../admin/themes-teams.server';
import { EmptyState } from '../components/empty-state';
import { ErrorSummary } from '../components/error-summary';
import { Field, SelectField } from '../components/field';
import { flashRedirect } from '../flash.server';
import { parseForm, rejected } from '../forms/form.server';
import { errorsOf, type FormResult, valuesOf } from '../forms/form-result';
import { useFocusFirstError } from '../forms/use-form-errors';
import { AdminThemeListQuery, CreateThemeMutation } from '../graphql/themes-teams.server';
import { useI18n } from '../i18n/i18n';
import { i18nFor } from '../i18n/messages.server';
import { titled } from '../meta';
import { Pager } from '../organisation/pager';

export const meta = titled('admin.themes.title');

const FORM = 'new-theme';

export async function loader({ request, context }: LoaderFunctionArgs) {
  const scope = await requireDepartmentAdmin(request, context);
  return readPage(request, (first, after) => scope.api(AdminThemeListQuery, { first, after }));
}

export async function action({ request, context }: ActionFunctionArgs) {
  const scope = await requireDepartmentAdmin(request, context);
  const form = parseForm(await request.formData(), THEME_FIELDS, i18nFor(scope.language));
  if (!form.ok) return rejected(FORM, form.errors, form.values);
  const { createTheme } = await scope.api(CreateThemeMutation, { input: form.data });
  if (!createTheme.theme) return rejected(FORM, createTheme.errors, form.values);
  return flashRedirect(context, `/beheer/themas/${createTheme.theme.id}`, { notice: 'admin.themes.created' });
}

export default function AdminThemesPage() {
  const { adminThemes, teams } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as FormResult | undefined;
  const { t } = useI18n();
  const rows = adminThemes.edges.map((edge) => edge.node);
  return (
    <>
      <h1>{t('admin.themes.title')}</h1>
      <p>{t('admin.themes.intro')}</p>
      {rows.length > 0 ? (
        <table className="table table-cards">
          <caption className="visually-hidden">{t('admin.themes.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('admin.themes.col.name')}</th>
              <th scope="col">{t('admin.themes.col.code')}</th>
              <th scope="col">{t('admin.themes.col.team')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((theme) => (
              <tr key={theme.id}>
                <th scope="row">
                  <Link to={`/beheer/themas/${theme.id}`}>{theme.name}</Link>
                </th>
                <td data-label={t('admin.themes.col.code')}>{theme.code}</td>
                <td data-label={t('admin.themes.col.team')}>
                  <Link to={`/beheer/teams/${theme.team.id}`}>{theme.team.name}</Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <EmptyState title={t('admin.themes.none')}>
          <p>{t('admin.themes.none.next')}</p>
        </EmptyState>
      )}
      <Pager
        totalCount={adminThemes.totalCount ?? 0}
        endCursor={adminThemes.pageInfo.endCursor}
        hasNextPage={adminThemes.pageInfo.hasNextPage}
      />
      <NewThemeForm teams={teams} result={result} />
    </>
  );
}

function NewThemeForm({
  teams,
  result,
}: {
  teams: ReadonlyArray<{ id: string; name: string }>;
  result: FormResult | undefined;
}) {
  const { t } = useI18n();
  const ref = useRef<HTMLFormElement>(null);
  const busy = useNavigation().state === 'submitting';
  useFocusFirstError(ref, result, FORM);
  const values = valuesOf(result, FORM, { code: '', nameNl: '', nameEn: '', teamId: '' });
  const errors = (name: string) => errorsOf(result, FORM, name);
  return (
    <section aria-labelledby="new-theme-title">
      <h2 id="new-theme-title">{t('admin.themes.new')}</h2>
      <p>{t('admin.themes.new.intro')}</p>
      <Form method="post" ref={ref} noValidate className="form">
        <ErrorSummary
          errors={result?.form === FORM ? result.errors : []}
          idPrefix={FORM}
          labels={{
            code: t('admin.themes.field.code'),
            nameNl: t('admin.themes.field.nameNl'),
            nameEn: t('admin.themes.field.nameEn'),
            teamId: t('admin.themes.field.teamId'),
          }}
        />
        <Field
          form={FORM}
          name="nameNl"
          label={t('admin.themes.field.nameNl')}
          defaultValue={values.nameNl}
          errors={errors('nameNl')}
        />
        <Field
          form={FORM}
          name="nameEn"
          label={t('admin.themes.field.nameEn')}
          defaultValue={values.nameEn}
          errors={errors('nameEn')}
        />
        <Field
          form={FORM}
          name="code"
          label={t('admin.themes.field.code')}
          hint={t('admin.themes.field.code.hint')}
          defaultValue={values.code}
          errors={errors('code')}
          spellCheck={false}
          autoCapitalize="characters"
        />
        <SelectField
          form={FORM}
          name="teamId"
          label={t('admin.themes.field.teamId')}
          hint={t('admin.themes.field.teamId.hint')}
          defaultValue={values.teamId}
          errors={errors('teamId')}
        >
          <option value="">{t('admin.themes.field.teamId.choose')}</option>
          {teams.map((team) => (
            <option key={team.id} value={team.id}>
              {team.name}
            </option>
          ))}
        </SelectField>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('admin.themes.create')}
          </button>
        </div>
      </Form>
    </section>
  );
}
