// The legal hold shown on the staff thread and ticket pages (decision 0038), and the notice a change of it
// leaves for the page it returns to.
import type { Flash } from '../flash.server';
import { LegalHoldQuery } from '../graphql/privacy.server';
import type { StaffScope } from '../staff/staff.server';

export async function loadLegalHold(scope: StaffScope, record: 'THREAD' | 'TICKET', key: string) {
  return (await scope.api(LegalHoldQuery, { record, key })).legalHold;
}

/** The notice of a hold set or lifted, when that is what the flash holds. */
export function legalHoldNotice(flash: Flash | null | undefined) {
  return flash && 'label' in flash ? { notice: flash.notice, label: flash.label } : null;
}

/** The notice of a retention period saved, when that is what the flash holds. */
export function retentionNotice(flash: Flash | null | undefined) {
  return flash && 'name' in flash ? { notice: flash.notice, name: flash.name } : null;
}
