// The staff role as one choice of two (Dossierbehandelaar, Departementsbeheerder), each with what it may
// do; the status of a staff user in words. Shared by the staff users' pages (/beheer/medewerkers).
import type { StaffRole, UserStatus } from '../graphql/generated/graphql';
import { useI18n } from '../i18n/i18n';

export const STAFF_ROLES = ['AGENT', 'DEPARTMENT_ADMIN'] as const satisfies readonly StaffRole[];
export const STAFF_STATUSES = ['INVITED', 'ACTIVE', 'DISABLED'] as const satisfies readonly UserStatus[];

/** Radio buttons named `role`; the first one's id is `<form>-role`, where the error summary leads. */
export function StaffRoleChoice({
  form,
  legend,
  chosen,
  errors,
}: {
  form: string;
  legend: string;
  chosen: string;
  errors: string[];
}) {
  const { t } = useI18n();
  const errorId = errors.length > 0 ? `${form}-role-error` : undefined;
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
      {STAFF_ROLES.map((role, index) => {
        const id = index === 0 ? `${form}-role` : `${form}-role-${role}`;
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
              <label htmlFor={id}>{t(`admin.staff.role.${role}`)}</label>
              <p id={`${form}-role-${role}-hint`} className="field-hint">
                {t(`admin.staff.role.${role}.hint`)}
              </p>
            </div>
          </div>
        );
      })}
    </fieldset>
  );
}
