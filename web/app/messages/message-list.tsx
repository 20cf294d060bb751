// One message list with everything around it: how many messages match, the filters, the table (or what
// to do when it is empty), and 'Vorige' / 'Volgende' with keyset cursors in the address. After paging,
// the focus goes to the list's summary, so keyboard and screen reader users land on the new page.
import { useEffect, useRef } from 'react';
import { EmptyState } from '../components/empty-state';
import { useI18n } from '../i18n/i18n';
import { KeysetPager } from '../lists/keyset-pager';
import type { ListPage } from './list.server';
import {
  absentFilters,
  activeFilters,
  datesReversed,
  type ListParams,
  listSearch,
  PAGE_SIZE,
} from './list-params';
import { type FilterOptions, MessageFilters } from './message-filters';
import { MessageTable, type TableMode } from './message-table';
import { countText } from './plural';

let focusAfterPaging: string | null = null;

export function MessageList({
  id,
  mode,
  params,
  page,
  filterOptions,
  caption,
  empty,
}: {
  id: string;
  mode: TableMode;
  params: ListParams;
  page: ListPage;
  filterOptions: FilterOptions;
  caption: string;
  /** What to say (and offer) when nothing was ever sent or received here. */
  empty: { title: string; body: React.ReactNode };
}) {
  const { t } = useI18n();
  const summary = useRef<HTMLParagraphElement>(null);
  const themePage = filterOptions.themePage === true;
  const filtered =
    activeFilters(params.filters, [
      ...(themePage ? (['theme'] as const) : (['direction'] as const)),
      ...absentFilters(params.box, themePage),
    ]) > 0;
  // (On a theme page In/Uit counts as a filter: "no messages match" rather than "none yet".)
  const first = page.rows[0]?.id;

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when another page of rows is shown
  useEffect(() => {
    if (focusAfterPaging !== id) return;
    focusAfterPaging = null;
    summary.current?.focus();
  }, [first, page.page, id]);

  return (
    <div className="message-list" id={id}>
      <MessageFilters params={params} options={filterOptions} />
      <p className="list-summary" ref={summary} tabIndex={-1} id={`${id}-summary`}>
        {filtered
          ? countText(t, 'msg.list.found', page.total, {}, page.totalCapped)
          : countText(t, 'msg.list.total', page.total, {}, page.totalCapped)}
      </p>
      {page.rows.length > 0 ? (
        <MessageTable rows={page.rows} mode={mode} caption={caption} />
      ) : datesReversed(params.filters) ? (
        <EmptyState title={t('msg.list.datesReversed')}>
          <p>{t('msg.list.datesReversed.body')}</p>
        </EmptyState>
      ) : filtered ? (
        <EmptyState title={t('msg.list.noMatch')}>
          <p>{t('msg.list.noMatch.body')}</p>
        </EmptyState>
      ) : (
        <EmptyState title={empty.title}>{empty.body}</EmptyState>
      )}
      <KeysetPager
        page={page}
        pageSize={PAGE_SIZE}
        label={t('msg.paging.label', { list: caption })}
        search={(changes) => listSearch(params, changes)}
        onPage={() => {
          focusAfterPaging = id;
        }}
      />
    </div>
  );
}
