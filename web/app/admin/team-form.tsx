// The administration's team form (create and edit): names in Dutch and English (each unique) and the
// team's own address. On an error the form stays with what was typed, each field's error and the focus on
// the first one.
import { Form, useNavigation } from '@remix-run/react';
import { useRef } from 'react';
import { ErrorSummary } from '../components/error-summary';
import { Field } from '../components/field';
import { errorsOf, type FormResult, valuesOf } from '../forms/form-result';
import { useFocusFirstError } from '../forms/use-form-errors';
import { useI18n } from '../i18n/i18n';

export function TeamForm({
  form,
  saved,
  result,
  submit,
  intent,
}: {
  form: string;
  saved: { nameNl: string; nameEn: string; email: string };
  result: FormResult | undefined;
  submit: string;
  /** The submit button's intent, on pages with several forms. */
  intent?: string;
}) {
  const { t } = useI18n();
  const ref = useRef<HTMLFormElement>(null);
  const busy = useNavigation().state === 'submitting';
  useFocusFirstError(ref, result, form);
  const values = valuesOf(result, form, saved);
  const errors = (name: string) => errorsOf(result, form, name);
  return (
    <Form method="post" ref={ref} noValidate className="form">
      <ErrorSummary
        errors={result?.form === form ? result.errors : []}
        idPrefix={form}
        labels={{
          nameNl: t('admin.teams.field.nameNl'),
          nameEn: t('admin.teams.field.nameEn'),
          email: t('admin.teams.field.email'),
        }}
      />
      <Field
        form={form}
        name="nameNl"
        label={t('admin.teams.field.nameNl')}
        defaultValue={values.nameNl}
        errors={errors('nameNl')}
      />
      <Field
        form={form}
        name="nameEn"
        label={t('admin.teams.field.nameEn')}
        defaultValue={values.nameEn}
        errors={errors('nameEn')}
      />
      <Field
        form={form}
        name="email"
        type="email"
        label={t('admin.teams.field.email')}
        hint={t('admin.teams.field.email.hint')}
        defaultValue={values.email}
        errors={errors('email')}
        spellCheck={false}
        optional
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy} name="intent" value={intent}>
          {submit}
        </button>
      </div>
    </Form>
  );
}
