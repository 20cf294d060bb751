// /beheer/organisaties/nieuw (DEPARTMENT_ADMIN): a new organisation. Saved: on to its page (to invite its
// first Beheerder) with a notice; refused: the form again with the input and each field's error.
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { Link, useActionData, useLoaderData } from '@remix-run/react';
import { requireDepartmentAdmin } from '../admin/admin.server';
import { ADMIN_ORGANISATION_FORM, AdminOrganisationForm } from '../admin/organisation-form';
import { ORGANISATION_FIELDS } from '../admin/organisations.server';
import { flashRedirect } from '../flash.server';
import { parseForm, rejected } from '../forms/form.server';
import { AdminThemesQuery, CreateOrganisationMutation } from '../graphql/administration.server';
import { useI18n } from '../i18n/i18n';
import { i18nFor } from '../i18n/messages.server';
import { titled } from '../meta';

export const meta = titled('admin.organisations.new');

export async function loader({ request, context }: LoaderFunctionArgs) {
  const scope = await requireDepartmentAdmin(request, context);
  return { themes: (await scope.api(AdminThemesQuery)).themes };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const scope = await requireDepartmentAdmin(request, context);
  const form = parseForm(await request.formData(), ORGANISATION_FIELDS, i18nFor(scope.language));
  if (!form.ok) return rejected(ADMIN_ORGANISATION_FORM, form.errors, form.values);
  const { createOrganisation } = await scope.api(CreateOrganisationMutation, { input: form.data });
  if (!createOrganisation.organisation)
    return rejected(ADMIN_ORGANISATION_FORM, createOrganisation.errors, form.values);
  return flashRedirect(context, `/beheer/organisaties/${createOrganisation.organisation.id}`, {
    notice: 'admin.organisations.created',
  });
}

export default function NewOrganisationPage() {
  const { themes } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useI18n();
  return (
    <section aria-labelledby="new-organisation-title">
      <p className="back-link">
        <Link to="/beheer/organisaties">
          <span aria-hidden="true">←</span> {t('admin.organisations.back')}
        </Link>
      </p>
      <h1 id="new-organisation-title">{t('admin.organisations.new')}</h1>
      <p>{t('admin.organisations.new.intro')}</p>
      <AdminOrganisationForm
        themes={themes}
        saved={{
          name: '',
          enterpriseNumber: '',
          recognitionNumber: '',
          phone: '',
          email: '',
          websiteUrl: '',
          themeIds: '',
        }}
        result={result}
        submit={t('admin.organisations.create')}
      />
    </section>
  );
}
