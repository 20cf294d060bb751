// /organisation/webhooks › Webhooks (ADMIN): the organisation's own webhook endpoints, told of its own
// organisation's events only (decision 0037), 20 a page; 'Nieuw eindpunt' registers one.
import { data, type LinksFunction, type LoaderFunctionArgs } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { takeFlash } from '../flash.server';
import { useI18n } from '../i18n/i18n';
import { titled } from '../meta';
import { requireOrganisationAdmin } from '../organisation/organisation.server';
import { useFlashed } from '../use-flashed';
import { EndpointsPage } from '../webhooks/webhook-pages';
import webhooksCss from '../webhooks/webhooks.css?url';
import { loadEndpoints } from '../webhooks/webhooks.server';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: webhooksCss }];

export const meta = titled('webhooks.tab');

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { scope } = await requireOrganisationAdmin(request, context);
  const page = await loadEndpoints(scope, request);
  const { flash, headers } = takeFlash(request, context);
  return data({ ...page, deleted: flash?.notice === 'webhooks.deleted' }, { headers });
}

export default function OrganisationWebhooksPage() {
  const { deleted, ...page } = useLoaderData<typeof loader>();
  const { t } = useI18n();
  const notice = useFlashed(deleted ? 'webhooks.deleted' : null);
  return (
    <section aria-labelledby="webhooks-title">
      <div className="section-head">
        <h2 id="webhooks-title">{t('webhooks.tab')}</h2>
        <Link to="/organisation/webhooks/new" className="button button-primary">
          <span aria-hidden="true">+</span> {t('webhooks.new')}
        </Link>
      </div>
      <p>{t('webhooks.org.intro')}</p>
      <EndpointsPage
        base="/organisation/webhooks"
        newPath="/organisation/webhooks/new"
        {...page}
        notice={notice ? t('webhooks.deleted') : null}
      />
    </section>
  );
}
