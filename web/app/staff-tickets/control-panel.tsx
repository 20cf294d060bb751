// A side panel of the ticket page holding one small form (status, queue, assignee, ...): its title, the
// form's success notice, its error summary, and the focus on the first field in error. Each posts its
// name in the hidden `form` field, so the action knows which form answered.
import { Form, useNavigation } from '@remix-run/react';
import { type ReactNode, useRef } from 'react';
import { ErrorSummary } from '../components/error-summary';
import { Notice } from '../components/notice';
import type { FormResult } from '../forms/form-result';
import { useFocusFirstError } from '../forms/use-form-errors';

export function ControlPanel({
  form,
  title,
  result,
  labels,
  formKey,
  children,
}: {
  form: string;
  title: string;
  result: FormResult | undefined;
  /** The fields' labels, for the error summary. */
  labels: Record<string, string>;
  /** Changes when the saved value does, so the controls show it again. */
  formKey?: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLFormElement>(null);
  const mine = result?.form === form ? result : undefined;
  useFocusFirstError(ref, mine, form);
  return (
    <section className="panel" aria-labelledby={`${form}-title`}>
      <h2 id={`${form}-title`}>{title}</h2>
      {mine?.ok && mine.notice ? (
        <Notice kind="success">
          <p>{mine.notice}</p>
        </Notice>
      ) : null}
      <Form method="post" ref={ref} noValidate className="form staff-form-compact" key={formKey}>
        <ErrorSummary errors={mine?.errors ?? []} idPrefix={form} labels={labels} />
        <input type="hidden" name="form" value={form} />
        {children}
      </Form>
    </section>
  );
}

/** The panel's submit button, disabled while its own form is being sent. */
export function SubmitButton({
  form,
  label,
  name,
  value,
  kind = 'secondary',
}: {
  form: string;
  label: string;
  name?: string;
  value?: string;
  kind?: 'primary' | 'secondary';
}) {
  const navigation = useNavigation();
  const busy = navigation.state === 'submitting' && navigation.formData?.get('form') === form;
  return (
    <button type="submit" name={name} value={value} className={`button button-${kind}`} disabled={busy}>
      {label}
    </button>
  );
}
