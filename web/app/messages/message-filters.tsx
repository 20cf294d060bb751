// The filters of a message list, one per column: reference number, theme, title or text, dates (worded
// as the list's date column), sender, addressee (Verstuurd) or read state (Ontvangen, theme page),
// attachments. A GET form, so it works without JavaScript; with it, empty fields are left out of the
// address. Folded away until a filter is in use; a 'vanaf' after 'tot en met' is pointed out.
import { Form, Link, useLocation } from '@remix-run/react';
import { Field, SelectField } from '../components/field';
import { useI18n } from '../i18n/i18n';
import { useFilterSubmit } from '../lists/use-filter-submit';
import {
  absentFilters,
  activeFilters,
  datesReversed,
  type ListFilters,
  type ListParams,
  listSearch,
} from './list-params';

export interface FilterOptions {
  /** Theme page: the theme is the page's, and In/Uit is offered. */
  themePage?: boolean;
  themes: Array<{ id: string; name: string }>;
}

const FORM = 'filter';

export function MessageFilters({ params, options }: { params: ListParams; options: FilterOptions }) {
  const { t } = useI18n();
  const location = useLocation();
  // The theme page's theme is the page's; its In/Uit is the switch above the list.
  const fixed: Array<keyof ListFilters> = ['theme', 'direction'].filter(
    (key) => options.themePage || key === 'direction',
  ) as Array<keyof ListFilters>;
  const active = activeFilters(params.filters, [
    ...fixed,
    ...absentFilters(params.box, options.themePage === true),
  ]);
  const f = params.filters;
  const sent = params.box === 'sent' && !options.themePage;
  const dates = options.themePage ? 'any' : sent ? 'sent' : 'received';
  const reversed = datesReversed(f);

  const submit = useFilterSubmit();

  const clear = listSearch(
    { ...params, filters: { ...emptyFilters(), direction: options.themePage ? f.direction : '' } },
    { page: null, after: null, before: null },
    { withBox: !options.themePage },
  );

  return (
    <details className="filters" open={active > 0}>
      <summary>
        <span className="filters-title">{t('msg.filter.title')}</span>
        {active > 0 ? (
          <span className="filters-count"> {t('msg.filter.active', { count: active })}</span>
        ) : null}
      </summary>
      <Form
        method="get"
        className="filters-form"
        onSubmit={submit}
        role="search"
        aria-label={t('msg.filter.title')}
      >
        {!options.themePage && params.box === 'sent' ? <input type="hidden" name="box" value="sent" /> : null}
        {options.themePage && f.direction ? (
          <input type="hidden" name="direction" value={f.direction} />
        ) : null}
        <div className="filters-grid">
          <Field
            form={FORM}
            name="ref"
            label={t('msg.col.reference')}
            defaultValue={f.ref}
            required={false}
            spellCheck={false}
            autoComplete="off"
            placeholder="DZ-2026-000123"
          />
          {options.themePage ? null : (
            <SelectField form={FORM} name="theme" label={t('msg.col.theme')} defaultValue={f.theme}>
              <option value="">{t('msg.filter.all')}</option>
              {options.themes.map((theme) => (
                <option key={theme.id} value={theme.id}>
                  {theme.name}
                </option>
              ))}
            </SelectField>
          )}
          <Field
            form={FORM}
            name="q"
            type="search"
            label={t('msg.filter.text')}
            defaultValue={f.q}
            required={false}
            autoComplete="off"
          />
          <Field
            form={FORM}
            name="sender"
            label={t(sent ? 'msg.col.author' : 'msg.col.sender')}
            defaultValue={f.sender}
            required={false}
            autoComplete="off"
          />
          <Field
            form={FORM}
            name="from"
            type="date"
            label={t(`msg.filter.from.${dates}`)}
            defaultValue={f.from}
            required={false}
          />
          <Field
            form={FORM}
            name="to"
            type="date"
            label={t(`msg.filter.to.${dates}`)}
            defaultValue={f.to}
            required={false}
            errors={
              reversed ? [t('msg.filter.datesReversed', { from: t(`msg.filter.from.${dates}`) })] : undefined
            }
          />
          <SelectField
            form={FORM}
            name="attachments"
            label={t('msg.col.attachments')}
            defaultValue={f.attachments}
            required={false}
          >
            <option value="">{t('msg.filter.all')}</option>
            <option value="yes">{t('msg.filter.attachments.yes')}</option>
            <option value="no">{t('msg.filter.attachments.no')}</option>
          </SelectField>
          {sent ? (
            <Field
              form={FORM}
              name="recipient"
              label={t('msg.col.recipient')}
              defaultValue={f.recipient}
              required={false}
              autoComplete="off"
            />
          ) : (
            <SelectField form={FORM} name="status" label={t('msg.col.status')} defaultValue={f.status}>
              <option value="">{t('msg.filter.all')}</option>
              <option value="unread">{t('msg.status.unread')}</option>
              <option value="read">{t('msg.status.read')}</option>
            </SelectField>
          )}
        </div>
        <div className="form-actions">
          <button type="submit" className="button button-primary">
            {t('msg.filter.submit')}
          </button>
          {active > 0 ? (
            <Link to={`${location.pathname}${clear}`} preventScrollReset>
              {t('msg.filter.clear')}
            </Link>
          ) : null}
        </div>
      </Form>
    </details>
  );
}

function emptyFilters(): ListFilters {
  return {
    ref: '',
    theme: '',
    q: '',
    from: '',
    to: '',
    sender: '',
    recipient: '',
    attachments: '',
    status: '',
    direction: '',
  };
}
