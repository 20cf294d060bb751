// /beheer: the administration's overview, one entry per section (admin/sections.ts).
import type { LoaderFunctionArgs } from '@remix-run/node';
import { Link } from '@remix-run/react';
import { requireDepartmentAdmin } from '../admin/admin.server';
import { ADMIN_SECTIONS } from '../admin/sections';
import { useI18n } from '../i18n/i18n';
import { titled } from '../meta';

export const meta = titled('admin.title');

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireDepartmentAdmin(request, context);
  return null;
}

export default function AdminOverview() {
  const { t } = useI18n();
  return (
    <>
      <h1>{t('admin.title')}</h1>
      <p>{t('admin.intro')}</p>
      <ul className="admin-sections">
        {ADMIN_SECTIONS.map((section) => (
          <li key={section.to}>
            <h2>
              <Link to={section.to}>{t(section.title)}</Link>
            </h2>
            <p>{t(section.description)}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
