// /beheer/tickets/queues/:id › a queue's explanation for the customer and the reaction to expect (nl + en),
// and after how many days a Beantwoord ticket without customer reaction becomes Opgelost. Back to the
// overview with a notice.
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { useRef } from 'react';
import { requireDepartmentAdmin } from '../admin/admin.server';
import { wholeDays } from '../admin/ticket-targets';
import { ErrorSummary } from '../components/error-summary';
import { Field, TextareaField } from '../components/field';
import { flashRedirect } from '../flash.server';
import { fields, parseForm, rejected } from '../forms/form.server';
import { errorsOf, valuesOf } from '../forms/form-result';
import { useFocusFirstError } from '../forms/use-form-errors';
import { TicketSettingsQuery, UpdateQueueSettingsMutation } from '../graphql/ticket-settings.server';
import { useI18n } from '../i18n/i18n';
import { i18nFor } from '../i18n/messages.server';
import { titled } from '../meta';
import { idParam } from '../query-params';

export const meta = titled('admin.tickets.queue.title');

const FORM = 'queue';

async function queueSettings(
  request: Request,
  context: LoaderFunctionArgs['context'],
  id: string | undefined,
) {
  const scope = await requireDepartmentAdmin(request, context);
  const { ticketSettings } = await scope.api(TicketSettingsQuery, {});
  const queue = ticketSettings.queues.find((q) => q.id === idParam(id));
  if (!queue) throw new Response('Not found', { status: 404, statusText: 'Not Found' });
  return { scope, queue };
}

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { queue } = await queueSettings(request, context, params.id);
  return { queue };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { scope, queue } = await queueSettings(request, context, params.id);
  const i18n = i18nFor(scope.language);
  const form = parseForm(
    await request.formData(),
    {
      explanationNl: fields.required(),
      explanationEn: fields.required(),
      expectedReactionNl: fields.text(),
      expectedReactionEn: fields.text(),
      autoResolveAfterDays: fields.required(),
    },
    i18n,
  );
  if (!form.ok) return rejected(FORM, form.errors, form.values);
  const days = wholeDays(form.data.autoResolveAfterDays);
  if (!days)
    return rejected(
      FORM,
      [{ field: 'autoResolveAfterDays', code: 'INVALID', message: i18n.t('admin.tickets.days.invalid') }],
      form.values,
    );
  const { updateQueueSettings } = await scope.api(UpdateQueueSettingsMutation, {
    input: {
      queueId: queue.id,
      explanationNl: form.data.explanationNl,
      explanationEn: form.data.explanationEn,
      expectedReactionNl: form.data.expectedReactionNl || null,
      expectedReactionEn: form.data.expectedReactionEn || null,
      autoResolveAfterDays: days,
    },
  });
  if (updateQueueSettings.errors.length > 0) return rejected(FORM, updateQueueSettings.errors, form.values);
  return flashRedirect(context, '/beheer/tickets', { notice: 'admin.tickets.queue.saved' });
}

export default function QueueSettingsPage() {
  const { queue } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t, language } = useI18n();
  const ref = useRef<HTMLFormElement>(null);
  const busy = useNavigation().state === 'submitting';
  useFocusFirstError(ref, result, FORM);
  const values = valuesOf(result, FORM, {
    explanationNl: queue.explanationNl,
    explanationEn: queue.explanationEn,
    expectedReactionNl: queue.expectedReactionNl ?? '',
    expectedReactionEn: queue.expectedReactionEn ?? '',
    autoResolveAfterDays: String(queue.autoResolveAfterDays),
  });
  const labels = {
    explanationNl: t('admin.tickets.queue.explanationNl'),
    explanationEn: t('admin.tickets.queue.explanationEn'),
    expectedReactionNl: t('admin.tickets.queue.expectedReactionNl'),
    expectedReactionEn: t('admin.tickets.queue.expectedReactionEn'),
    autoResolveAfterDays: t('admin.tickets.queue.autoResolve'),
  };
  const field = (name: keyof typeof labels) => ({
    form: FORM,
    name,
    label: labels[name],
    defaultValue: values[name],
    errors: errorsOf(result, FORM, name),
  });
  return (
    <>
      <h1>{t('admin.tickets.queue.heading', { name: language === 'en' ? queue.nameEn : queue.nameNl })}</h1>
      <p className="lead">{t('admin.tickets.queue.intro')}</p>
      <Form method="post" ref={ref} noValidate className="form">
        <ErrorSummary errors={result?.form === FORM ? result.errors : []} idPrefix={FORM} labels={labels} />
        <TextareaField {...field('explanationNl')} rows={3} lang="nl" />
        <TextareaField {...field('explanationEn')} rows={3} lang="en" />
        <Field
          {...field('expectedReactionNl')}
          hint={t('admin.tickets.queue.expectedReaction.hint')}
          optional
          lang="nl"
        />
        <Field {...field('expectedReactionEn')} optional lang="en" />
        <Field
          {...field('autoResolveAfterDays')}
          hint={t('admin.tickets.queue.autoResolve.hint')}
          inputMode="numeric"
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
