// The fields of a ticket category (decision 0036), shared by /beheer/tickets/categories/new and /:id: its
// names in Dutch and English, its order and (when it exists) whether new tickets are offered it.
import { Field, FieldErrors, fieldIds } from '../components/field';
import { errorsOf, type FormResult } from '../forms/form-result';
import { useI18n } from '../i18n/i18n';

export const CATEGORY_FORM = 'category';

/** '' (none), or a whole number from 0 to 999; undefined when it is neither. */
export function categoryPosition(value: string): number | null | undefined {
  if (value === '') return null;
  if (!/^\d{1,3}$/.test(value)) return undefined;
  return Number(value);
}

export function useCategoryLabels() {
  const { t } = useI18n();
  return {
    nameNl: t('admin.categories.nameNl'),
    nameEn: t('admin.categories.nameEn'),
    position: t('admin.categories.position.field'),
    active: t('admin.categories.activeField'),
  };
}

export function CategoryFields({
  values,
  result,
  isNew,
}: {
  values: Record<string, string>;
  result: FormResult | undefined;
  isNew: boolean;
}) {
  const { t } = useI18n();
  const labels = useCategoryLabels();
  const field = (name: 'nameNl' | 'nameEn' | 'position') => ({
    form: CATEGORY_FORM,
    name,
    label: labels[name],
    defaultValue: values[name],
    errors: errorsOf(result, CATEGORY_FORM, name),
  });
  const activeBase = {
    form: CATEGORY_FORM,
    name: 'active',
    label: labels.active,
    hint: t('admin.categories.activeField.hint'),
    errors: errorsOf(result, CATEGORY_FORM, 'active'),
  };
  const activeIds = fieldIds(activeBase);
  return (
    <>
      <Field {...field('nameNl')} lang="nl" autoComplete="off" />
      <Field {...field('nameEn')} lang="en" autoComplete="off" />
      <Field
        {...field('position')}
        hint={`${t('admin.categories.position.hint')}${isNew ? ` ${t('admin.categories.position.newHint')}` : ''}`}
        optional={isNew}
        inputMode="numeric"
      />
      {isNew ? null : (
        <div className={activeBase.errors.length > 0 ? 'field field-invalid' : 'field'}>
          <div className="checkbox staff-checkbox">
            <input
              type="checkbox"
              id={activeIds.id}
              name="active"
              value="yes"
              defaultChecked={values.active !== ''}
              aria-describedby={activeIds.described}
              aria-invalid={activeBase.errors.length > 0 || undefined}
            />
            <label htmlFor={activeIds.id}>{labels.active}</label>
          </div>
          <p id={activeIds.hintId} className="field-hint">
            {activeBase.hint}
          </p>
          <FieldErrors id={activeIds.errorId} errors={activeBase.errors} />
        </div>
      )}
    </>
  );
}
