// /beheer/tickets/categories/:id › a ticket category's names, order and whether it is offered on new
// tickets (inactive: tickets that have it keep it); and its removal, only while no ticket has it
// (decision 0036). Back to the overview with a notice.
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { useRef } from 'react';
import { requireDepartmentAdmin } from '../admin/admin.server';
import { CATEGORY_FORM, CategoryFields, categoryPosition, useCategoryLabels } from '../admin/category-form';
import { ErrorSummary } from '../components/error-summary';
import { flashRedirect } from '../flash.server';
import { fields, parseForm, rejected } from '../forms/form.server';
import { valuesOf } from '../forms/form-result';
import { useFocusFirstError } from '../forms/use-form-errors';
import {
  RemoveTicketCategoryMutation,
  TicketSettingsQuery,
  UpdateTicketCategoryMutation,
} from '../graphql/ticket-settings.server';
import { useI18n } from '../i18n/i18n';
import { i18nFor } from '../i18n/messages.server';
import { titled } from '../meta';
import { idParam } from '../query-params';

export const meta = titled('admin.categories.edit.title');

const REMOVE_FORM = 'remove';

async function category(request: Request, context: LoaderFunctionArgs['context'], id: string | undefined) {
  const scope = await requireDepartmentAdmin(request, context);
  const { ticketSettings } = await scope.api(TicketSettingsQuery, {});
  const found = ticketSettings.categories.find((c) => c.id === idParam(id));
  if (!found) throw new Response('Not found', { status: 404, statusText: 'Not Found' });
  return { scope, category: found };
}

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { category: found } = await category(request, context, params.id);
  return { category: found };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { scope, category: found } = await category(request, context, params.id);
  const i18n = i18nFor(scope.language);
  const formData = await request.formData();
  if (formData.get('intent') === 'remove') {
    const { removeTicketCategory } = await scope.api(RemoveTicketCategoryMutation, { id: found.id });
    if (removeTicketCategory.errors.length > 0) return rejected(REMOVE_FORM, removeTicketCategory.errors, {});
    return flashRedirect(context, '/beheer/tickets#categories', { notice: 'admin.categories.removed' });
  }
  const form = parseForm(
    formData,
    {
      nameNl: fields.required(),
      nameEn: fields.required(),
      position: fields.required(),
      active: fields.checkbox(),
    },
    i18n,
  );
  if (!form.ok) return rejected(CATEGORY_FORM, form.errors, form.values);
  const position = categoryPosition(form.data.position);
  if (position == null)
    return rejected(
      CATEGORY_FORM,
      [{ field: 'position', code: 'INVALID', message: i18n.t('admin.categories.position.invalid') }],
      form.values,
    );
  const { updateTicketCategory } = await scope.api(UpdateTicketCategoryMutation, {
    input: {
      categoryId: found.id,
      nameNl: form.data.nameNl,
      nameEn: form.data.nameEn,
      position,
      active: form.data.active,
    },
  });
  if (updateTicketCategory.errors.length > 0)
    return rejected(CATEGORY_FORM, updateTicketCategory.errors, form.values);
  return flashRedirect(context, '/beheer/tickets#categories', { notice: 'admin.categories.saved' });
}

export default function CategoryPage() {
  const { category: found } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t, language } = useI18n();
  const labels = useCategoryLabels();
  const ref = useRef<HTMLFormElement>(null);
  const busy = useNavigation().state === 'submitting';
  useFocusFirstError(ref, result, CATEGORY_FORM);
  const values = valuesOf(result, CATEGORY_FORM, {
    nameNl: found.nameNl,
    nameEn: found.nameEn,
    position: String(found.position),
    active: found.active ? 'yes' : '',
  });
  const removeErrors = result?.form === REMOVE_FORM ? result.errors : [];
  return (
    <>
      <h1>{t('admin.categories.edit.heading', { name: language === 'en' ? found.nameEn : found.nameNl })}</h1>
      <p className="lead">{t('admin.categories.ticketCount', { count: found.ticketCount })}</p>
      <Form method="post" ref={ref} noValidate className="form">
        <ErrorSummary
          errors={result?.form === CATEGORY_FORM ? result.errors : []}
          idPrefix={CATEGORY_FORM}
          labels={labels}
        />
        <input type="hidden" name="intent" value="save" />
        <CategoryFields values={values} result={result} isNew={false} />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('admin.tickets.save')}
          </button>
          <Link to="/beheer/tickets">{t('admin.tickets.cancel')}</Link>
        </div>
      </Form>
      <h2>{t('admin.categories.remove.title')}</h2>
      {found.ticketCount > 0 ? (
        <p>{t('admin.categories.remove.inUse')}</p>
      ) : (
        <Form method="post" className="form">
          <ErrorSummary errors={removeErrors} idPrefix={REMOVE_FORM} labels={{}} />
          <p>{t('admin.categories.remove.intro')}</p>
          <input type="hidden" name="intent" value="remove" />
          <div className="form-actions">
            <button type="submit" className="button button-secondary" disabled={busy}>
              {t('admin.categories.remove')}
            </button>
          </div>
        </Form>
      )}
    </>
  );
}
