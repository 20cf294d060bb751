// /organisation/edit › Organisatiegegevens bewerken (ADMIN): phone, email and website. 'Bewaren' saves
// through updateOrganisation; on an error the page stays in edit mode with the input, else it goes back
// to the read-only tab with a notice.
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { useActionData, useLoaderData } from '@remix-run/react';
import { flashRedirect } from '../flash.server';
import { fields, parseForm, rejected } from '../forms/form.server';
import { UpdateOrganisationMutation } from '../graphql/organisation.server';
import { useI18n } from '../i18n/i18n';
import { i18nFor } from '../i18n/messages.server';
import { titled } from '../meta';
import { requireOrganisationAdmin } from '../organisation/organisation.server';
import { ORGANISATION_FORM, OrganisationForm } from '../organisation/organisation-form';

export const meta = titled('org.edit.title');

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { organisation } = await requireOrganisationAdmin(request, context);
  return {
    name: organisation.name,
    externalNumber: organisation.externalNumber ?? null,
    saved: {
      phone: organisation.phone ?? '',
      email: organisation.email ?? '',
      websiteUrl: organisation.websiteUrl ?? '',
    },
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { scope, organisation } = await requireOrganisationAdmin(request, context);
  const form = parseForm(
    await request.formData(),
    { phone: fields.optional(), email: fields.optional(), websiteUrl: fields.optional() },
    i18nFor(scope.language),
  );
  if (!form.ok) return rejected(ORGANISATION_FORM, form.errors, form.values);
  const { updateOrganisation } = await scope.api(UpdateOrganisationMutation, {
    input: { id: organisation.id, ...form.data },
  });
  if (updateOrganisation.errors.length > 0)
    return rejected(ORGANISATION_FORM, updateOrganisation.errors, form.values);
  return flashRedirect(context, '/organisation', { notice: 'organisation.saved' });
}

export default function EditOrganisationPage() {
  const { name, externalNumber, saved } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useI18n();
  return (
    <section aria-labelledby="org-edit-title">
      <h2 id="org-edit-title">{t('org.edit.title')}</h2>
      <p>{t('org.edit.intro')}</p>
      <dl className="details-list details-compact" aria-label={t('org.edit.fixed')}>
        <div className="details-row">
          <dt>{t('org.name')}</dt>
          <dd>{name}</dd>
        </div>
        <div className="details-row">
          <dt>{t('org.externalNumber')}</dt>
          <dd>{externalNumber || <span className="muted">{t('org.notFilled')}</span>}</dd>
        </div>
      </dl>
      <OrganisationForm saved={saved} result={result} />
    </section>
  );
}
