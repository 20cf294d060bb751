// /organisation/webhooks/new (ADMIN): a new endpoint of the organisation, for its own events only.
// Refused: the form again with the input and each field's error; created: its secret, shown once.
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs } from '@remix-run/node';
import { Link, useActionData, useLoaderData } from '@remix-run/react';
import { useI18n } from '../i18n/i18n';
import { titled } from '../meta';
import { requireOrganisationAdmin } from '../organisation/organisation.server';
import { NewEndpointPage } from '../webhooks/webhook-pages';
import webhooksCss from '../webhooks/webhooks.css?url';
import { createEndpoint, loadEventTypes } from '../webhooks/webhooks.server';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: webhooksCss }];

export const meta = titled('webhooks.new');

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { scope } = await requireOrganisationAdmin(request, context);
  return { eventTypes: await loadEventTypes(scope) };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { scope } = await requireOrganisationAdmin(request, context);
  return createEndpoint(scope, request);
}

export default function NewOrganisationWebhookPage() {
  const { eventTypes } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useI18n();
  return (
    <>
      <p className="back-link">
        <Link to="/organisation/webhooks">
          <span aria-hidden="true">←</span> {t('webhooks.back')}
        </Link>
      </p>
      <NewEndpointPage base="/organisation/webhooks" eventTypes={eventTypes} result={result} />
    </>
  );
}
