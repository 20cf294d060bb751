// /beheer/tickets/calendar (Kantooruren en sluitingsdagen, DEPARTMENT_ADMIN): the office calendar's
// opening hours per weekday and time zone, and its extra closing days (one date, or every year) beside the
// Belgian public holidays. A change moves the due times of open tickets (decision 0024); the page says so.
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { Form, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { useRef } from 'react';
import { requireDepartmentAdmin } from '../admin/admin.server';
import { ErrorSummary } from '../components/error-summary';
import { Field, SelectField } from '../components/field';
import { Notice } from '../components/notice';
import { accepted, fields, intentOf, parseForm, rejected } from '../forms/form.server';
import { errorsOf, type FormResult, valuesOf } from '../forms/form-result';
import { useFocusFirstError } from '../forms/use-form-errors';
import {
  AddClosingDayMutation,
  RemoveClosingDayMutation,
  TicketSettingsQuery,
  UpdateBusinessCalendarMutation,
} from '../graphql/ticket-settings.server';
import { useI18n } from '../i18n/i18n';
import { i18nFor } from '../i18n/messages.server';
import type { MessageKey } from '../i18n/nl';
import { titled } from '../meta';
import { idParam } from '../query-params';

export const meta = titled('admin.tickets.calendar.title');

const HOURS_FORM = 'hours';
const ADD_FORM = 'closing-day';
const REMOVE_FORM = 'remove-closing-day';
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
const KINDS = ['date', 'yearly'] as const;

export async function loader({ request, context }: LoaderFunctionArgs) {
  const scope = await requireDepartmentAdmin(request, context);
  const { ticketSettings } = await scope.api(TicketSettingsQuery, {});
  return { calendar: ticketSettings.calendar };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const scope = await requireDepartmentAdmin(request, context);
  const i18n = i18nFor(scope.language);
  const formData = await request.formData();
  const intent = intentOf(formData, [HOURS_FORM, ADD_FORM, REMOVE_FORM] as const);
  if (intent === REMOVE_FORM) {
    const id = idParam(String(formData.get('id') ?? ''));
    if (id) await scope.api(RemoveClosingDayMutation, { id });
    return accepted(REMOVE_FORM, i18n.t('admin.tickets.calendar.removed'));
  }
  if (intent === ADD_FORM) {
    const form = parseForm(
      formData,
      {
        kind: fields.choice(KINDS),
        onDate: fields.text(),
        everyYearOn: fields.text(),
        nameNl: fields.text(),
        nameEn: fields.text(),
      },
      i18n,
    );
    if (!form.ok) return rejected(ADD_FORM, form.errors, form.values);
    const { kind, onDate, everyYearOn, nameNl, nameEn } = form.data;
    const dated = kind === 'date';
    if (dated && !/^\d{4}-\d{2}-\d{2}$/.test(onDate))
      return rejected(
        ADD_FORM,
        [{ field: 'onDate', code: 'INVALID_DAY', message: i18n.t('form.error.invalidDay') }],
        form.values,
      );
    const { addClosingDay } = await scope.api(AddClosingDayMutation, {
      input: { onDate: dated ? onDate : null, everyYearOn: dated ? null : everyYearOn, nameNl, nameEn },
    });
    if (addClosingDay.errors.length > 0) return rejected(ADD_FORM, addClosingDay.errors, form.values);
    return accepted(ADD_FORM, i18n.t('admin.tickets.calendar.added'));
  }
  const shape = Object.fromEntries([
    ['timeZone', fields.text()],
    ...WEEKDAYS.flatMap((day) => [
      [`opens${day}`, fields.text()],
      [`closes${day}`, fields.text()],
    ]),
  ]) as Record<string, ReturnType<typeof fields.text>>;
  const form = parseForm(formData, shape, i18n);
  if (!form.ok) return rejected(HOURS_FORM, form.errors, form.values);
  // A weekday with both times empty is closed; the API's `week.<index>` errors name the weekday's field.
  const open = WEEKDAYS.filter((day) => form.data[`opens${day}`] || form.data[`closes${day}`]);
  const { updateBusinessCalendar } = await scope.api(UpdateBusinessCalendarMutation, {
    input: {
      timeZone: form.data.timeZone ?? '',
      week: open.map((day) => ({
        weekday: day,
        opensAt: form.data[`opens${day}`] ?? '',
        closesAt: form.data[`closes${day}`] ?? '',
      })),
    },
  });
  if (updateBusinessCalendar.errors.length > 0) {
    const errors = updateBusinessCalendar.errors.map((e) => {
      const index = /^week\.(\d+)$/.exec(e.field ?? '');
      return index
        ? { ...e, field: `opens${open[Number(index[1])]}` }
        : e.field === 'week'
          ? { ...e, field: 'opens1' }
          : e;
    });
    return rejected(HOURS_FORM, errors, form.values);
  }
  return accepted(HOURS_FORM, i18n.t('admin.tickets.calendar.saved'));
}

const WEEKDAY_KEYS: Record<number, MessageKey> = {
  1: 'admin.tickets.weekday.1',
  2: 'admin.tickets.weekday.2',
  3: 'admin.tickets.weekday.3',
  4: 'admin.tickets.weekday.4',
  5: 'admin.tickets.weekday.5',
  6: 'admin.tickets.weekday.6',
  7: 'admin.tickets.weekday.7',
};

export default function CalendarPage() {
  const { calendar } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as FormResult | undefined;
  const { t, language, date } = useI18n();
  const busy = useNavigation().state === 'submitting';
  const hoursRef = useRef<HTMLFormElement>(null);
  const addRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(hoursRef, result, HOURS_FORM);
  useFocusFirstError(addRef, result, ADD_FORM);
  const saved: Record<string, string> = { timeZone: calendar.timeZone };
  for (const hours of calendar.week) {
    // One interval per weekday here; the first one when the data has more.
    saved[`opens${hours.weekday}`] ??= hours.opensAt;
    saved[`closes${hours.weekday}`] ??= hours.closesAt;
  }
  const hours = valuesOf(result, HOURS_FORM, saved);
  const add = valuesOf(result, ADD_FORM, { kind: 'date' });
  const hoursLabels: Record<string, string> = { timeZone: t('admin.tickets.calendar.timeZone') };
  for (const day of WEEKDAYS) {
    hoursLabels[`opens${day}`] = `${t(WEEKDAY_KEYS[day] as MessageKey)} ${t('admin.tickets.calendar.opens')}`;
    hoursLabels[`closes${day}`] =
      `${t(WEEKDAY_KEYS[day] as MessageKey)} ${t('admin.tickets.calendar.closes')}`;
  }
  const notice = result?.ok ? result.notice : undefined;
  return (
    <>
      <h1>{t('admin.tickets.calendar.title')}</h1>
      <p className="lead">{t('admin.tickets.calendar.intro')}</p>
      <Notice kind="info">
        <p>{t('admin.tickets.calendar.running')}</p>
      </Notice>
      {notice ? (
        <Notice kind="success">
          <p>{notice}</p>
        </Notice>
      ) : null}

      <h2>{t('admin.tickets.calendar.hours')}</h2>
      <Form method="post" ref={hoursRef} noValidate className="form">
        <ErrorSummary
          errors={result?.form === HOURS_FORM ? result.errors : []}
          idPrefix={HOURS_FORM}
          labels={hoursLabels}
        />
        <p className="hint">{t('admin.tickets.calendar.hours.hint')}</p>
        {WEEKDAYS.map((day) => (
          <fieldset key={day} className="fieldset">
            <legend>{t(WEEKDAY_KEYS[day] as MessageKey)}</legend>
            <Field
              form={HOURS_FORM}
              name={`opens${day}`}
              label={t('admin.tickets.calendar.opens')}
              optional
              inputMode="numeric"
              placeholder="08:15"
              defaultValue={hours[`opens${day}`] ?? ''}
              errors={errorsOf(result, HOURS_FORM, `opens${day}`)}
            />
            <Field
              form={HOURS_FORM}
              name={`closes${day}`}
              label={t('admin.tickets.calendar.closes')}
              optional
              inputMode="numeric"
              placeholder="16:45"
              defaultValue={hours[`closes${day}`] ?? ''}
              errors={errorsOf(result, HOURS_FORM, `closes${day}`)}
            />
          </fieldset>
        ))}
        <Field
          form={HOURS_FORM}
          name="timeZone"
          label={t('admin.tickets.calendar.timeZone')}
          hint={t('admin.tickets.calendar.timeZone.hint')}
          spellCheck={false}
          defaultValue={hours.timeZone ?? ''}
          errors={errorsOf(result, HOURS_FORM, 'timeZone')}
        />
        <div className="form-actions">
          <button
            type="submit"
            name="intent"
            value={HOURS_FORM}
            className="button button-primary"
            disabled={busy}
          >
            {t('admin.tickets.calendar.saveHours')}
          </button>
        </div>
      </Form>

      <h2>{t('admin.tickets.calendar.closingDays')}</h2>
      <p>{t('admin.tickets.calendar.closingDays.intro')}</p>
      {calendar.closingDays.length === 0 ? (
        <p>{t('admin.tickets.calendar.closingDays.none')}</p>
      ) : (
        <table className="table table-cards">
          <caption className="visually-hidden">{t('admin.tickets.calendar.closingDays')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('admin.tickets.calendar.day')}</th>
              <th scope="col">{t('admin.tickets.calendar.name')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('admin.tickets.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {calendar.closingDays.map((day) => {
              const name = language === 'en' ? day.nameEn : day.nameNl;
              const when = day.onDate
                ? date(day.onDate)
                : t('admin.tickets.calendar.everyYear', { day: day.everyYearOn ?? '' });
              return (
                <tr key={day.id}>
                  <th scope="row" data-label={t('admin.tickets.calendar.day')}>
                    {when}
                  </th>
                  <td data-label={t('admin.tickets.calendar.name')}>{name}</td>
                  <td>
                    <Form method="post">
                      <input type="hidden" name="id" value={day.id} />
                      <button
                        type="submit"
                        name="intent"
                        value={REMOVE_FORM}
                        className="button-secondary"
                        disabled={busy}
                        aria-label={t('admin.tickets.calendar.remove.label', { day: when, name })}
                      >
                        {t('admin.tickets.calendar.remove')}
                      </button>
                    </Form>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}

      <h3>{t('admin.tickets.calendar.add')}</h3>
      <Form method="post" ref={addRef} noValidate className="form">
        <ErrorSummary
          errors={result?.form === ADD_FORM ? result.errors : []}
          idPrefix={ADD_FORM}
          labels={{
            onDate: t('admin.tickets.calendar.onDate'),
            everyYearOn: t('admin.tickets.calendar.everyYearOn'),
            nameNl: t('admin.tickets.calendar.nameNl'),
            nameEn: t('admin.tickets.calendar.nameEn'),
          }}
        />
        <SelectField
          form={ADD_FORM}
          name="kind"
          label={t('admin.tickets.calendar.kind')}
          defaultValue={add.kind}
          errors={errorsOf(result, ADD_FORM, 'kind')}
        >
          <option value="date">{t('admin.tickets.calendar.kind.date')}</option>
          <option value="yearly">{t('admin.tickets.calendar.kind.yearly')}</option>
        </SelectField>
        <Field
          form={ADD_FORM}
          name="onDate"
          type="date"
          label={t('admin.tickets.calendar.onDate')}
          hint={t('admin.tickets.calendar.onDate.hint')}
          optional
          defaultValue={add.onDate ?? ''}
          errors={errorsOf(result, ADD_FORM, 'onDate')}
        />
        <Field
          form={ADD_FORM}
          name="everyYearOn"
          label={t('admin.tickets.calendar.everyYearOn')}
          hint={t('admin.tickets.calendar.everyYearOn.hint')}
          optional
          placeholder="07-11"
          defaultValue={add.everyYearOn ?? ''}
          errors={errorsOf(result, ADD_FORM, 'everyYearOn')}
        />
        <Field
          form={ADD_FORM}
          name="nameNl"
          label={t('admin.tickets.calendar.nameNl')}
          lang="nl"
          defaultValue={add.nameNl ?? ''}
          errors={errorsOf(result, ADD_FORM, 'nameNl')}
        />
        <Field
          form={ADD_FORM}
          name="nameEn"
          label={t('admin.tickets.calendar.nameEn')}
          lang="en"
          defaultValue={add.nameEn ?? ''}
          errors={errorsOf(result, ADD_FORM, 'nameEn')}
        />
        <div className="form-actions">
          <button
            type="submit"
            name="intent"
            value={ADD_FORM}
            className="button button-primary"
            disabled={busy}
          >
            {t('admin.tickets.calendar.addButton')}
          </button>
        </div>
      </Form>
    </>
  );
}
