// /organisation/webhooks/:id (ADMIN): one endpoint of the organisation — status, delivery log with replay,
// settings, a new signing secret, deletion after confirming. Another organisation's endpoint is a 404.
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs } from '@remix-run/node';
import { useActionData, useLoaderData } from '@remix-run/react';
import { titled } from '../meta';
import { requireOrganisationAdmin } from '../organisation/organisation.server';
import { EndpointPage } from '../webhooks/webhook-pages';
import webhooksCss from '../webhooks/webhooks.css?url';
import { endpointAction, loadEndpoint } from '../webhooks/webhooks.server';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: webhooksCss }];

export const meta = titled('webhooks.tab');

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { scope } = await requireOrganisationAdmin(request, context);
  return loadEndpoint(scope, request, params.id ?? '');
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { scope } = await requireOrganisationAdmin(request, context);
  return endpointAction(scope, context, request, params.id ?? '', '/organisation/webhooks');
}

export default function OrganisationWebhookPage() {
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return <EndpointPage base="/organisation/webhooks" {...page} result={result} />;
}
