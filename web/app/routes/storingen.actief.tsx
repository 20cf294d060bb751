// /storingen/actief: the open outages as JSON, for the banner of pages without a live connection
// (anonymous visitors ask every minute; logged-in pages after a dropped connection).
import type { LoaderFunctionArgs } from '@remix-run/node';
import { KbOpenOutagesQuery } from '../graphql/knowledge-base.server';
import { requestScope } from '../session.server';

export async function loader({ request, context }: LoaderFunctionArgs) {
  const scope = await requestScope(request, context);
  const { openOutages } = await scope.api(KbOpenOutagesQuery);
  return Response.json({ outages: openOutages }, { headers: { 'cache-control': 'no-store' } });
}
