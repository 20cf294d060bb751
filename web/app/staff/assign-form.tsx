// Toewijzen: the thread goes to one of its team's handlers, or to nobody.
import { Form, useNavigation } from '@remix-run/react';
import { useRef } from 'react';
import { ErrorSummary } from '../components/error-summary';
import { SelectField } from '../components/field';
import { Notice } from '../components/notice';
import { errorsOf, type FormResult } from '../forms/form-result';
import { useFocusFirstError } from '../forms/use-form-errors';
import { useI18n } from '../i18n/i18n';
import { fullName } from '../messages/format';

const FORM = 'assign';

export function AssignForm({
  team,
  handlers,
  assignedId,
  result,
}: {
  team: string;
  handlers: Array<{ id: string; firstName: string; lastName: string }>;
  assignedId: string | null;
  result: FormResult | undefined;
}) {
  const { t } = useI18n();
  const ref = useRef<HTMLFormElement>(null);
  const navigation = useNavigation();
  const busy = navigation.state === 'submitting' && navigation.formData?.get('form') === FORM;
  useFocusFirstError(ref, result, FORM);
  const mine = result?.form === FORM;
  return (
    <section className="panel" aria-labelledby="assign-title">
      <h2 id="assign-title">{t('staff.assign.title')}</h2>
      {mine && result.ok && result.notice ? (
        <Notice kind="success">
          <p>{result.notice}</p>
        </Notice>
      ) : null}
      {/* Keyed by the assignment, so the select shows the saved handler after a change. */}
      <Form
        method="post"
        ref={ref}
        noValidate
        className="form staff-form-compact"
        key={assignedId ?? 'nobody'}
      >
        <ErrorSummary
          errors={mine ? result.errors : []}
          idPrefix={FORM}
          labels={{ handlerId: t('staff.assign.handler') }}
        />
        <input type="hidden" name="form" value={FORM} />
        <SelectField
          form={FORM}
          name="handlerId"
          label={t('staff.assign.handler')}
          hint={t('staff.assign.hint', { team })}
          defaultValue={assignedId ?? ''}
          errors={errorsOf(result, FORM, 'handlerId')}
        >
          <option value="">{t('staff.assign.nobody')}</option>
          {handlers.map((handler) => (
            <option key={handler.id} value={handler.id}>
              {fullName(handler)}
            </option>
          ))}
        </SelectField>
        <div className="form-actions">
          <button type="submit" className="button button-secondary" disabled={busy}>
            {t('staff.assign.submit')}
          </button>
        </div>
      </Form>
    </section>
  );
}
