// The button Enter in a single-line field presses: a form's first submit button is its default one, so a
// form whose other submit buttons come first (removing an attachment, a contact) starts with this one,
// out of sight and out of the tab order, so that Enter sends.
export function DefaultSubmit({ label, name, value }: { label: string; name: string; value: string }) {
  return (
    <button
      type="submit"
      name={name}
      value={value}
      className="visually-hidden"
      tabIndex={-1}
      aria-hidden="true"
    >
      {label}
    </button>
  );
}
