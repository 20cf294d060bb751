// Contacts: an organisation's contact persons per theme, and the single-use links that confirm them.
// Every table carries organisation_id and is bound by row-level security like the foundation's.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Contacts1763800002000 implements MigrationInterface {
  name = 'Contacts1763800002000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE contact_person (
        id uuid PRIMARY KEY,
        organisation_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
        first_name text NOT NULL,
        last_name text NOT NULL,
        email text NOT NULL,
        phone text,
        language text NOT NULL DEFAULT 'nl' CHECK (language IN ('nl', 'en')),
        status text NOT NULL DEFAULT 'UNCONFIRMED' CHECK (status IN ('UNCONFIRMED', 'CONFIRMED')),
        confirmed_at timestamptz,
        -- When the last confirmation mail was queued: resending is throttled on it.
        confirmation_sent_at timestamptz,
        -- Where the contact was added: the contacts page, or a message ('as a standard contact of the theme').
        created_via text NOT NULL DEFAULT 'contacts-page' CHECK (created_via IN ('contacts-page', 'message')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT contact_person_confirmed_at CHECK ((status = 'CONFIRMED') = (confirmed_at IS NOT NULL)),
        -- Target of the composite key below: a theme link belongs to the contact's own organisation.
        CONSTRAINT contact_person_id_organisation_key UNIQUE (id, organisation_id)
      );
      CREATE UNIQUE INDEX contact_person_email_key ON contact_person (organisation_id, lower(email));
      CREATE INDEX contact_person_name_idx
        ON contact_person (organisation_id, lower(last_name), lower(first_name), id);

      -- The themes a contact is a contact for; only themes the organisation works with (organisation_theme).
      CREATE TABLE contact_person_theme (
        organisation_id uuid NOT NULL,
        contact_person_id uuid NOT NULL,
        theme_id uuid NOT NULL,
        PRIMARY KEY (contact_person_id, theme_id),
        FOREIGN KEY (contact_person_id, organisation_id)
          REFERENCES contact_person (id, organisation_id) ON DELETE CASCADE,
        FOREIGN KEY (organisation_id, theme_id)
          REFERENCES organisation_theme (organisation_id, theme_id) ON DELETE CASCADE
      );
      CREATE INDEX contact_person_theme_theme_idx ON contact_person_theme (organisation_id, theme_id);

      -- Confirmation links: only the SHA-256 of the token is stored. A link confirms the address it was
      -- mailed to (email), so a link to an address the contact no longer has confirms nothing.
      CREATE TABLE contact_confirmation (
        id uuid PRIMARY KEY,
        organisation_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
        contact_person_id uuid NOT NULL REFERENCES contact_person (id) ON DELETE CASCADE,
        email text NOT NULL,
        token_hash bytea NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      );
      CREATE INDEX contact_confirmation_contact_idx ON contact_confirmation (contact_person_id);

      ALTER TABLE contact_person ENABLE ROW LEVEL SECURITY;
      CREATE POLICY contact_person_access ON contact_person
        USING (app_can_access(organisation_id)) WITH CHECK (app_can_access(organisation_id));

      ALTER TABLE contact_person_theme ENABLE ROW LEVEL SECURITY;
      CREATE POLICY contact_person_theme_access ON contact_person_theme
        USING (app_can_access(organisation_id)) WITH CHECK (app_can_access(organisation_id));

      -- Created in a tenant scope (an ADMIN adds a contact) but read and used only in the system scope (the
      -- public confirmation). Removed with their contact (the cascade is not subject to these policies).
      ALTER TABLE contact_confirmation ENABLE ROW LEVEL SECURITY;
      CREATE POLICY contact_confirmation_read ON contact_confirmation FOR SELECT USING (app_scope() = 'system');
      CREATE POLICY contact_confirmation_insert ON contact_confirmation FOR INSERT
        WITH CHECK (app_can_access(organisation_id));
      CREATE POLICY contact_confirmation_update ON contact_confirmation FOR UPDATE
        USING (app_scope() = 'system');
      CREATE POLICY contact_confirmation_delete ON contact_confirmation FOR DELETE
        USING (app_scope() = 'system');
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE contact_confirmation, contact_person_theme, contact_person;');
  }
}
