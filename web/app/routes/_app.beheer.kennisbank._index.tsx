// /beheer/kennisbank (DEPARTMENT_ADMIN, issue 16): the articles and news, drafts included, each to edit;
// reporting an outage (it shows at once as a banner on every page) and following open ones up to
// 'resolved'. Every change is audited by the API.
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs } from '@remix-run/node';
import { redirect } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useSearchParams } from '@remix-run/react';
import { useRef } from 'react';
import { requireDepartmentAdmin } from '../admin/admin.server';
import { EmptyState } from '../components/empty-state';
import { ErrorSummary } from '../components/error-summary';
import { Field, SelectField, TextareaField } from '../components/field';
import { Notice } from '../components/notice';
import { errorsOf, type FormResult, valuesOf } from '../forms/form-result';
import { useFocusFirstError } from '../forms/use-form-errors';
import {
  KbAdminArticlesQuery,
  KbAdminNewsQuery,
  KbAdminOutagesQuery,
} from '../graphql/knowledge-base.server';
import { useI18n } from '../i18n/i18n';
import { openOutageAction, updateOutageAction } from '../knowledge-base/admin.server';
import { OPEN_OUTAGE_FORM, updateOutageForm } from '../knowledge-base/admin-forms';
import knowledgeBaseCss from '../knowledge-base/knowledge-base.css?url';
import { type KeysetPage, readCursors } from '../lists/keyset';
import { loadKeysetPage } from '../lists/keyset-page.server';
import { KeysetPager } from '../lists/keyset-pager';
import { titled } from '../meta';
import { idParam } from '../query-params';

export const meta = titled('admin.kb.title');

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: knowledgeBaseCss }];

const PAGE_SIZE = 20;

/**
 * The three lists page on their own: each keeps its cursors under its own prefix in the address
 * (`artikels-after`, `nieuws-before`, `storingen-page`), so paging one leaves the others where they are.
 */
const LISTS = { articles: 'artikels', news: 'nieuws', outages: 'storingen' } as const;
type ListName = keyof typeof LISTS;

export async function loader({ request, context }: LoaderFunctionArgs) {
  const scope = await requireDepartmentAdmin(request, context);
  const params = new URL(request.url).searchParams;
  const cursorsOf = (list: ListName) => readCursors((name) => params.get(`${LISTS[list]}-${name}`) ?? '');
  const [articles, news, outages] = await Promise.all([
    loadKeysetPage(
      (paging) => scope.api(KbAdminArticlesQuery, paging),
      (data) => data.knowledgeArticles,
      cursorsOf('articles'),
      PAGE_SIZE,
    ),
    loadKeysetPage(
      (paging) => scope.api(KbAdminNewsQuery, paging),
      (data) => data.newsItems,
      cursorsOf('news'),
      PAGE_SIZE,
    ),
    loadKeysetPage(
      (paging) => scope.api(KbAdminOutagesQuery, paging),
      (data) => data.outages,
      cursorsOf('outages'),
      PAGE_SIZE,
    ),
  ]);
  return { articles: articles.page, news: news.page, outages: outages.page };
}

/** The pager of one list: its own cursors change, the other lists' stay in the address. */
function ListPager({
  list,
  page,
  label,
}: {
  list: ListName;
  page: Omit<KeysetPage<unknown>, 'rows'>;
  label: string;
}) {
  const [params] = useSearchParams();
  const search = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const notice of ['gemeld', 'bijgewerkt', 'bewaard']) next.delete(notice);
    for (const [name, value] of Object.entries(changes)) {
      const key = `${LISTS[list]}-${name}`;
      if (value) next.set(key, value);
      else next.delete(key);
    }
    const text = next.toString();
    return text ? `?${text}` : '';
  };
  return <KeysetPager page={page} pageSize={PAGE_SIZE} label={label} search={search} />;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const scope = await requireDepartmentAdmin(request, context);
  const formData = await request.formData();
  const form = formData.get('form');
  if (form === OPEN_OUTAGE_FORM)
    return (await openOutageAction(scope, formData)) ?? redirect('/beheer/kennisbank?gemeld=1');
  const outageId = idParam(String(formData.get('outageId') ?? ''));
  if (!outageId) throw new Response('Bad Request', { status: 400 });
  return (await updateOutageAction(scope, formData, outageId)) ?? redirect('/beheer/kennisbank?bijgewerkt=1');
}

type Item = { id: string; slug: string; title: string; status: 'DRAFT' | 'PUBLISHED'; updatedAt: string };

function ItemTable({ items, kind, caption }: { items: Item[]; kind: 'artikel' | 'nieuws'; caption: string }) {
  const { t, dateTime } = useI18n();
  if (items.length === 0) return <EmptyState title={t('admin.kb.empty')} />;
  return (
    <table className="table table-cards">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('admin.kb.col.title')}</th>
          <th scope="col">{t('admin.kb.col.status')}</th>
          <th scope="col">{t('admin.kb.col.updated')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('admin.kb.col.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.id}>
            <th scope="row" data-label={t('admin.kb.col.title')}>
              {item.title}
            </th>
            <td data-label={t('admin.kb.col.status')}>{t(`admin.kb.status.${item.status}`)}</td>
            <td data-label={t('admin.kb.col.updated')}>{dateTime(item.updatedAt)}</td>
            <td>
              <Link
                to={`/beheer/kennisbank/${kind}/${item.slug}`}
                aria-label={t('admin.kb.edit.label', { title: item.title })}
              >
                {t('admin.kb.edit')}
              </Link>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export default function KnowledgeBaseAdminPage() {
  const { articles, news, outages } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as FormResult | undefined;
  const [params] = useSearchParams();
  const { t, dateTime } = useI18n();
  const openRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(openRef, result, OPEN_OUTAGE_FORM);
  const openValues = valuesOf(result, OPEN_OUTAGE_FORM);
  const notice = params.get('gemeld')
    ? t('admin.kb.outage.opened')
    : params.get('bijgewerkt')
      ? t('admin.kb.outage.updated')
      : params.get('bewaard')
        ? t('admin.kb.saved')
        : null;
  const openLabels = {
    titleNl: t('admin.kb.field.titleNl'),
    titleEn: t('admin.kb.field.titleEn'),
    service: t('admin.kb.outage.service'),
    messageNl: t('admin.kb.outage.messageNl'),
    messageEn: t('admin.kb.outage.messageEn'),
  };
  return (
    <>
      <h1>{t('admin.kb.title')}</h1>
      {notice ? (
        <Notice kind="success">
          <p>{notice}</p>
        </Notice>
      ) : null}
      <section aria-labelledby="kb-admin-articles">
        <h2 id="kb-admin-articles">{t('admin.kb.articles')}</h2>
        <p>
          <Link to="/beheer/kennisbank/artikel/nieuw" className="button button-secondary">
            {t('admin.kb.newArticle')}
          </Link>
        </p>
        <ItemTable items={articles.rows} kind="artikel" caption={t('admin.kb.articles')} />
        <ListPager list="articles" page={articles} label={t('admin.kb.articles.paging')} />
      </section>
      <section aria-labelledby="kb-admin-news">
        <h2 id="kb-admin-news">{t('admin.kb.news')}</h2>
        <p>
          <Link to="/beheer/kennisbank/nieuws/nieuw" className="button button-secondary">
            {t('admin.kb.newNews')}
          </Link>
        </p>
        <ItemTable items={news.rows} kind="nieuws" caption={t('admin.kb.news')} />
        <ListPager list="news" page={news} label={t('admin.kb.news.paging')} />
      </section>
      <section aria-labelledby="kb-admin-outages">
        <h2 id="kb-admin-outages">{t('admin.kb.outages')}</h2>
        {outages.rows.length === 0 ? <EmptyState title={t('admin.kb.outages.none')} /> : null}
        {outages.rows.map((outage) => {
          const formName = updateOutageForm(outage.id);
          const values = valuesOf(result, formName, { status: 'RESOLVED' });
          return (
            <div
              key={outage.id}
              className={`kb-outage${outage.status === 'RESOLVED' ? ' kb-outage-resolved' : ''}`}
            >
              <h3>{outage.title}</h3>
              <p>
                <span className="kb-status">{t(`kb.status.${outage.status}`)}</span> ·{' '}
                {t('kb.outages.service', { service: outage.service })} ·{' '}
                {t('kb.outages.period', { start: dateTime(outage.startedAt) })}
              </p>
              {outage.status === 'RESOLVED' ? null : (
                <Form
                  method="post"
                  noValidate
                  className="form"
                  aria-label={t('admin.kb.outage.updateTitle', { title: outage.title })}
                >
                  <input type="hidden" name="form" value={formName} />
                  <input type="hidden" name="outageId" value={outage.id} />
                  <SelectField
                    form={formName}
                    name="status"
                    label={t('admin.kb.outage.status')}
                    defaultValue={values.status}
                    errors={errorsOf(result, formName, 'status')}
                  >
                    {(['INVESTIGATING', 'IDENTIFIED', 'RESOLVED'] as const).map((status) => (
                      <option key={status} value={status}>
                        {t(`kb.status.${status}`)}
                      </option>
                    ))}
                  </SelectField>
                  <TextareaField
                    form={formName}
                    name="messageNl"
                    label={t('admin.kb.outage.messageNl')}
                    rows={2}
                    defaultValue={values.messageNl}
                    errors={errorsOf(result, formName, 'messageNl')}
                  />
                  <TextareaField
                    form={formName}
                    name="messageEn"
                    label={t('admin.kb.outage.messageEn')}
                    rows={2}
                    defaultValue={values.messageEn}
                    errors={errorsOf(result, formName, 'messageEn')}
                  />
                  <button type="submit" className="button">
                    {t('admin.kb.outage.update')}
                  </button>
                </Form>
              )}
            </div>
          );
        })}
        <ListPager list="outages" page={outages} label={t('admin.kb.outages.paging')} />
        <h3>{t('admin.kb.outage.open')}</h3>
        <p>{t('admin.kb.outage.open.intro')}</p>
        <Form method="post" noValidate className="form" ref={openRef} id={`${OPEN_OUTAGE_FORM}-form`}>
          <ErrorSummary
            errors={result?.form === OPEN_OUTAGE_FORM ? result.errors : []}
            idPrefix={OPEN_OUTAGE_FORM}
            labels={openLabels}
          />
          <input type="hidden" name="form" value={OPEN_OUTAGE_FORM} />
          {(['titleNl', 'titleEn', 'service'] as const).map((name) => (
            <Field
              key={name}
              form={OPEN_OUTAGE_FORM}
              name={name}
              label={openLabels[name]}
              defaultValue={openValues[name]}
              errors={errorsOf(result, OPEN_OUTAGE_FORM, name)}
              maxLength={name === 'service' ? 100 : 200}
            />
          ))}
          {(['messageNl', 'messageEn'] as const).map((name) => (
            <TextareaField
              key={name}
              form={OPEN_OUTAGE_FORM}
              name={name}
              label={openLabels[name]}
              rows={3}
              defaultValue={openValues[name]}
              errors={errorsOf(result, OPEN_OUTAGE_FORM, name)}
            />
          ))}
          <button type="submit" className="button">
            {t('admin.kb.outage.open')}
          </button>
        </Form>
      </section>
    </>
  );
}
