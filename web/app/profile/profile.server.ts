// The profile page's actions: personal data (confirmed with the password), password change, language,
// and ending one of one's sessions. Each answers for its own form.
import { type AppLoadContext, data } from '@remix-run/node';
import { languageCookie } from '../cookies.server';
import { failure, success, text } from '../forms/form-data.server';
import type { FormResult } from '../forms/form-result';
import {
  ChangePasswordMutation,
  RevokeSessionMutation,
  SetLanguageMutation,
  UpdateProfileMutation,
} from '../graphql/accounts.server';
import { isLanguage } from '../i18n/language';
import { i18nFor } from '../i18n/messages.server';
import type { RequestScope } from '../session.server';

type Scope = RequestScope;

async function updatePersonal(scope: Scope, form: FormData): Promise<FormResult> {
  const values = {
    firstName: text(form, 'firstName'),
    lastName: text(form, 'lastName'),
    email: text(form, 'email'),
    phone: text(form, 'phone'),
  };
  const { updateProfile } = await scope.api(UpdateProfileMutation, {
    input: { ...values, phone: values.phone.trim() || null, currentPassword: text(form, 'currentPassword') },
  });
  if (updateProfile.errors.length > 0) return failure('personal', updateProfile.errors, values);
  const { t } = i18nFor(scope.language);
  // A new address applies once confirmed from its mailbox (the API mailed it a link).
  const requested = values.email.trim().toLowerCase();
  if (updateProfile.user && requested !== updateProfile.user.email.toLowerCase())
    return success('personal', t('profile.personal.confirmEmail', { email: values.email.trim() }));
  return success('personal', t('profile.personal.saved'));
}

async function changePassword(scope: Scope, form: FormData): Promise<FormResult> {
  const { t } = i18nFor(scope.language);
  const newPassword = text(form, 'newPassword');
  if (newPassword !== '' && newPassword !== text(form, 'newPasswordConfirm'))
    return failure(
      'password',
      [{ field: 'newPasswordConfirm', code: 'PASSWORD_MISMATCH', message: t('form.error.passwordMismatch') }],
      {},
    );
  const { changePassword: changed } = await scope.api(ChangePasswordMutation, {
    input: { currentPassword: text(form, 'currentPassword'), newPassword },
  });
  if (!changed.ok) return failure('password', changed.errors, {});
  return success('password', t('profile.password.saved'));
}

async function revoke(scope: Scope, form: FormData): Promise<FormResult> {
  await scope.api(RevokeSessionMutation, { id: text(form, 'sessionId') });
  return success('sessions', i18nFor(scope.language).t('profile.sessions.revoked'));
}

export async function profileAction(scope: Scope, context: AppLoadContext, form: FormData) {
  switch (text(form, 'intent')) {
    case 'personal':
      return data(await updatePersonal(scope, form));
    case 'password':
      return data(await changePassword(scope, form));
    case 'revoke':
      return data(await revoke(scope, form));
    case 'language': {
      const language = text(form, 'language');
      if (!isLanguage(language)) return data(failure('language', [], {}));
      const { setLanguage } = await scope.api(SetLanguageMutation, { language });
      if (setLanguage.errors.length > 0) return data(failure('language', setLanguage.errors, { language }));
      return data(success('language', i18nFor(language).t('profile.language.saved')), {
        headers: { 'Set-Cookie': languageCookie(context.config, language) },
      });
    }
    default:
      throw new Response('Unknown form', { status: 400 });
  }
}
