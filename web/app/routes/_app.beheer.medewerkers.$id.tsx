// /beheer/medewerkers/:id › one staff user (DEPARTMENT_ADMIN): details, teams (read-only: managed under
// /beheer/teams), the role, the helpdesk queues they work, resending an open invitation, deactivating or
// reactivating. Each is a form of its own (its `intent`), so the page works without JavaScript; done, the
// page shows again with a notice. Your own account: no role, no deactivation.
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { useRef } from 'react';
import { requireDepartmentAdmin } from '../admin/admin.server';
import { STAFF_ROLES, StaffRoleChoice } from '../admin/staff-roles';
import { EmailAddress } from '../components/email-address';
import { ErrorSummary } from '../components/error-summary';
import { Notice } from '../components/notice';
import { accepted, fields, intentOf, parseForm, rejected } from '../forms/form.server';
import { errorsOf, type FormResult } from '../forms/form-result';
import { useFocusFirstError } from '../forms/use-form-errors';
import {
  ChangeStaffRoleMutation,
  DeactivateStaffUserMutation,
  ReactivateStaffUserMutation,
  ResendStaffInvitationMutation,
  SetStaffQueuesMutation,
  StaffUserQuery,
} from '../graphql/staff-users.server';
import { useI18n } from '../i18n/i18n';
import { i18nFor } from '../i18n/messages.server';
import { titled } from '../meta';

export const meta = titled('admin.staff.title');

const ROLE_FORM = 'staff-role';
const QUEUES_FORM = 'staff-queues';
const STATUS_FORM = 'staff-status';
const INTENTS = ['role', 'queues', 'deactivate', 'reactivate', 'resend'] as const;

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const scope = await requireDepartmentAdmin(request, context);
  const { staffUser, staffQueueChoices } = await scope.api(StaffUserQuery, { id: params.id ?? '' });
  return { user: staffUser, queues: staffQueueChoices, own: staffUser.id === scope.viewer.id };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const scope = await requireDepartmentAdmin(request, context);
  const userId = params.id ?? '';
  const formData = await request.formData();
  const i18n = i18nFor(scope.language);
  switch (intentOf(formData, INTENTS)) {
    case 'role': {
      const form = parseForm(formData, { role: fields.choice(STAFF_ROLES) }, i18n);
      if (!form.ok) return rejected(ROLE_FORM, form.errors, form.values);
      const { changeStaffRole } = await scope.api(ChangeStaffRoleMutation, {
        input: { userId, ...form.data },
      });
      if (changeStaffRole.errors.length > 0) return rejected(ROLE_FORM, changeStaffRole.errors, form.values);
      return accepted(ROLE_FORM, i18n.t('admin.staff.roleChanged'));
    }
    case 'queues': {
      const form = parseForm(formData, { queueIds: fields.list() }, i18n);
      if (!form.ok) return rejected(QUEUES_FORM, form.errors, form.values);
      const { setStaffQueues } = await scope.api(SetStaffQueuesMutation, { input: { userId, ...form.data } });
      if (setStaffQueues.errors.length > 0) return rejected(QUEUES_FORM, setStaffQueues.errors, form.values);
      return accepted(QUEUES_FORM, i18n.t('admin.staff.queuesSaved'));
    }
    case 'deactivate': {
      const { deactivateStaffUser } = await scope.api(DeactivateStaffUserMutation, { userId });
      if (deactivateStaffUser.errors.length > 0) return rejected(STATUS_FORM, deactivateStaffUser.errors, {});
      return accepted(STATUS_FORM, i18n.t('admin.staff.deactivated'));
    }
    case 'reactivate': {
      const { reactivateStaffUser } = await scope.api(ReactivateStaffUserMutation, { userId });
      if (reactivateStaffUser.errors.length > 0) return rejected(STATUS_FORM, reactivateStaffUser.errors, {});
      return accepted(STATUS_FORM, i18n.t('admin.staff.reactivated'));
    }
    case 'resend':
      await scope.api(ResendStaffInvitationMutation, { userId });
      return accepted(STATUS_FORM, i18n.t('admin.staff.invitationResent'));
  }
}

/** The answer to `form`: its success notice, or its errors that belong to no field. */
function Answer({ form, result }: { form: string; result: FormResult | undefined }) {
  if (!result || result.form !== form) return null;
  if (result.ok)
    return result.notice ? (
      <Notice kind="success">
        <p>{result.notice}</p>
      </Notice>
    ) : null;
  const general = result.errors.filter((e) => !e.field);
  return general.length > 0 ? (
    <Notice kind="warning">
      {general.map((error) => (
        <p key={error.code}>{error.message}</p>
      ))}
    </Notice>
  ) : null;
}

function RoleForm({ role, result }: { role: string; result: FormResult | undefined }) {
  const { t } = useI18n();
  const ref = useRef<HTMLFormElement>(null);
  const busy = useNavigation().state === 'submitting';
  useFocusFirstError(ref, result, ROLE_FORM);
  const chosen = result?.form === ROLE_FORM && !result.ok ? (result.values.role ?? role) : role;
  return (
    <Form method="post" ref={ref} noValidate className="form panel" aria-labelledby="staff-role-title">
      <h2 id="staff-role-title">{t('admin.staff.roleForm.title')}</h2>
      <Answer form={ROLE_FORM} result={result} />
      <ErrorSummary
        errors={result?.form === ROLE_FORM ? result.errors : []}
        idPrefix={ROLE_FORM}
        labels={{ role: t('admin.staff.field.role') }}
      />
      <StaffRoleChoice
        form={ROLE_FORM}
        legend={t('admin.staff.field.role')}
        chosen={chosen}
        errors={errorsOf(result, ROLE_FORM, 'role')}
      />
      <div className="form-actions">
        <button type="submit" name="intent" value="role" className="button button-primary" disabled={busy}>
          {t('admin.staff.roleForm.submit')}
        </button>
      </div>
    </Form>
  );
}

function QueuesForm({
  chosen,
  queues,
  result,
}: {
  chosen: string[];
  queues: Array<{ id: string; name: string }>;
  result: FormResult | undefined;
}) {
  const { t } = useI18n();
  const ref = useRef<HTMLFormElement>(null);
  const busy = useNavigation().state === 'submitting';
  useFocusFirstError(ref, result, QUEUES_FORM);
  const kept =
    result?.form === QUEUES_FORM && !result.ok
      ? (result.values.queueIds ?? '').split(',').filter(Boolean)
      : chosen;
  const errors = errorsOf(result, QUEUES_FORM, 'queueIds');
  const errorId = errors.length > 0 ? `${QUEUES_FORM}-queueIds-error` : undefined;
  return (
    <Form method="post" ref={ref} noValidate className="form panel" aria-labelledby="staff-queues-title">
      <h2 id="staff-queues-title">{t('admin.staff.queues.title')}</h2>
      <Answer form={QUEUES_FORM} result={result} />
      <ErrorSummary
        errors={result?.form === QUEUES_FORM ? result.errors : []}
        idPrefix={QUEUES_FORM}
        labels={{ queueIds: t('admin.staff.queues.title') }}
      />
      <fieldset className={`fieldset${errorId ? ' field-invalid' : ''}`} aria-describedby={errorId}>
        <legend>{t('admin.staff.queues.intro')}</legend>
        {errorId ? (
          <div id={errorId} className="field-error">
            {errors.map((message) => (
              <p key={message}>{message}</p>
            ))}
          </div>
        ) : null}
        {queues.map((queue, index) => {
          const id = index === 0 ? `${QUEUES_FORM}-queueIds` : `${QUEUES_FORM}-queue-${queue.id}`;
          return (
            <div className="checkbox" key={queue.id}>
              <input
                type="checkbox"
                id={id}
                name="queueIds"
                value={queue.id}
                defaultChecked={kept.includes(queue.id)}
              />
              <label htmlFor={id}>{queue.name}</label>
            </div>
          );
        })}
      </fieldset>
      <div className="form-actions">
        <button type="submit" name="intent" value="queues" className="button button-primary" disabled={busy}>
          {t('admin.staff.queues.submit')}
        </button>
      </div>
    </Form>
  );
}

export default function StaffUserPage() {
  const { user, queues, own } = useLoaderData<typeof loader>();
  const result: FormResult | undefined = useActionData<typeof action>();
  const { t } = useI18n();
  const busy = useNavigation().state === 'submitting';
  const name = `${user.firstName} ${user.lastName}`;
  return (
    <section aria-labelledby="staff-user-title">
      <p className="back-link">
        <Link to="/beheer/medewerkers">
          <span aria-hidden="true">←</span> {t('admin.staff.back')}
        </Link>
      </p>
      <h1 id="staff-user-title">{name}</h1>
      <dl className="details-list details-compact">
        <div className="details-row">
          <dt>{t('admin.staff.field.email')}</dt>
          <dd>
            <EmailAddress address={user.email} />
          </dd>
        </div>
        <div className="details-row">
          <dt>{t('admin.staff.col.role')}</dt>
          <dd>{t(`admin.staff.role.${user.role}`)}</dd>
        </div>
        <div className="details-row">
          <dt>{t('admin.staff.col.status')}</dt>
          <dd>{t(`admin.staff.status.${user.status}`)}</dd>
        </div>
        <div className="details-row">
          <dt>{t('admin.staff.teams')}</dt>
          <dd>
            {user.teams.length > 0
              ? user.teams.map((team) => team.name).join(', ')
              : t('admin.staff.teams.none')}{' '}
            <Link to="/beheer/teams">{t('admin.staff.teams.manage')}</Link>
          </dd>
        </div>
      </dl>
      <Answer form={STATUS_FORM} result={result} />
      {own ? (
        <Notice kind="info" live={false}>
          <p>{t('admin.staff.detail.own')}</p>
        </Notice>
      ) : (
        <RoleForm role={user.role} result={result} />
      )}
      <QueuesForm chosen={user.queues.map((q) => q.id)} queues={queues} result={result} />
      {own ? null : (
        <>
          {user.status === 'INVITED' ? (
            <Form method="post" className="panel" aria-labelledby="staff-resend-title">
              <h2 id="staff-resend-title">{t('admin.staff.resend.title')}</h2>
              <p>{t('admin.staff.resend.intro', { name })}</p>
              <button
                type="submit"
                name="intent"
                value="resend"
                className="button button-secondary"
                disabled={busy}
              >
                {t('admin.staff.resend.submit')}
              </button>
            </Form>
          ) : null}
          {user.status === 'DISABLED' ? (
            <Form method="post" className="panel" aria-labelledby="staff-reactivate-title">
              <h2 id="staff-reactivate-title">{t('admin.staff.reactivate.title')}</h2>
              <p>{t('admin.staff.reactivate.intro', { name })}</p>
              <button
                type="submit"
                name="intent"
                value="reactivate"
                className="button button-primary"
                disabled={busy}
              >
                {t('admin.staff.reactivate.submit')}
              </button>
            </Form>
          ) : (
            <Form method="post" className="panel" aria-labelledby="staff-deactivate-title">
              <h2 id="staff-deactivate-title">{t('admin.staff.deactivate.title')}</h2>
              <p>{t('admin.staff.deactivate.intro', { name })}</p>
              <button
                type="submit"
                name="intent"
                value="deactivate"
                className="button button-danger-solid"
                disabled={busy}
              >
                {t('admin.staff.deactivate.submit')}
              </button>
            </Form>
          )}
        </>
      )}
    </section>
  );
}
