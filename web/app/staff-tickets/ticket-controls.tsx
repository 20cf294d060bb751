// The ticket page's controls for staff, one small form each: status (Uitgesteld needs a date, Opgelost a
// solution), queue, assignee (or "Aan mij toewijzen"), category / type / priority / planned version / expected
// date, labels, participants, and a merge into another ticket of the organisation (by number, then a
// confirmation naming that ticket).
import { Form, Link } from '@remix-run/react';
import { useEffect, useRef } from 'react';
import { Field, SelectField, TextareaField } from '../components/field';
import { errorsOf, type FormResult, valuesOf } from '../forms/form-result';
import type { StaffTicketQuery, StaffTicketTargetQuery } from '../graphql/generated/graphql';
import { useI18n } from '../i18n/i18n';
import { fullName } from '../messages/format';
import { ControlPanel, SubmitButton } from './control-panel';
import { PRIORITIES, ticketPath } from './ticket-values';

type Ticket = StaffTicketQuery['ticket'];
type Option = { id: string; name: string; active?: boolean };

export interface TicketResult extends FormResult {
  target?: StaffTicketTargetQuery['ticket'];
}

export function StatusPanel({ ticket, result }: { ticket: Ticket; result: TicketResult | undefined }) {
  const { t } = useI18n();
  const form = 'status';
  const values = valuesOf(result, form, {
    status: ticket.allowedStatuses[0] ?? '',
    postponedUntil: '',
    solution: '',
  });
  const labels = {
    status: t('staffTickets.statusForm.status'),
    postponedUntil: t('staffTickets.statusForm.postponedUntil'),
    solution: t('staffTickets.statusForm.solution'),
  };
  return (
    <ControlPanel
      form={form}
      title={t('staffTickets.statusForm.title')}
      result={result}
      labels={labels}
      formKey={ticket.status}
    >
      {ticket.allowedStatuses.length === 0 ? (
        <p>{t('staffTickets.statusForm.none')}</p>
      ) : (
        <>
          <SelectField
            form={form}
            name="status"
            label={labels.status}
            defaultValue={values.status}
            errors={errorsOf(result, form, 'status')}
          >
            {ticket.allowedStatuses.map((status) => (
              <option key={status} value={status}>
                {t(`tickets.status.${status}`)}
              </option>
            ))}
          </SelectField>
          {ticket.allowedStatuses.includes('POSTPONED') ? (
            <Field
              form={form}
              name="postponedUntil"
              type="date"
              label={labels.postponedUntil}
              hint={t('staffTickets.statusForm.postponedUntil.hint')}
              optional
              defaultValue={values.postponedUntil}
              errors={errorsOf(result, form, 'postponedUntil')}
            />
          ) : null}
          {ticket.allowedStatuses.includes('RESOLVED') ? (
            <TextareaField
              form={form}
              name="solution"
              label={labels.solution}
              hint={t('staffTickets.statusForm.solution.hint')}
              optional
              rows={4}
              defaultValue={values.solution}
              errors={errorsOf(result, form, 'solution')}
            />
          ) : null}
          <div className="form-actions">
            <SubmitButton form={form} label={t('staffTickets.statusForm.submit')} />
          </div>
        </>
      )}
    </ControlPanel>
  );
}

export function QueuePanel({
  ticket,
  queues,
  result,
}: {
  ticket: Ticket;
  queues: Option[];
  result: TicketResult | undefined;
}) {
  const { t } = useI18n();
  const form = 'queue';
  const values = valuesOf(result, form, { queueId: ticket.queue.id });
  const label = t('staffTickets.queueForm.queue');
  return (
    <ControlPanel
      form={form}
      title={t('staffTickets.queueForm.title')}
      result={result}
      labels={{ queueId: label }}
      formKey={ticket.queue.id}
    >
      <SelectField
        form={form}
        name="queueId"
        label={label}
        defaultValue={values.queueId}
        errors={errorsOf(result, form, 'queueId')}
      >
        {queues.map((queue) => (
          <option key={queue.id} value={queue.id}>
            {queue.name}
          </option>
        ))}
      </SelectField>
      <p className="muted">{ticket.queue.explanation}</p>
      <div className="form-actions">
        <SubmitButton form={form} label={t('staffTickets.queueForm.submit')} />
      </div>
    </ControlPanel>
  );
}

export function AssignPanel({
  ticket,
  staff,
  viewerId,
  result,
}: {
  ticket: Ticket;
  staff: Option[];
  viewerId: string;
  result: TicketResult | undefined;
}) {
  const { t } = useI18n();
  const form = 'assign';
  const values = valuesOf(result, form, { assigneeId: ticket.assignee?.id ?? '' });
  const label = t('staffTickets.assignForm.assignee');
  return (
    <ControlPanel
      form={form}
      title={t('staffTickets.assignForm.title')}
      result={result}
      labels={{ assigneeId: label }}
      formKey={ticket.assignee?.id ?? 'nobody'}
    >
      <SelectField
        form={form}
        name="assigneeId"
        label={label}
        defaultValue={values.assigneeId}
        errors={errorsOf(result, form, 'assigneeId')}
      >
        <option value="">{t('staffTickets.assignForm.nobody')}</option>
        {staff.map((person) => (
          <option key={person.id} value={person.id}>
            {person.name}
          </option>
        ))}
      </SelectField>
      <div className="form-actions">
        <SubmitButton form={form} label={t('staffTickets.assignForm.submit')} />
        {ticket.assignee?.id === viewerId ? null : (
          <SubmitButton form={form} name="self" value="1" label={t('staffTickets.assignForm.self')} />
        )}
      </div>
    </ControlPanel>
  );
}

export function DetailsPanel({
  ticket,
  categories,
  types,
  result,
}: {
  ticket: Ticket;
  categories: Option[];
  types: Option[];
  result: TicketResult | undefined;
}) {
  const { t } = useI18n();
  const form = 'details';
  const values = valuesOf(result, form, {
    categoryId: ticket.category.id,
    supportTypeId: ticket.supportType.id,
    priority: ticket.priority,
    plannedVersion: ticket.plannedVersion ?? '',
    expectedResolutionOn: ticket.expectedResolutionOn ?? '',
  });
  const labels = {
    categoryId: t('staffTickets.detail.category'),
    supportTypeId: t('staffTickets.detail.type'),
    priority: t('tickets.detail.priority'),
    plannedVersion: t('staffTickets.detail.plannedVersion'),
    expectedResolutionOn: t('staffTickets.detail.expected'),
  };
  return (
    <ControlPanel
      form={form}
      title={t('staffTickets.detailsForm.title')}
      result={result}
      labels={labels}
      formKey={[
        ticket.category.id,
        ticket.supportType.id,
        ticket.priority,
        ticket.plannedVersion,
        ticket.expectedResolutionOn,
      ].join('|')}
    >
      <SelectField
        form={form}
        name="categoryId"
        label={labels.categoryId}
        defaultValue={values.categoryId}
        errors={errorsOf(result, form, 'categoryId')}
      >
        {categories
          .filter((option) => option.active !== false || option.id === ticket.category.id)
          .map((option) => (
            <option key={option.id} value={option.id}>
              {option.active === false
                ? t('staffTickets.category.inactive', { name: option.name })
                : option.name}
            </option>
          ))}
      </SelectField>
      <SelectField
        form={form}
        name="supportTypeId"
        label={labels.supportTypeId}
        defaultValue={values.supportTypeId}
        errors={errorsOf(result, form, 'supportTypeId')}
      >
        {types.map((option) => (
          <option key={option.id} value={option.id}>
            {option.name}
          </option>
        ))}
      </SelectField>
      <SelectField
        form={form}
        name="priority"
        label={labels.priority}
        defaultValue={values.priority}
        errors={errorsOf(result, form, 'priority')}
      >
        {PRIORITIES.map((priority) => (
          <option key={priority} value={priority}>
            {t(`tickets.priority.${priority}`)}
          </option>
        ))}
      </SelectField>
      <Field
        form={form}
        name="plannedVersion"
        label={labels.plannedVersion}
        hint={t('staffTickets.detailsForm.plannedVersion.hint')}
        optional
        defaultValue={values.plannedVersion}
        errors={errorsOf(result, form, 'plannedVersion')}
      />
      <Field
        form={form}
        name="expectedResolutionOn"
        type="date"
        label={labels.expectedResolutionOn}
        optional
        defaultValue={values.expectedResolutionOn}
        errors={errorsOf(result, form, 'expectedResolutionOn')}
      />
      <div className="form-actions">
        <SubmitButton form={form} label={t('staffTickets.detailsForm.submit')} />
      </div>
    </ControlPanel>
  );
}

export function LabelsPanel({
  ticket,
  labels,
  result,
}: {
  ticket: Ticket;
  labels: Option[];
  result: TicketResult | undefined;
}) {
  const { t } = useI18n();
  const form = 'labels';
  const chosen = new Set(ticket.labels.map((label) => label.id));
  return (
    <ControlPanel
      form={form}
      title={t('staffTickets.labelsForm.title')}
      result={result}
      labels={{}}
      formKey={[...chosen].sort().join(',')}
    >
      <fieldset className="staff-ticket-labels">
        <legend className="visually-hidden">{t('staffTickets.labelsForm.title')}</legend>
        {labels.map((label) => (
          <div className="staff-checkbox" key={label.id}>
            <input
              type="checkbox"
              id={`labels-${label.id}`}
              name="labelIds"
              value={label.id}
              defaultChecked={chosen.has(label.id)}
            />
            <label htmlFor={`labels-${label.id}`}>{label.name}</label>
          </div>
        ))}
      </fieldset>
      <div className="form-actions">
        <SubmitButton form={form} label={t('staffTickets.labelsForm.submit')} />
      </div>
    </ControlPanel>
  );
}

export function ParticipantsPanel({
  ticket,
  staff,
  result,
}: {
  ticket: Ticket;
  staff: Option[];
  result: TicketResult | undefined;
}) {
  const { t } = useI18n();
  const form = 'participant';
  const taking = new Set(ticket.participants.map((p) => p.user.id));
  const colleagues = ticket.organisation.users.filter((u) => u.status === 'ACTIVE' && !taking.has(u.id));
  const others = staff.filter((person) => !taking.has(person.id));
  const label = t('staffTickets.participants.user');
  return (
    <ControlPanel
      form={form}
      title={t('staffTickets.participants.title')}
      result={result}
      labels={{ userId: label }}
      formKey={[...taking].sort().join(',')}
    >
      <p className="muted">{t('staffTickets.participants.intro')}</p>
      {ticket.participants.length > 0 ? (
        <ul className="staff-ticket-participants">
          {ticket.participants.map((participant) => (
            <li key={participant.user.id}>
              {fullName(participant.user)}
              {participant.user.isStaff ? ` (${t('staffTickets.participants.staff')})` : null}
              {participant.notify ? null : (
                <span className="muted"> — {t('staffTickets.participants.muted')}</span>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('staffTickets.participants.none')}</p>
      )}
      <SelectField
        form={form}
        name="userId"
        label={label}
        defaultValue=""
        errors={errorsOf(result, form, 'userId')}
      >
        <option value="">{t('staffTickets.participants.choose')}</option>
        <optgroup
          label={t('staffTickets.participants.colleagues', { organisation: ticket.organisation.name })}
        >
          {colleagues.map((user) => (
            <option key={user.id} value={user.id}>
              {fullName(user)}
            </option>
          ))}
        </optgroup>
        <optgroup label={t('staffTickets.participants.staffGroup')}>
          {others.map((person) => (
            <option key={person.id} value={person.id}>
              {person.name}
            </option>
          ))}
        </optgroup>
      </SelectField>
      <div className="form-actions">
        <SubmitButton form={form} label={t('staffTickets.participants.submit')} />
      </div>
    </ControlPanel>
  );
}

export function MergePanel({ ticket, result }: { ticket: Ticket; result: TicketResult | undefined }) {
  const { t } = useI18n();
  const form = 'merge';
  const target = result?.form === form && result.ok ? result.target : undefined;
  const label = t('staffTickets.merge.number');
  const confirmTitle = useRef<HTMLHeadingElement>(null);
  // The question replaces the form: the focus goes to it (without JavaScript the page starts there).
  useEffect(() => {
    if (target) confirmTitle.current?.focus();
  }, [target]);
  if (target)
    return (
      <section className="panel staff-ticket-confirm" aria-labelledby="merge-confirm-title">
        <h2 id="merge-confirm-title" tabIndex={-1} ref={confirmTitle}>
          {t('staffTickets.merge.confirm.title', { number: target.number })}
        </h2>
        <p>
          {t('staffTickets.merge.confirm.body', {
            from: ticket.number,
            number: target.number,
            subject: target.subject,
            organisation: target.organisation.name,
          })}
        </p>
        <Form method="post" className="form staff-form-compact">
          <input type="hidden" name="form" value="merge-confirm" />
          <input type="hidden" name="intoTicketId" value={target.id} />
          <input type="hidden" name="number" value={target.number} />
          <div className="form-actions">
            <SubmitButton form="merge-confirm" kind="primary" label={t('staffTickets.merge.confirm')} />
            <Link to={ticketPath(ticket.number)}>{t('staffTickets.merge.cancel')}</Link>
          </div>
        </Form>
      </section>
    );
  const values = valuesOf(result, form, { number: '' });
  return (
    <ControlPanel
      form={form}
      title={t('staffTickets.merge.title')}
      result={result}
      labels={{ number: label }}
    >
      <p className="muted">{t('staffTickets.merge.intro')}</p>
      <Field
        form={form}
        name="number"
        label={label}
        hint={t('staffTickets.merge.number.hint')}
        spellCheck={false}
        autoComplete="off"
        defaultValue={values.number}
        errors={errorsOf(result, form, 'number')}
      />
      <div className="form-actions">
        <SubmitButton form={form} label={t('staffTickets.merge.check')} />
      </div>
    </ControlPanel>
  );
}
