// /beheer/tickets/themes/:id › after how many business days an e-loket message of this theme that nobody
// of the organisation opened brings its contacts a reminder (empty: no reminders). Back to the overview
// with a notice.
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { useRef } from 'react';
import { requireDepartmentAdmin } from '../admin/admin.server';
import { wholeDays } from '../admin/ticket-targets';
import { ErrorSummary } from '../components/error-summary';
import { Field } from '../components/field';
import { flashRedirect } from '../flash.server';
import { fields, parseForm, rejected } from '../forms/form.server';
import { errorsOf, valuesOf } from '../forms/form-result';
import { useFocusFirstError } from '../forms/use-form-errors';
import { TicketSettingsQuery, UpdateThemeReminderMutation } from '../graphql/ticket-settings.server';
import { useI18n } from '../i18n/i18n';
import { i18nFor } from '../i18n/messages.server';
import { titled } from '../meta';
import { idParam } from '../query-params';

export const meta = titled('admin.tickets.theme.title');

const FORM = 'theme';

async function themeSettings(
  request: Request,
  context: LoaderFunctionArgs['context'],
  id: string | undefined,
) {
  const scope = await requireDepartmentAdmin(request, context);
  const { ticketSettings } = await scope.api(TicketSettingsQuery, {});
  const theme = ticketSettings.themes.find((s) => s.id === idParam(id));
  if (!theme) throw new Response('Not found', { status: 404, statusText: 'Not Found' });
  return { scope, theme };
}

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { theme } = await themeSettings(request, context, params.id);
  return { theme };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { scope, theme } = await themeSettings(request, context, params.id);
  const i18n = i18nFor(scope.language);
  const form = parseForm(await request.formData(), { unreadReminderDays: fields.text() }, i18n);
  if (!form.ok) return rejected(FORM, form.errors, form.values);
  const days = wholeDays(form.data.unreadReminderDays);
  if (days === undefined)
    return rejected(
      FORM,
      [{ field: 'unreadReminderDays', code: 'INVALID', message: i18n.t('admin.tickets.days.invalid') }],
      form.values,
    );
  const { updateThemeReminder } = await scope.api(UpdateThemeReminderMutation, {
    input: { themeId: theme.id, unreadReminderDays: days },
  });
  if (updateThemeReminder.errors.length > 0) return rejected(FORM, updateThemeReminder.errors, form.values);
  return flashRedirect(context, '/beheer/tickets', { notice: 'admin.tickets.theme.saved' });
}

export default function ThemeReminderPage() {
  const { theme } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t, language } = useI18n();
  const ref = useRef<HTMLFormElement>(null);
  const busy = useNavigation().state === 'submitting';
  useFocusFirstError(ref, result, FORM);
  const values = valuesOf(result, FORM, { unreadReminderDays: theme.unreadReminderDays?.toString() ?? '' });
  const labels = { unreadReminderDays: t('admin.tickets.theme.days') };
  return (
    <>
      <h1>{t('admin.tickets.theme.heading', { name: language === 'en' ? theme.nameEn : theme.nameNl })}</h1>
      <p className="lead">{t('admin.tickets.theme.intro')}</p>
      <Form method="post" ref={ref} noValidate className="form">
        <ErrorSummary errors={result?.form === FORM ? result.errors : []} idPrefix={FORM} labels={labels} />
        <Field
          form={FORM}
          name="unreadReminderDays"
          label={labels.unreadReminderDays}
          hint={t('admin.tickets.theme.days.hint')}
          inputMode="numeric"
          optional
          defaultValue={values.unreadReminderDays}
          errors={errorsOf(result, FORM, 'unreadReminderDays')}
        />
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
