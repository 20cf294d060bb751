// A group of theme checkboxes (name `themeIds`) with its legend, hint and errors: the contact form and
// the administration's organisation form choose themes with it.
import { FieldErrors } from './field';

export function ThemeCheckboxes({
  form,
  themes,
  chosen,
  legend,
  hint,
  errors,
}: {
  form: string;
  themes: ReadonlyArray<{ id: string; name: string }>;
  chosen: ReadonlySet<string>;
  legend: string;
  hint: string;
  errors: string[];
}) {
  const hintId = `${form}-themeIds-hint`;
  const errorId = errors.length > 0 ? `${form}-themeIds-error` : undefined;
  return (
    <fieldset
      className={`fieldset${errors.length > 0 ? ' field-invalid' : ''}`}
      aria-describedby={[hintId, errorId].filter(Boolean).join(' ')}
    >
      <legend>{legend}</legend>
      <p id={hintId} className="field-hint">
        {hint}
      </p>
      <FieldErrors id={errorId} errors={errors} />
      <div className="checkboxes">
        {themes.map((theme, index) => {
          // The first box carries the group's id, so that the error summary's link lands on it.
          const id = index === 0 ? `${form}-themeIds` : `${form}-themeIds-${theme.id}`;
          return (
            <div className="checkbox" key={theme.id}>
              <input
                type="checkbox"
                id={id}
                name="themeIds"
                value={theme.id}
                defaultChecked={chosen.has(theme.id)}
                aria-invalid={errors.length > 0 ? true : undefined}
                aria-describedby={errorId}
              />
              <label htmlFor={id}>{theme.name}</label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
