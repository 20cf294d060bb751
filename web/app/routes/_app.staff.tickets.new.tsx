// /staff/tickets/new: register a ticket that came in by phone or mail ('handmatig geregistreerd', 002),
// on behalf of a user of an organisation or only an email address. First the organisation (a GET form,
// so its users can be offered without JavaScript), then the ticket itself. On success the ticket's page.
import {
  type ActionFunctionArgs,
  type LinksFunction,
  type LoaderFunctionArgs,
  redirect,
} from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { useRef } from 'react';
import { ErrorSummary } from '../components/error-summary';
import { Field, SelectField, TextareaField } from '../components/field';
import { fields, parseForm, rejected } from '../forms/form.server';
import { errorsOf, valuesOf } from '../forms/form-result';
import { useFocusFirstError } from '../forms/use-form-errors';
import { API_MAX_PAGE_SIZE } from '../graphql/api.server';
import {
  StaffRegisterTicketMutation,
  StaffTicketOrganisationUsersQuery,
  StaffTicketRegisterOptionsQuery,
} from '../graphql/staff-tickets.server';
import { useI18n } from '../i18n/i18n';
import { i18nFor } from '../i18n/messages.server';
import { fullName } from '../messages/format';
import { titled } from '../meta';
import { idParam } from '../query-params';
import { requireStaff, type StaffScope } from '../staff/staff.server';
import staffTicketsCss from '../staff-tickets/staff-tickets.css?url';
import { ticketPath } from '../staff-tickets/ticket-values';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: staffTicketsCss }];

export const meta = titled('staffTickets.new.title');

const FORM = 'register';
const CHANNELS = ['PHONE', 'EMAIL'] as const;

async function organisationUsers(scope: StaffScope, id: string) {
  if (!id) return null;
  try {
    return (await scope.api(StaffTicketOrganisationUsersQuery, { id })).organisation;
  } catch (error) {
    // An organisation that is gone: choose again.
    if (error instanceof Response && error.status === 404) return null;
    throw error;
  }
}

export async function loader({ request, context }: LoaderFunctionArgs) {
  const scope = await requireStaff(request, context);
  const chosen = idParam(new URL(request.url).searchParams.get('organisation'));
  const [options, organisation] = await Promise.all([
    scope.api(StaffTicketRegisterOptionsQuery, { organisations: API_MAX_PAGE_SIZE }),
    organisationUsers(scope, chosen),
  ]);
  return {
    organisations: options.organisations.edges.map((edge) => edge.node),
    categories: options.ticketCategories,
    types: options.ticketSupportTypes,
    organisation: organisation
      ? { ...organisation, users: organisation.users.filter((user) => user.status === 'ACTIVE') }
      : null,
    // A new key per page view: a double submission registers one ticket.
    clientKey: crypto.randomUUID(),
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const scope = await requireStaff(request, context);
  const form = parseForm(
    await request.formData(),
    {
      organisationId: fields.required(),
      requesterId: fields.optional(),
      requesterEmail: fields.optional(),
      channel: fields.choice(CHANNELS),
      subject: fields.required(),
      categoryId: fields.required(),
      supportTypeId: fields.required(),
      description: fields.required(),
      clientKey: fields.required(),
    },
    i18nFor(scope.language),
  );
  const { clientKey: _key, ...values } = form.values;
  if (!form.ok) return rejected(FORM, form.errors, values);
  const { registerTicket } = await scope.api(StaffRegisterTicketMutation, {
    input: { ...form.data, requesterEmail: form.data.requesterId ? null : form.data.requesterEmail },
  });
  if (registerTicket.errors.length > 0 || !registerTicket.ticket)
    return rejected(FORM, registerTicket.errors, values);
  return redirect(`${ticketPath(registerTicket.ticket.number)}?registered=1`);
}

export default function RegisterTicketPage() {
  const data = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useI18n();
  const ref = useRef<HTMLFormElement>(null);
  const busy = useNavigation().state === 'submitting';
  useFocusFirstError(ref, result, FORM);
  const values = valuesOf(result, FORM, { channel: 'PHONE' });
  const labels = {
    requesterId: t('staffTickets.new.requester'),
    requesterEmail: t('staffTickets.new.requesterEmail'),
    channel: t('staffTickets.new.channel'),
    subject: t('staffTickets.new.subject'),
    categoryId: t('staffTickets.new.category'),
    supportTypeId: t('staffTickets.new.type'),
    description: t('staffTickets.new.description'),
    organisationId: t('staffTickets.new.organisation'),
  };
  const { organisation } = data;

  return (
    <>
      <p className="staff-back-link">
        <Link to="/staff/tickets">{t('staffTickets.detail.back')}</Link>
      </p>
      <h1>{t('staffTickets.new.title')}</h1>
      <p className="lead">{t('staffTickets.new.intro')}</p>

      <Form method="get" className="form staff-page-form">
        <SelectField
          form="organisation"
          name="organisation"
          label={labels.organisationId}
          defaultValue={organisation?.id ?? ''}
        >
          <option value="">{t('staffTickets.new.organisation.choose')}</option>
          {data.organisations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </SelectField>
        <div className="form-actions">
          <button type="submit" className={`button ${organisation ? 'button-secondary' : 'button-primary'}`}>
            {organisation
              ? t('staffTickets.new.organisation.change')
              : t('staffTickets.new.organisation.submit')}
          </button>
        </div>
      </Form>

      {organisation ? (
        <Form method="post" ref={ref} noValidate className="form staff-page-form">
          <h2>{organisation.name}</h2>
          <ErrorSummary errors={result?.errors ?? []} idPrefix={FORM} labels={labels} />
          <input type="hidden" name="organisationId" value={organisation.id} />
          <input type="hidden" name="clientKey" value={data.clientKey} />
          <SelectField
            form={FORM}
            name="requesterId"
            label={labels.requesterId}
            defaultValue={values.requesterId ?? ''}
            errors={errorsOf(result, FORM, 'requesterId')}
          >
            <option value="">{t('staffTickets.new.requester.email')}</option>
            {organisation.users.map((user) => (
              <option key={user.id} value={user.id}>
                {fullName(user)} ({user.email})
              </option>
            ))}
          </SelectField>
          <Field
            form={FORM}
            name="requesterEmail"
            type="email"
            label={labels.requesterEmail}
            hint={t('staffTickets.new.requesterEmail.hint')}
            optional
            spellCheck={false}
            defaultValue={values.requesterEmail}
            errors={errorsOf(result, FORM, 'requesterEmail')}
          />
          <SelectField
            form={FORM}
            name="channel"
            label={labels.channel}
            defaultValue={values.channel}
            errors={errorsOf(result, FORM, 'channel')}
          >
            {CHANNELS.map((channel) => (
              <option key={channel} value={channel}>
                {t(`staffTickets.channel.${channel}`)}
              </option>
            ))}
          </SelectField>
          <Field
            form={FORM}
            name="subject"
            label={labels.subject}
            defaultValue={values.subject}
            errors={errorsOf(result, FORM, 'subject')}
          />
          <SelectField
            form={FORM}
            name="categoryId"
            label={labels.categoryId}
            defaultValue={values.categoryId ?? ''}
            errors={errorsOf(result, FORM, 'categoryId')}
          >
            <option value="">{t('staffTickets.new.choose')}</option>
            {data.categories.map((option) => (
              <option key={option.id} value={option.id}>
                {option.name}
              </option>
            ))}
          </SelectField>
          <SelectField
            form={FORM}
            name="supportTypeId"
            label={labels.supportTypeId}
            defaultValue={values.supportTypeId ?? ''}
            errors={errorsOf(result, FORM, 'supportTypeId')}
          >
            <option value="">{t('staffTickets.new.choose')}</option>
            {data.types.map((option) => (
              <option key={option.id} value={option.id}>
                {option.name}
              </option>
            ))}
          </SelectField>
          <TextareaField
            form={FORM}
            name="description"
            label={labels.description}
            rows={6}
            defaultValue={values.description}
            errors={errorsOf(result, FORM, 'description')}
          />
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={busy}>
              {t('staffTickets.new.submit')}
            </button>
            <Link to="/staff/tickets">{t('staffTickets.new.cancel')}</Link>
          </div>
        </Form>
      ) : null}
    </>
  );
}
