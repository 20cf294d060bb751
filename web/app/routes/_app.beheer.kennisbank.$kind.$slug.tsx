// /beheer/kennisbank/<artikel|nieuws>/<slug> (DEPARTMENT_ADMIN): write or change an article or news item in
// Dutch and English (Markdown), as a draft or published; 'nieuw' as the slug starts a new one. 'Bewaren'
// saves through saveKnowledgeItem (audited); refused input stays on the page with the errors per field.
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { redirect } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react';
import { useRef } from 'react';
import { requireDepartmentAdmin } from '../admin/admin.server';
import { ErrorSummary } from '../components/error-summary';
import { Field, SelectField, TextareaField } from '../components/field';
import { fields, parseForm, rejected } from '../forms/form.server';
import { errorsOf, type FormResult, valuesOf } from '../forms/form-result';
import { useFocusFirstError } from '../forms/use-form-errors';
import { KbAdminItemQuery, KbSaveItemMutation } from '../graphql/knowledge-base.server';
import { useI18n } from '../i18n/i18n';
import { i18nFor } from '../i18n/messages.server';
import { titled } from '../meta';

export const meta = titled('admin.kb.title');

const FORM = 'kb-item';
const NEW = 'nieuw';

function kindOf(param: string | undefined): 'ARTICLE' | 'NEWS' {
  if (param === 'artikel') return 'ARTICLE';
  if (param === 'nieuws') return 'NEWS';
  throw new Response('Not Found', { status: 404 });
}

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const scope = await requireDepartmentAdmin(request, context);
  const kind = kindOf(params.kind);
  if (params.slug === NEW) return { kind, item: null };
  const data = await scope.api(KbAdminItemQuery, { slug: params.slug ?? '', news: kind === 'NEWS' });
  const item = data.knowledgeArticle ?? data.newsItem;
  if (!item) throw new Response('Not Found', { status: 404 });
  return { kind, item };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const scope = await requireDepartmentAdmin(request, context);
  const kind = kindOf(params.kind);
  const form = parseForm(
    await request.formData(),
    {
      itemId: fields.text(),
      slug: fields.required(),
      status: fields.choice(['DRAFT', 'PUBLISHED']),
      category: fields.text(),
      tags: fields.text(),
      titleNl: fields.required(),
      titleEn: fields.required(),
      bodyNl: fields.body(),
      bodyEn: fields.body(),
    },
    i18nFor(scope.language),
  );
  if (!form.ok) return rejected(FORM, form.errors, form.values);
  const { itemId, tags, ...rest } = form.data;
  const { saveKnowledgeItem } = await scope.api(KbSaveItemMutation, {
    input: {
      ...rest,
      kind,
      itemId: itemId || null,
      tags: tags
        .split(',')
        .map((tag) => tag.trim())
        .filter(Boolean),
    },
  });
  if (saveKnowledgeItem.errors.length > 0) return rejected(FORM, saveKnowledgeItem.errors, form.values);
  return redirect('/beheer/kennisbank?bewaard=1');
}

export default function KnowledgeItemEditor() {
  const { kind, item } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as FormResult | undefined;
  const { t } = useI18n();
  const ref = useRef<HTMLFormElement>(null);
  useFocusFirstError(ref, result, FORM);
  const values = valuesOf(result, FORM, {
    slug: item?.slug ?? '',
    status: item?.status ?? 'DRAFT',
    category: item?.category ?? '',
    tags: item?.tags.join(', ') ?? '',
    titleNl: item?.titleNl ?? '',
    titleEn: item?.titleEn ?? '',
    bodyNl: item?.bodyNl ?? '',
    bodyEn: item?.bodyEn ?? '',
  });
  const labels = {
    slug: t('admin.kb.field.slug'),
    status: t('admin.kb.field.status'),
    category: t('admin.kb.field.category'),
    tags: t('admin.kb.field.tags'),
    titleNl: t('admin.kb.field.titleNl'),
    titleEn: t('admin.kb.field.titleEn'),
    bodyNl: t('admin.kb.field.bodyNl'),
    bodyEn: t('admin.kb.field.bodyEn'),
  };
  const title = item
    ? t('admin.kb.item.edit', { title: item.titleNl })
    : t(kind === 'NEWS' ? 'admin.kb.item.newNews' : 'admin.kb.item.newArticle');
  const text = (name: 'slug' | 'category' | 'tags' | 'titleNl' | 'titleEn', extra: object = {}) => (
    <Field
      form={FORM}
      name={name}
      label={labels[name]}
      defaultValue={values[name]}
      errors={errorsOf(result, FORM, name)}
      {...extra}
    />
  );
  const body = (name: 'bodyNl' | 'bodyEn') => (
    <TextareaField
      form={FORM}
      name={name}
      label={labels[name]}
      hint={t('admin.kb.field.body.hint')}
      rows={12}
      defaultValue={values[name]}
      errors={errorsOf(result, FORM, name)}
    />
  );
  return (
    <>
      <p className="back-link">
        <Link to="/beheer/kennisbank">
          <span aria-hidden="true">← </span>
          {t('admin.kb.title')}
        </Link>
      </p>
      <h1>{title}</h1>
      <Form method="post" noValidate className="form" ref={ref} id={`${FORM}-form`}>
        <ErrorSummary errors={result?.form === FORM ? result.errors : []} idPrefix={FORM} labels={labels} />
        <input type="hidden" name="itemId" value={item?.id ?? ''} />
        {text('titleNl', { maxLength: 200 })}
        {text('titleEn', { maxLength: 200 })}
        {text('slug', { hint: t('admin.kb.field.slug.hint'), maxLength: 120, autoComplete: 'off' })}
        <SelectField
          form={FORM}
          name="status"
          label={labels.status}
          defaultValue={values.status}
          errors={errorsOf(result, FORM, 'status')}
        >
          <option value="DRAFT">{t('admin.kb.status.DRAFT')}</option>
          <option value="PUBLISHED">{t('admin.kb.status.PUBLISHED')}</option>
        </SelectField>
        {text('category', { optional: true, maxLength: 100 })}
        {text('tags', { optional: true, hint: t('admin.kb.field.tags.hint') })}
        {body('bodyNl')}
        {body('bodyEn')}
        <div className="form-actions">
          <button type="submit" className="button">
            {t('admin.kb.save')}
          </button>
          <Link to="/beheer/kennisbank">{t('admin.kb.cancel')}</Link>
        </div>
      </Form>
    </>
  );
}
