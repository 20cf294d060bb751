// Small formatters of the Berichtenmodule: file sizes, people's names, who a message went to.

/** "12,3 kB", "1,4 MB" in the reader's locale. */
export function fileSize(bytes: number, locale: string): string {
  const units = [
    ['megabyte', 1_000_000],
    ['kilobyte', 1_000],
  ] as const;
  for (const [unit, size] of units) {
    if (bytes >= size)
      return new Intl.NumberFormat(locale, { style: 'unit', unit, maximumFractionDigits: 1 }).format(
        bytes / size,
      );
  }
  return new Intl.NumberFormat(locale, { style: 'unit', unit: 'byte' }).format(bytes);
}

export const fullName = (person: { firstName: string; lastName: string }) =>
  `${person.firstName} ${person.lastName}`.trim();

/**
 * An author's name as shown: for an erased person (decision 0029) the stored name is only a placeholder,
 * so the reader's own 'deleted user' (`deletedUser`, from the texts) replaces it.
 */
export const authorName = (
  person: { firstName: string; lastName: string; erased?: boolean | null },
  deletedUser: string,
) => (person.erased ? deletedUser : fullName(person));

/**
 * Who an organisation's message went to, worded as the API's `recipient.name`: "Team Subsidies", or
 * "Bart De Smet (Team Subsidies)" for a handler.
 */
export function recipientName(message: {
  addressedTeam?: { name: string } | null;
  addressedHandler?: { firstName: string; lastName: string } | null;
}): string | null {
  const team = message.addressedTeam?.name ?? null;
  if (message.addressedHandler) {
    const name = fullName(message.addressedHandler);
    return team ? `${name} (${team})` : name;
  }
  return team;
}

/** A reference number safe in a path. */
const threadPath = (referenceNumber: string) => `/messages/${encodeURIComponent(referenceNumber)}`;

/** A message in its thread: the thread's page showing that message. */
export const messagePath = (message: { referenceNumber: string; id: string }) =>
  `${threadPath(message.referenceNumber)}?message=${encodeURIComponent(message.id)}`;
