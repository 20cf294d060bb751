// Route table: the files under app/routes/ by Remix's flat-routes naming convention.
import { flatRoutes } from '@remix-run/fs-routes';
import type { RouteConfig } from '@remix-run/route-config';

export default flatRoutes() satisfies RouteConfig;
