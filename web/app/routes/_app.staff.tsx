// The frame of the department staff's pages (/staff...): their stylesheet. Each page's loader lets only
// staff in (requireStaff).
import type { LinksFunction } from '@remix-run/node';
import { Outlet } from '@remix-run/react';
import staffCss from '../staff/staff.css?url';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: staffCss }];

export default function StaffLayout() {
  return <Outlet />;
}
