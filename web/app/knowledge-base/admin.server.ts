// The administration's knowledge-base actions (/beheer/kennisbank): opening an outage and adding a step
// to one. Each form is parsed by the form toolkit; the API checks and audits again.
import { fields, parseForm, rejected } from '../forms/form.server';
import { KbOpenOutageMutation, KbUpdateOutageMutation } from '../graphql/knowledge-base.server';
import { i18nFor } from '../i18n/messages.server';
import type { RequestScope } from '../session.server';
import { OPEN_OUTAGE_FORM, updateOutageForm } from './admin-forms';

const STATUSES = ['INVESTIGATING', 'IDENTIFIED', 'RESOLVED'] as const;

export async function openOutageAction(scope: RequestScope, formData: FormData) {
  const form = parseForm(
    formData,
    {
      titleNl: fields.required(),
      titleEn: fields.required(),
      service: fields.required(),
      messageNl: fields.required(),
      messageEn: fields.required(),
    },
    i18nFor(scope.language),
  );
  if (!form.ok) return rejected(OPEN_OUTAGE_FORM, form.errors, form.values);
  const { openOutage } = await scope.api(KbOpenOutageMutation, { input: form.data });
  if (openOutage.errors.length > 0) return rejected(OPEN_OUTAGE_FORM, openOutage.errors, form.values);
  return null;
}

export async function updateOutageAction(scope: RequestScope, formData: FormData, outageId: string) {
  const formName = updateOutageForm(outageId);
  const form = parseForm(
    formData,
    { status: fields.choice(STATUSES), messageNl: fields.required(), messageEn: fields.required() },
    i18nFor(scope.language),
  );
  if (!form.ok) return rejected(formName, form.errors, form.values);
  const { updateOutage } = await scope.api(KbUpdateOutageMutation, { input: { outageId, ...form.data } });
  if (updateOutage.errors.length > 0) return rejected(formName, updateOutage.errors, form.values);
  return null;
}
