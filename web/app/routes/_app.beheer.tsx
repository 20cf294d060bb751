// The frame of the administration (/beheer, issue 16): the staff stylesheet and a side navigation of the
// sections in admin/sections.ts. Only a DEPARTMENT_ADMIN gets in; each page's loader checks it again.
import type { LinksFunction, LoaderFunctionArgs } from '@remix-run/node';
import { NavLink, Outlet } from '@remix-run/react';
import { requireDepartmentAdmin } from '../admin/admin.server';
import { ADMIN_SECTIONS } from '../admin/sections';
import { useI18n } from '../i18n/i18n';
import staffCss from '../staff/staff.css?url';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: staffCss }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireDepartmentAdmin(request, context);
  return null;
}

export default function AdminLayout() {
  const { t } = useI18n();
  return (
    <div className="admin-layout">
      <nav className="admin-nav" aria-label={t('admin.nav.label')}>
        <ul>
          <li>
            <NavLink to="/beheer" end>
              {t('admin.overview')}
            </NavLink>
          </li>
          {ADMIN_SECTIONS.map((section) => (
            <li key={section.to}>
              <NavLink to={section.to}>{t(section.title)}</NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <div className="admin-content">
        <Outlet />
      </div>
    </div>
  );
}
