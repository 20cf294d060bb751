// /beheer/webhooks/nieuw (DEPARTMENT_ADMIN): a new endpoint of the department. Refused: the form again
// with the input and each field's error (an internal address too); created: its secret, shown once.
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs } from '@remix-run/node';
import { Link, useActionData, useLoaderData } from '@remix-run/react';
import { requireDepartmentAdmin } from '../admin/admin.server';
import { useI18n } from '../i18n/i18n';
import { titled } from '../meta';
import organisationCss from '../organisation/organisation.css?url';
import { NewEndpointPage } from '../webhooks/webhook-pages';
import webhooksCss from '../webhooks/webhooks.css?url';
import { createEndpoint, loadEventTypes } from '../webhooks/webhooks.server';

// The forms' checkboxes and the pager are styled with Mijn organisatie's, where the same pages live too.
export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: organisationCss },
  { rel: 'stylesheet', href: webhooksCss },
];

export const meta = titled('webhooks.new');

export async function loader({ request, context }: LoaderFunctionArgs) {
  const scope = await requireDepartmentAdmin(request, context);
  return { eventTypes: await loadEventTypes(scope) };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const scope = await requireDepartmentAdmin(request, context);
  return createEndpoint(scope, request);
}

export default function NewAdminWebhookPage() {
  const { eventTypes } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useI18n();
  return (
    <>
      <p className="back-link">
        <Link to="/beheer/webhooks">
          <span aria-hidden="true">←</span> {t('webhooks.back')}
        </Link>
      </p>
      <h1>{t('admin.webhooks.title')}</h1>
      <NewEndpointPage base="/beheer/webhooks" eventTypes={eventTypes} result={result} />
    </>
  );
}
