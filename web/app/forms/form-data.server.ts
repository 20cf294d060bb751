// Reading a raw field where no schema can name it in advance (fields named after posted state, a
// multipart form's intent read before its schema): everything else goes through form.server.ts.

/** A text field of the form ('' when absent or a file). */
export function text(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === 'string' ? value : '';
}
