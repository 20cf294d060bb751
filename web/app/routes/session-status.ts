// GET /session-status: whether this browser's session is still valid (the live client asks after a
// revocation event). JSON, never cached.
import type { LoaderFunctionArgs } from '@remix-run/node';
import { requestScope } from '../session.server';

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { viewer } = await requestScope(request, context);
  return Response.json({ authenticated: viewer !== null }, { headers: { 'Cache-Control': 'no-store' } });
}
