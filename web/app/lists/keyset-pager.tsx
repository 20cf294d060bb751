// 'Vorige' / 'Volgende' under a keyset-paged list (see keyset-page.server.ts), with "Pagina 2 van 5":
// plain links carrying the cursors in the address, so they work without JavaScript and can be shared.
import { Link, useLocation } from '@remix-run/react';
import { useI18n } from '../i18n/i18n';
import type { KeysetPage } from './keyset';

type Changes = { after: string | null; before: string | null; page: string | null };

export function KeysetPager({
  page,
  pageSize,
  label,
  search,
  onPage,
}: {
  page: Omit<KeysetPage<unknown>, 'rows'>;
  pageSize: number;
  label: string;
  /** The query string of the list with these cursors (the filters kept). */
  search: (changes: Changes) => string;
  /** Called when a link is followed (e.g. to move the focus to the new page). */
  onPage?: () => void;
}) {
  const { t } = useI18n();
  const { pathname } = useLocation();
  const pages = Math.max(1, Math.ceil(page.total / pageSize), page.page);
  if (!page.hasNext && !page.hasPrevious) return null;
  const previous =
    page.page <= 2
      ? search({ after: null, before: null, page: null })
      : search({ after: null, before: page.startCursor, page: String(page.page - 1) });
  const next = search({ before: null, after: page.endCursor, page: String(page.page + 1) });
  return (
    <nav className="pager" aria-label={label}>
      {page.hasPrevious ? (
        <Link
          to={`${pathname}${previous}`}
          rel="prev"
          className="button button-secondary button-small"
          preventScrollReset
          onClick={onPage}
        >
          <span aria-hidden="true">←</span> {t('msg.paging.previous')}
        </Link>
      ) : null}
      <span className="pager-status">
        {t('msg.paging.pageOf', { page: page.page, pages: page.totalCapped ? `${pages}+` : pages })}
      </span>
      {page.hasNext && page.endCursor ? (
        <Link
          to={`${pathname}${next}`}
          rel="next"
          className="button button-secondary button-small"
          preventScrollReset
          onClick={onPage}
        >
          {t('msg.paging.next')} <span aria-hidden="true">→</span>
        </Link>
      ) : null}
    </nav>
  );
}
