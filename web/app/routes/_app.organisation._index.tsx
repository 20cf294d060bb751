// /organisation › Organisatiegegevens: the organisation's data, read-only; an ADMIN gets 'Bewerken'
// (/organisation/edit). After a save the edit page comes back here with a notice (flash).
import { data, type LoaderFunctionArgs } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { Notice } from '../components/notice';
import { takeFlash } from '../flash.server';
import { useI18n } from '../i18n/i18n';
import { titled } from '../meta';
import { isAdmin, myOrganisation } from '../organisation/organisation.server';
import { OrganisationDetails } from '../organisation/organisation-details';
import { requireViewer } from '../session.server';
import { useFlashed } from '../use-flashed';

export const meta = titled('org.data.tab');

export async function loader({ request, context }: LoaderFunctionArgs) {
  const scope = await requireViewer(request, context);
  // Staff have no organisation: the layout says so and shows no tab.
  const organisation = await myOrganisation(scope, context);
  const { flash, headers } = takeFlash(request, context);
  const saved = flash?.notice === 'organisation.saved';
  return data({ organisation, admin: isAdmin(scope.viewer), saved }, { headers });
}

export default function OrganisationDataPage() {
  const data = useLoaderData<typeof loader>();
  const { organisation, admin } = data;
  const saved = useFlashed(data.saved || null);
  const { t, dateTime } = useI18n();
  if (!organisation) return null;
  return (
    <section aria-labelledby="org-data-title">
      <div className="section-head">
        <h2 id="org-data-title">{t('org.data.tab')}</h2>
        {admin ? (
          <Link to="/organisation/edit" className="button button-secondary">
            {t('org.edit')}
          </Link>
        ) : null}
      </div>
      {saved ? (
        <Notice kind="success">
          <p>{t('org.saved')}</p>
        </Notice>
      ) : null}
      <p>{t('org.data.intro')}</p>
      <OrganisationDetails organisation={organisation} />
      <p className="muted">
        <span suppressHydrationWarning>{t('org.updatedAt', { date: dateTime(organisation.updatedAt) })}</span>
      </p>
      {admin ? null : <p className="muted">{t('org.readOnly')}</p>}
    </section>
  );
}
