// The profile page's actions: personal data (confirmed with the password), password change, language,
// ending one of one's sessions, and asking for an export of one's data. Each answers for its own form.
import type { AppLoadContext } from '@remix-run/node';
import { languageCookie } from '../cookies.server';
import { accepted, fields, intentOf, parseForm, rejected, withConfirmation } from '../forms/form.server';
import {
  ChangePasswordMutation,
  RevokeSessionMutation,
  SetLanguageMutation,
  UpdateProfileMutation,
} from '../graphql/accounts.server';
import { RequestExportMutation } from '../graphql/privacy.server';
import { LANGUAGES } from '../i18n/language';
import { i18nFor } from '../i18n/messages.server';
import type { RequestScope } from '../session.server';

const PERSONAL_FORM = {
  firstName: fields.text(),
  lastName: fields.text(),
  email: fields.text(),
  phone: fields.optional(),
  currentPassword: fields.password(),
};

const PASSWORD_FORM = withConfirmation(
  {
    currentPassword: fields.password(),
    newPassword: fields.password(),
    newPasswordConfirm: fields.password(),
  },
  'newPassword',
  'newPasswordConfirm',
);

async function updatePersonal(scope: RequestScope, formData: FormData) {
  const i18n = i18nFor(scope.language);
  const form = parseForm(formData, PERSONAL_FORM, i18n);
  if (!form.ok) return rejected('personal', form.errors, form.values);
  const { updateProfile } = await scope.api(UpdateProfileMutation, { input: form.data });
  if (updateProfile.errors.length > 0) return rejected('personal', updateProfile.errors, form.values);
  // A new address applies once confirmed from its mailbox (the API mailed it a link).
  const requested = form.data.email.toLowerCase();
  if (updateProfile.user && requested !== updateProfile.user.email.toLowerCase())
    return accepted('personal', i18n.t('profile.personal.confirmEmail', { email: form.data.email }));
  return accepted('personal', i18n.t('profile.personal.saved'));
}

async function changePassword(scope: RequestScope, formData: FormData) {
  const i18n = i18nFor(scope.language);
  const form = parseForm(formData, PASSWORD_FORM, i18n);
  if (!form.ok) return rejected('password', form.errors, form.values);
  const { currentPassword, newPassword } = form.data;
  const { changePassword: changed } = await scope.api(ChangePasswordMutation, {
    input: { currentPassword, newPassword },
  });
  if (!changed.ok) return rejected('password', changed.errors, form.values);
  return accepted('password', i18n.t('profile.password.saved'));
}

async function revoke(scope: RequestScope, formData: FormData) {
  const i18n = i18nFor(scope.language);
  const form = parseForm(formData, { sessionId: fields.required() }, i18n);
  if (!form.ok) return rejected('sessions', form.errors, form.values);
  await scope.api(RevokeSessionMutation, { id: form.data.sessionId });
  return accepted('sessions', i18n.t('profile.sessions.revoked'));
}

async function setLanguage(scope: RequestScope, context: AppLoadContext, formData: FormData) {
  const form = parseForm(formData, { language: fields.choice(LANGUAGES) }, i18nFor(scope.language));
  if (!form.ok) return rejected('language', form.errors, form.values);
  const { language } = form.data;
  const { setLanguage } = await scope.api(SetLanguageMutation, { language });
  if (setLanguage.errors.length > 0) return rejected('language', setLanguage.errors, form.values);
  return accepted('language', i18nFor(language).t('profile.language.saved'), undefined, {
    'Set-Cookie': languageCookie(context.config, language),
  });
}

async function requestExport(scope: RequestScope) {
  await scope.api(RequestExportMutation, { input: {} });
  return accepted('export', i18nFor(scope.language).t('profile.export.requested'));
}

export function profileAction(scope: RequestScope, context: AppLoadContext, form: FormData) {
  switch (intentOf(form, ['personal', 'password', 'revoke', 'language', 'export'])) {
    case 'personal':
      return updatePersonal(scope, form);
    case 'password':
      return changePassword(scope, form);
    case 'revoke':
      return revoke(scope, form);
    case 'language':
      return setLanguage(scope, context, form);
    case 'export':
      return requestExport(scope);
  }
}
