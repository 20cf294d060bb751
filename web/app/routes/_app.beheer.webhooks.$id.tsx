// /beheer/webhooks/:id (DEPARTMENT_ADMIN): one endpoint of the department — its status (switch off or on),
// its delivery log (paged) with replay, its settings, a new signing secret, and deletion after confirming.
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs } from '@remix-run/node';
import { useActionData, useLoaderData } from '@remix-run/react';
import { requireDepartmentAdmin } from '../admin/admin.server';
import { useI18n } from '../i18n/i18n';
import { titled } from '../meta';
import organisationCss from '../organisation/organisation.css?url';
import { EndpointPage } from '../webhooks/webhook-pages';
import webhooksCss from '../webhooks/webhooks.css?url';
import { endpointAction, loadEndpoint } from '../webhooks/webhooks.server';

// The forms' checkboxes and the pager are styled with Mijn organisatie's, where the same pages live too.
export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: organisationCss },
  { rel: 'stylesheet', href: webhooksCss },
];

export const meta = titled('admin.webhooks.title');

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const scope = await requireDepartmentAdmin(request, context);
  return loadEndpoint(scope, request, params.id ?? '');
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const scope = await requireDepartmentAdmin(request, context);
  return endpointAction(scope, context, request, params.id ?? '', '/beheer/webhooks');
}

export default function AdminWebhookPage() {
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useI18n();
  return (
    <>
      <h1>{t('admin.webhooks.title')}</h1>
      <EndpointPage base="/beheer/webhooks" {...page} result={result} />
    </>
  );
}
