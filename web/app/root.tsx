// The document: <html lang> in the chosen language, the dictionary for that language (sent by the
// loader, so the bundle carries no texts), the stylesheet, and the error page of last resort.
import type { LinksFunction, LoaderFunctionArgs } from '@remix-run/node';
import {
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  type ShouldRevalidateFunction,
  useRouteError,
  useRouteLoaderData,
} from '@remix-run/react';
import type { ReactNode } from 'react';
import { ErrorPage } from './components/error-page';
import { Shell } from './components/shell';
import { KbOpenOutagesQuery } from './graphql/knowledge-base.server';
import { I18nProvider } from './i18n/i18n';
import { languageTag } from './i18n/language';
import { messagesFor } from './i18n/messages.server';
import { rootMeta } from './meta';
import { useNonce } from './nonce';
import { useRouteFocus } from './route-focus';
import { anonymousLanguage, requestScope } from './session.server';
import appCss from './styles/app.css?url';

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: appCss },
  { rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' },
];

export const meta = rootMeta;

export async function loader({ request, context }: LoaderFunctionArgs) {
  // When the API cannot say who is asking, the page still speaks the visitor's language; the route's own
  // loader then fails and its error page explains, inside the site's frame.
  const scope = await requestScope(request, context).catch(() => null);
  const language = scope?.language ?? anonymousLanguage(request);
  // The outage banner of every page (knowledge-base/outage-banner.tsx); a page without it still works.
  const outages = scope
    ? await scope.api(KbOpenOutagesQuery).then(
        (answer) => answer.openOutages,
        () => [],
      )
    : [];
  return { language, messages: messagesFor(language), outages };
}

/** The language changes only through a form (switch, login, logout, profile): skip it on navigations. */
export const shouldRevalidate: ShouldRevalidateFunction = ({ formMethod, defaultShouldRevalidate }) =>
  formMethod ? defaultShouldRevalidate : false;

export function Layout({ children }: { children: ReactNode }) {
  const data = useRouteLoaderData<typeof loader>('root');
  const nonce = useNonce();
  const body = data ? (
    <I18nProvider language={data.language} messages={data.messages}>
      {children}
    </I18nProvider>
  ) : (
    children
  );
  return (
    <html lang={data ? languageTag(data.language) : 'nl-BE'}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light" />
        <Meta />
        <Links />
      </head>
      <body>
        {body}
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  useRouteFocus();
  return <Outlet />;
}

/** Reached only when the root itself fails: no dictionary, so both languages. */
function BareError() {
  return (
    <main className="container page-narrow" id="main">
      <h1>Er ging iets mis</h1>
      <p>Het e-loket is tijdelijk niet beschikbaar. Probeer het over enkele minuten opnieuw.</p>
      <h2 lang="en">Something went wrong</h2>
      <p lang="en">The e-loket is temporarily unavailable. Please try again in a few minutes.</p>
    </main>
  );
}

export function ErrorBoundary() {
  const error = useRouteError();
  const data = useRouteLoaderData<typeof loader>('root');
  if (!data) return <BareError />;
  return (
    <Shell>
      <ErrorPage error={error} />
    </Shell>
  );
}
