// /beheer/tickets/categories/new › a new ticket category (names in Dutch and English, optional order),
// offered on the ticket form at once. Back to the overview with a notice.
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { Form, Link, useActionData, useNavigation } from '@remix-run/react';
import { useRef } from 'react';
import { requireDepartmentAdmin } from '../admin/admin.server';
import { CATEGORY_FORM, CategoryFields, categoryPosition, useCategoryLabels } from '../admin/category-form';
import { ErrorSummary } from '../components/error-summary';
import { flashRedirect } from '../flash.server';
import { fields, parseForm, rejected } from '../forms/form.server';
import { valuesOf } from '../forms/form-result';
import { useFocusFirstError } from '../forms/use-form-errors';
import { CreateTicketCategoryMutation } from '../graphql/ticket-settings.server';
import { useI18n } from '../i18n/i18n';
import { i18nFor } from '../i18n/messages.server';
import { titled } from '../meta';

export const meta = titled('admin.categories.new.title');

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireDepartmentAdmin(request, context);
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const scope = await requireDepartmentAdmin(request, context);
  const i18n = i18nFor(scope.language);
  const form = parseForm(
    await request.formData(),
    { nameNl: fields.required(), nameEn: fields.required(), position: fields.text() },
    i18n,
  );
  if (!form.ok) return rejected(CATEGORY_FORM, form.errors, form.values);
  const position = categoryPosition(form.data.position);
  if (position === undefined)
    return rejected(
      CATEGORY_FORM,
      [{ field: 'position', code: 'INVALID', message: i18n.t('admin.categories.position.invalid') }],
      form.values,
    );
  const { createTicketCategory } = await scope.api(CreateTicketCategoryMutation, {
    input: { nameNl: form.data.nameNl, nameEn: form.data.nameEn, position },
  });
  if (createTicketCategory.errors.length > 0)
    return rejected(CATEGORY_FORM, createTicketCategory.errors, form.values);
  return flashRedirect(context, '/beheer/tickets#categories', { notice: 'admin.categories.added' });
}

export default function NewCategoryPage() {
  const result = useActionData<typeof action>();
  const { t } = useI18n();
  const labels = useCategoryLabels();
  const ref = useRef<HTMLFormElement>(null);
  const busy = useNavigation().state === 'submitting';
  useFocusFirstError(ref, result, CATEGORY_FORM);
  const values = valuesOf(result, CATEGORY_FORM, { nameNl: '', nameEn: '', position: '' });
  return (
    <>
      <h1>{t('admin.categories.new.title')}</h1>
      <p className="lead">{t('admin.categories.new.intro')}</p>
      <Form method="post" ref={ref} noValidate className="form">
        <ErrorSummary
          errors={result?.form === CATEGORY_FORM ? result.errors : []}
          idPrefix={CATEGORY_FORM}
          labels={labels}
        />
        <CategoryFields values={values} result={result} isNew />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('admin.tickets.save')}
          </button>
          <Link to="/beheer/tickets">{t('admin.tickets.cancel')}</Link>
        </div>
      </Form>
    </>
  );
}
