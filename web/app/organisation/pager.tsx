// 'Vorige' / 'Volgende' under a paged list, with "Pagina 2 van 5" (see paging.ts).
import { Link, useLocation } from '@remix-run/react';
import { useI18n } from '../i18n/i18n';
import { PAGE_SIZE, readTrail, trailHref } from './paging';

export function Pager({
  totalCount,
  endCursor,
  hasNextPage,
}: {
  totalCount: number;
  endCursor: string | null | undefined;
  hasNextPage: boolean;
}) {
  const { t } = useI18n();
  const location = useLocation();
  const params = new URLSearchParams(location.search);
  const trail = readTrail(params);
  const pages = Math.max(1, Math.ceil(totalCount / PAGE_SIZE));
  if (pages <= 1 && trail.length === 0) return null;
  const page = trail.length + 1;
  return (
    <nav className="pager" aria-label={t('org.paging')}>
      {trail.length > 0 ? (
        <Link
          className="button button-secondary button-small"
          to={trailHref(location.pathname, params, trail.slice(0, -1))}
        >
          <span aria-hidden="true">←</span> {t('org.previous')}
        </Link>
      ) : null}
      <span className="pager-status">{t('org.pageOf', { page, pages: Math.max(pages, page) })}</span>
      {hasNextPage && endCursor ? (
        <Link
          className="button button-secondary button-small"
          to={trailHref(location.pathname, params, [...trail, endCursor])}
        >
          {t('org.next')} <span aria-hidden="true">→</span>
        </Link>
      ) : null}
    </nav>
  );
}
