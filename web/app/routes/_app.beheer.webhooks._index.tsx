// /beheer/webhooks (DEPARTMENT_ADMIN): the department's webhook endpoints, 20 a page, with their event
// types and status; 'Nieuw eindpunt' registers one (decision 0037).
import { data, type LinksFunction, type LoaderFunctionArgs } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { requireDepartmentAdmin } from '../admin/admin.server';
import { takeFlash } from '../flash.server';
import { useI18n } from '../i18n/i18n';
import { titled } from '../meta';
import organisationCss from '../organisation/organisation.css?url';
import { useFlashed } from '../use-flashed';
import { EndpointsPage } from '../webhooks/webhook-pages';
import webhooksCss from '../webhooks/webhooks.css?url';
import { loadEndpoints } from '../webhooks/webhooks.server';

// The forms' checkboxes and the pager are styled with Mijn organisatie's, where the same pages live too.
export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: organisationCss },
  { rel: 'stylesheet', href: webhooksCss },
];

export const meta = titled('admin.webhooks.title');

export async function loader({ request, context }: LoaderFunctionArgs) {
  const scope = await requireDepartmentAdmin(request, context);
  const page = await loadEndpoints(scope, request);
  const { flash, headers } = takeFlash(request, context);
  return data({ ...page, deleted: flash?.notice === 'webhooks.deleted' }, { headers });
}

export default function AdminWebhooksPage() {
  const { deleted, ...page } = useLoaderData<typeof loader>();
  const { t } = useI18n();
  const notice = useFlashed(deleted ? 'webhooks.deleted' : null);
  return (
    <>
      <div className="section-head">
        <h1>{t('admin.webhooks.title')}</h1>
        <Link to="/beheer/webhooks/nieuw" className="button button-primary">
          <span aria-hidden="true">+</span> {t('webhooks.new')}
        </Link>
      </div>
      <p>{t('admin.webhooks.intro')}</p>
      <EndpointsPage
        base="/beheer/webhooks"
        newPath="/beheer/webhooks/nieuw"
        {...page}
        notice={notice ? t('webhooks.deleted') : null}
      />
    </>
  );
}
