// The administration's organisation pages on the server: the form's fields and reading one organisation
// (an unknown or malformed id is the API's NOT_FOUND, a 404 page).
import { fields } from '../forms/form.server';
import { AdminOrganisationQuery } from '../graphql/administration.server';
import type { StaffScope } from '../staff/staff.server';

/** The organisation form (create and edit); optional fields '' become null, the themes a list. */
export const ORGANISATION_FIELDS = {
  name: fields.text(),
  enterpriseNumber: fields.optional(),
  recognitionNumber: fields.optional(),
  phone: fields.optional(),
  email: fields.optional(),
  websiteUrl: fields.optional(),
  themeIds: fields.list(),
};

/** The invitation of a Beheerder. */
export const INVITE_ADMIN_FIELDS = {
  firstName: fields.text(),
  lastName: fields.text(),
  email: fields.text(),
  language: fields.choice(['nl', 'en'] as const),
};

export async function findAdminOrganisation(scope: StaffScope, id: string) {
  return scope.api(AdminOrganisationQuery, { id });
}
