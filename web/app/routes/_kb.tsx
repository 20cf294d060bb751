// Layout of the public knowledge base (/kennisbank, /storingen, /nieuws; 003 §2 'voor iedereen vrij
// toegankelijk'): anyone may read it, and a logged-in visitor keeps the header with the user menu and
// navigation of the rest of the site.
import type { LinksFunction, LoaderFunctionArgs } from '@remix-run/node';
import { Outlet, useLoaderData, useRouteError, useRouteLoaderData } from '@remix-run/react';
import { ErrorPage } from '../components/error-page';
import { headerUser } from '../components/header-user.server';
import { Shell } from '../components/shell';
import knowledgeBaseCss from '../knowledge-base/knowledge-base.css?url';
import { requestScope } from '../session.server';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: knowledgeBaseCss }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { viewer } = await requestScope(request, context);
  return { user: viewer ? headerUser(viewer) : null };
}

export default function KnowledgeBaseLayout() {
  const { user } = useLoaderData<typeof loader>();
  return (
    <Shell user={user ?? undefined}>
      <Outlet />
    </Shell>
  );
}

export function ErrorBoundary() {
  const data = useRouteLoaderData<typeof loader>('routes/_kb');
  return (
    <Shell user={data?.user ?? undefined}>
      <ErrorPage error={useRouteError()} />
    </Shell>
  );
}
