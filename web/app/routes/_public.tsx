// Layout of the pages for people who are not logged in: login, forgotten password, reset, invitation.
import { Outlet, useRouteError } from '@remix-run/react';
import { ErrorPage } from '../components/error-page';
import { Shell } from '../components/shell';

export default function PublicLayout() {
  return (
    <Shell>
      <div className="page-narrow">
        <Outlet />
      </div>
    </Shell>
  );
}

export function ErrorBoundary() {
  return (
    <Shell>
      <ErrorPage error={useRouteError()} />
    </Shell>
  );
}
