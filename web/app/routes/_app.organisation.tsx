// /organisation (Mijn organisatie): the frame of its tabs — Organisatiegegevens, Contactpersonengegevens
// and, for an ADMIN, Gebruikers and Geschiedenis. Department staff have no organisation of their own:
// told so here.
import type { LinksFunction, LoaderFunctionArgs } from '@remix-run/node';
import { Link, Outlet, useLoaderData } from '@remix-run/react';
import { EmptyState } from '../components/empty-state';
import { useI18n } from '../i18n/i18n';
import { titled } from '../meta';
import organisationCss from '../organisation/organisation.css?url';
import { isAdmin, myOrganisation } from '../organisation/organisation.server';
import { OrganisationTabs } from '../organisation/tabs';
import { requireViewer } from '../session.server';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: organisationCss }];

export const meta = titled('org.title');

export async function loader({ request, context }: LoaderFunctionArgs) {
  const scope = await requireViewer(request, context);
  const organisation = await myOrganisation(scope, context);
  return {
    name: organisation?.name ?? null,
    admin: isAdmin(scope.viewer),
  };
}

export default function OrganisationLayout() {
  const { name, admin } = useLoaderData<typeof loader>();
  const { t } = useI18n();
  if (name === null) {
    return (
      <>
        <h1>{t('org.title')}</h1>
        <EmptyState title={t('org.staff.title')}>
          <p>{t('org.staff.body')}</p>
          <p>
            <Link to="/">{t('error.home')}</Link>
          </p>
        </EmptyState>
      </>
    );
  }
  return (
    <>
      <h1>{t('org.title')}</h1>
      <p className="lead">{t('org.intro', { organisation: name })}</p>
      <OrganisationTabs admin={admin} />
      <div className="tab-panel">
        <Outlet />
      </div>
    </>
  );
}
