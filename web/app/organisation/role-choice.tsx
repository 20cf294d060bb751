// The authorisation role as one choice of three (Medewerker, Medewerker+, Beheerder: '001''s "Medewerker+
// implies Medewerker" made one choice), each with what it may do; its errors tied to the group.
import type { Role } from '../graphql/generated/graphql';
import { useI18n } from '../i18n/i18n';

export const TENANT_ROLES = ['MEMBER', 'MEMBER_PLUS', 'ADMIN'] as const satisfies readonly Role[];

/**
 * Radio buttons named `role`; the first one's id is `<form>-<field>` so that the error summary and the
 * focus after a refusal reach the group (`field`: the name the API reports its errors under).
 */
export function RoleChoice({
  form,
  field,
  legend,
  chosen,
  errors,
}: {
  form: string;
  field: string;
  legend: string;
  chosen: string;
  errors: string[];
}) {
  const { t } = useI18n();
  const errorId = errors.length > 0 ? `${form}-${field}-error` : undefined;
  return (
    <fieldset className={`fieldset${errors.length > 0 ? ' field-invalid' : ''}`} aria-describedby={errorId}>
      <legend>{legend}</legend>
      {errorId ? (
        <div id={errorId} className="field-error">
          {errors.map((message) => (
            <p key={message}>{message}</p>
          ))}
        </div>
      ) : null}
      {TENANT_ROLES.map((role, index) => {
        const id = index === 0 ? `${form}-${field}` : `${form}-role-${role}`;
        return (
          <div className="radio radio-described" key={role}>
            <input
              type="radio"
              id={id}
              name="role"
              value={role}
              defaultChecked={role === chosen}
              aria-describedby={`${form}-role-${role}-hint`}
              aria-invalid={errors.length > 0 ? true : undefined}
            />
            <div>
              <label htmlFor={id}>{t(`role.${role}`)}</label>
              <p id={`${form}-role-${role}-hint`} className="field-hint">
                {t(`contact.invite.role.${role}`)}
              </p>
            </div>
          </div>
        );
      })}
    </fieldset>
  );
}
