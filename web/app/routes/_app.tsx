// Layout of the pages for logged-in users: header with the organisation's name, user menu and main
// navigation; the live connection's status; and the end of the page when the session is revoked.
import type { LoaderFunctionArgs } from '@remix-run/node';
import { Outlet, useLoaderData, useRouteError, useRouteLoaderData } from '@remix-run/react';
import { ErrorPage } from '../components/error-page';
import { headerUser } from '../components/header-user.server';
import { Shell } from '../components/shell';
import { LiveStatus } from '../live/live-status';
import { SessionWatcher } from '../live/session-watcher';
import { requireViewer } from '../session.server';

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { viewer } = await requireViewer(request, context);
  return { user: headerUser(viewer) };
}

export default function AppLayout() {
  const { user } = useLoaderData<typeof loader>();
  return (
    <Shell user={user}>
      <SessionWatcher />
      <LiveStatus />
      <Outlet />
    </Shell>
  );
}

export function ErrorBoundary() {
  const data = useRouteLoaderData<typeof loader>('routes/_app');
  return (
    <Shell user={data?.user}>
      <ErrorPage error={useRouteError()} />
    </Shell>
  );
}
