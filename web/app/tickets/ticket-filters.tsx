// The overview's search (number or keyword), filters (status, category, support type) and sort: a GET
// form, folded away until something narrows the list. The view stays what it is.
import { Form, Link, useLocation } from '@remix-run/react';
import { Field, SelectField } from '../components/field';
import { useI18n } from '../i18n/i18n';
import { useFilterSubmit } from '../lists/use-filter-submit';
import { countText } from '../messages/plural';
import { activeFilters, SORTS, type TicketListParams, ticketListSearch } from './list-params';
import { TICKET_STATUSES } from './ticket-fields';

const FORM = 'filter';

type Option = { id: string; name: string };

export function TicketFilters({
  params,
  categories,
  supportTypes,
}: {
  params: TicketListParams;
  categories: Option[];
  supportTypes: Option[];
}) {
  const { t } = useI18n();
  const { pathname } = useLocation();
  const submit = useFilterSubmit();
  const f = params.filters;
  const active = activeFilters(f);
  const clear = ticketListSearch(params, {
    q: null,
    status: null,
    category: null,
    type: null,
    after: null,
    before: null,
    page: null,
  });
  return (
    <details className="filters" open={active > 0 || params.sort !== 'UPDATED'}>
      <summary>
        <span className="filters-title">{t('tickets.filter.title')}</span>
        {active > 0 ? (
          <span className="filters-count"> {countText(t, 'tickets.filter.active', active)}</span>
        ) : null}
      </summary>
      <Form
        method="get"
        className="filters-form"
        onSubmit={submit}
        role="search"
        aria-label={t('tickets.filter.title')}
      >
        {params.view !== 'OPEN' ? (
          <input type="hidden" name="view" value={params.view.toLowerCase()} />
        ) : null}
        <div className="filters-grid">
          <Field
            form={FORM}
            name="q"
            type="search"
            label={t('tickets.filter.search')}
            hint={t('tickets.filter.search.hint')}
            defaultValue={f.q}
            required={false}
            autoComplete="off"
            spellCheck={false}
          />
          <SelectField form={FORM} name="status" label={t('tickets.col.status')} defaultValue={f.status}>
            <option value="">{t('tickets.filter.all')}</option>
            {TICKET_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`tickets.status.${status}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            form={FORM}
            name="category"
            label={t('tickets.col.category')}
            defaultValue={f.category}
          >
            <option value="">{t('tickets.filter.all')}</option>
            {categories.map((option) => (
              <option key={option.id} value={option.id}>
                {option.name}
              </option>
            ))}
          </SelectField>
          <SelectField form={FORM} name="type" label={t('tickets.col.supportType')} defaultValue={f.type}>
            <option value="">{t('tickets.filter.all')}</option>
            {supportTypes.map((option) => (
              <option key={option.id} value={option.id}>
                {option.name}
              </option>
            ))}
          </SelectField>
          <SelectField
            form={FORM}
            name="sort"
            label={t('tickets.filter.sort')}
            defaultValue={params.sort.toLowerCase()}
          >
            {SORTS.map((sort) => (
              <option key={sort} value={sort.toLowerCase()}>
                {t(`tickets.sort.${sort}`)}
              </option>
            ))}
          </SelectField>
        </div>
        <div className="form-actions">
          <button type="submit" className="button button-primary">
            {t('tickets.filter.submit')}
          </button>
          {active > 0 ? (
            <Link to={`${pathname}${clear}`} preventScrollReset>
              {t('tickets.filter.clear')}
            </Link>
          ) : null}
        </div>
      </Form>
    </details>
  );
}
