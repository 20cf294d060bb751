// Tickets (technical helpdesk, issue 13): the configurable lists (categories, support types, queues,
// labels), tickets numbered from a sequence, their conversation (public replies, internal notes, timeline
// events), participants with a notification switch, a full-text index, and row-level security that binds
// a tenant's rows to the organisation AND to the user's role (a MEMBER sees only their own tickets).
import type { MigrationInterface, QueryRunner } from 'typeorm';

// Reference lists: every installation needs them (a ticket must have a queue and category), so they are
// data of the migration, not demo data. Codes are stable; names and texts can be changed by staff later.
const categories: Array<[code: string, nl: string, en: string]> = [
  ['FINANCIAL', 'Financieel', 'Financial'],
  ['EXTERNAL_LINK', 'Externe koppeling', 'External link'],
  ['TECHNICAL', 'Techniek', 'Technical'],
  ['ACCOUNTS', 'Gebruikers en toegang', 'Users and access'],
  ['MESSAGES', 'Berichten en documenten', 'Messages and documents'],
  ['REGISTRATION', 'Registratie en gegevens', 'Registration and data'],
  ['OTHER', 'Overige', 'Other'],
];

// `003` (Daklab support types).
const supportTypes: Array<[code: string, nl: string, en: string]> = [
  ['QUESTION', 'Vraag', 'Question'],
  ['FIRST_LINE_INCIDENT', 'Eerstelijns incident', 'First-line incident'],
  ['SECOND_LINE', 'Tweedelijns', 'Second line'],
  ['COMPLEX_MANAGEMENT', 'Complexmanagement', 'Complex management'],
  ['CHANGE_REQUEST', 'Wijzigingsverzoek', 'Change request'],
  ['PROBLEM', 'Problem', 'Problem'],
  ['MAJOR_INCIDENT', 'Major incident', 'Major incident'],
];

// `002` §4 (afdelingen): what the queue means for the customer and the reaction they may expect.
const queues: Array<{
  code: string;
  nl: string;
  en: string;
  explanationNl: string;
  explanationEn: string;
  reactionNl: string | null;
  reactionEn: string | null;
}> = [
  {
    code: 'HELPDESK',
    nl: 'Helpdesk',
    en: 'Helpdesk',
    explanationNl:
      'Alle meldingen komen binnen bij de Helpdesk. U krijgt binnen 24 uur antwoord en een ticketnummer.',
    explanationEn:
      'Every ticket arrives at the Helpdesk. You get an answer and a ticket number within 24 hours.',
    reactionNl: 'Binnen 24 uur',
    reactionEn: 'Within 24 hours',
  },
  {
    code: 'BI',
    nl: 'BI',
    en: 'BI',
    explanationNl: 'Uw vraag gaat over de BI-module of data-extracties en is doorgezet naar de afdeling BI.',
    explanationEn: 'Your question concerns the BI module or data extracts and was passed on to the BI team.',
    reactionNl: null,
    reactionEn: null,
  },
  {
    code: 'UPDATES',
    nl: 'Updates',
    en: 'Updates',
    explanationNl: 'Uw verzoek om een update of upgrade wordt door de afdeling Updates behandeld.',
    explanationEn: 'Your request for an update or upgrade is handled by the Updates team.',
    reactionNl: null,
    reactionEn: null,
  },
  {
    code: 'WAITING',
    nl: 'Wacht op reactie',
    en: 'Waiting for reply',
    explanationNl: 'De helpdesk heeft u een vraag gesteld en wacht op uw antwoord.',
    explanationEn: 'The helpdesk has asked you a question and is waiting for your answer.',
    reactionNl: null,
    reactionEn: null,
  },
  {
    code: 'INTERNAL_REVIEW',
    nl: 'Intern bespreken',
    en: 'Internal review',
    explanationNl: 'Uw melding staat ingepland voor het wekelijks overleg tussen helpdesk en productmanager.',
    explanationEn: 'Your ticket is planned for the weekly meeting of the helpdesk and the product manager.',
    reactionNl: 'Binnen 2 weken',
    reactionEn: 'Within 2 weeks',
  },
  {
    code: 'FUNCTIONAL_REVIEW',
    nl: 'Functioneel overleg',
    en: 'Functional review',
    explanationNl:
      'Uw melding staat ingepland voor het maandelijks functioneel overleg tussen productmanager en consultants.',
    explanationEn:
      'Your ticket is planned for the monthly functional meeting of the product manager and the consultants.',
    reactionNl: 'Ongeveer binnen 6 weken',
    reactionEn: 'In about 6 weeks',
  },
  {
    code: 'DESIGN',
    nl: 'Ontwerp',
    en: 'Design',
    explanationNl:
      'Uw melding is van belang voor alle klanten, maar de oplossing moet nog ontworpen worden. Daarna gaat ze naar Ontwikkel.',
    explanationEn:
      'Your ticket matters to every customer, but the solution still has to be designed. Then it moves to Development.',
    reactionNl: null,
    reactionEn: null,
  },
  {
    code: 'DEVELOPMENT',
    nl: 'Ontwikkel',
    en: 'Development',
    explanationNl:
      "De oplossing staat op de lijst 'te ontwikkelen' voor een nieuwe versie; de productmanager plant ze in.",
    explanationEn:
      "The solution is on the 'to develop' list for a new version; the product manager plans it.",
    reactionNl: null,
    reactionEn: null,
  },
  {
    code: 'PLANNED',
    nl: 'Gepland',
    en: 'Planned',
    explanationNl: 'De oplossing komt in de (tussen)versie die bij het ticket staat.',
    explanationEn: 'The solution will be in the (interim) version shown on the ticket.',
    reactionNl: null,
    reactionEn: null,
  },
  {
    code: 'DELIVERED',
    nl: 'Opgeleverd',
    en: 'Delivered',
    explanationNl: 'De oplossing is opgeleverd in een tussen- of hoofdversie.',
    explanationEn: 'The solution has been delivered in an interim or major version.',
    reactionNl: null,
    reactionEn: null,
  },
  {
    code: 'WISHLIST',
    nl: 'Wensenlijst',
    en: 'Wish list',
    explanationNl:
      'De oplossing is niet voor alle klanten van belang en staat op de wensenlijst. Komt er meer vraag naar, dan heroverwegen we ze.',
    explanationEn:
      'The solution does not matter to every customer and is on the wish list. If more customers ask for it, we reconsider.',
    reactionNl: null,
    reactionEn: null,
  },
];

const literal = (value: string | null) => (value === null ? 'NULL' : `'${value.replaceAll("'", "''")}'`);

export class Tickets1764700000000 implements MigrationInterface {
  name = 'Tickets1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      -- The tenant roles of the transaction (app.roles, comma-separated; set by db/scope.ts).
      CREATE FUNCTION app_has_role(role text) RETURNS boolean LANGUAGE sql STABLE PARALLEL SAFE
        AS $$ SELECT role = ANY (string_to_array(coalesce(current_setting('app.roles', true), ''), ',')) $$;

      CREATE TABLE ticket_category (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE,
        name_nl text NOT NULL,
        name_en text NOT NULL,
        position integer NOT NULL DEFAULT 0,
        active boolean NOT NULL DEFAULT true
      );
      CREATE TABLE ticket_support_type (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE,
        name_nl text NOT NULL,
        name_en text NOT NULL,
        position integer NOT NULL DEFAULT 0,
        active boolean NOT NULL DEFAULT true
      );
      CREATE TABLE ticket_queue (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE,
        name_nl text NOT NULL,
        name_en text NOT NULL,
        -- Shown to the customer on the ticket.
        explanation_nl text NOT NULL,
        explanation_en text NOT NULL,
        expected_reaction_nl text,
        expected_reaction_en text,
        -- Functioneel overleg: the next meeting, shown on the portal.
        next_meeting_on date,
        is_default boolean NOT NULL DEFAULT false,
        position integer NOT NULL DEFAULT 0
      );
      CREATE UNIQUE INDEX ticket_queue_one_default ON ticket_queue (is_default) WHERE is_default;
      CREATE TABLE ticket_label (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE,
        name_nl text NOT NULL,
        name_en text NOT NULL,
        -- Internal labels are never shown to an organisation.
        visible_to_customer boolean NOT NULL DEFAULT false
      );

      CREATE SEQUENCE ticket_number_seq;

      CREATE TABLE ticket (
        id uuid PRIMARY KEY,
        organisation_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
        number text NOT NULL UNIQUE,
        -- A user of the organisation, or only an address (tickets that came by mail or phone).
        requester_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
        requester_email text NOT NULL,
        -- Users of the organisation taking part besides the requester (kept by a trigger from
        -- ticket_participant): the row policy reads it without reading another table.
        participant_user_ids uuid[] NOT NULL DEFAULT '{}',
        channel text NOT NULL CHECK (channel IN ('PORTAL', 'WIDGET', 'EMAIL', 'PHONE', 'CHAT')),
        subject text NOT NULL,
        description text NOT NULL,
        category_id uuid NOT NULL REFERENCES ticket_category (id),
        support_type_id uuid NOT NULL REFERENCES ticket_support_type (id),
        status text NOT NULL DEFAULT 'NEW'
          CHECK (status IN ('NEW', 'ANSWERED', 'OPEN', 'POSTPONED', 'RESOLVED', 'CLOSED')),
        queue_id uuid NOT NULL REFERENCES ticket_queue (id),
        assignee_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
        planned_version text,
        expected_resolution_on date,
        postponed_until date,
        solution text,
        close_requested_at timestamptz,
        -- A duplicate merged into another ticket of the same organisation points to it.
        merged_into_id uuid REFERENCES ticket (id),
        -- A reply on a closed ticket starts a new one that links to the old one.
        previous_ticket_id uuid REFERENCES ticket (id),
        created_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        client_key text,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        first_response_at timestamptz,
        resolved_at timestamptz,
        closed_at timestamptz,
        -- Service levels (their own issue): due times, filled in by the SLA clock.
        first_response_due_at timestamptz,
        resolution_due_at timestamptz,
        -- Full text: subject, description, number and public replies (dutch for words, simple for codes);
        -- notes apart, searched by staff only.
        search_public tsvector NOT NULL DEFAULT ''::tsvector,
        search_notes tsvector NOT NULL DEFAULT ''::tsvector,
        CONSTRAINT ticket_client_key_unique UNIQUE (created_by, client_key),
        CONSTRAINT ticket_postponed_has_date CHECK (status <> 'POSTPONED' OR postponed_until IS NOT NULL),
        CONSTRAINT ticket_resolved_has_solution CHECK (status <> 'RESOLVED' OR solution IS NOT NULL)
      );
      CREATE INDEX ticket_organisation_idx ON ticket (organisation_id, updated_at DESC, id DESC);
      CREATE INDEX ticket_requester_idx ON ticket (requester_id, updated_at DESC, id DESC);
      CREATE INDEX ticket_queue_idx ON ticket (queue_id, status, updated_at DESC, id DESC);
      CREATE INDEX ticket_assignee_idx ON ticket (assignee_id, updated_at DESC, id DESC);
      CREATE INDEX ticket_updated_idx ON ticket (updated_at DESC, id DESC);
      CREATE INDEX ticket_participants_idx ON ticket USING gin (participant_user_ids);
      CREATE INDEX ticket_search_public_idx ON ticket USING gin (search_public);
      CREATE INDEX ticket_search_notes_idx ON ticket USING gin (search_notes);

      CREATE TABLE ticket_label_link (
        ticket_id uuid NOT NULL REFERENCES ticket (id) ON DELETE CASCADE,
        label_id uuid NOT NULL REFERENCES ticket_label (id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
        PRIMARY KEY (ticket_id, label_id)
      );
      CREATE INDEX ticket_label_link_label_idx ON ticket_label_link (label_id);

      -- The conversation and timeline: public replies, internal notes (staff only) and events (status,
      -- queue, assignment, merge), oldest first.
      CREATE TABLE ticket_entry (
        id uuid PRIMARY KEY,
        organisation_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
        ticket_id uuid NOT NULL REFERENCES ticket (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('REPLY', 'NOTE', 'EVENT')),
        author_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
        -- Written by department staff (true) or by the organisation (false).
        by_staff boolean NOT NULL,
        body text NOT NULL DEFAULT '',
        -- EVENT: what happened, e.g. {"type": "STATUS", "from": "NEW", "to": "ANSWERED"}.
        event jsonb,
        -- A customer's reply asking to close the ticket ('000').
        close_request boolean NOT NULL DEFAULT false,
        created_at timestamptz(3) NOT NULL DEFAULT clock_timestamp(),
        client_key text,
        CONSTRAINT ticket_entry_client_key_unique UNIQUE (author_id, client_key)
      );
      CREATE INDEX ticket_entry_ticket_idx ON ticket_entry (ticket_id, created_at, id);

      CREATE TABLE ticket_participant (
        ticket_id uuid NOT NULL REFERENCES ticket (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
        -- 'Geen meldingen meer' ('000'): false stops the mails of this ticket for this participant.
        notify boolean NOT NULL DEFAULT true,
        added_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (ticket_id, user_id)
      );
      CREATE INDEX ticket_participant_user_idx ON ticket_participant (user_id);

      -- Attachments of ticket entries reuse the messages module's table (upload, scan, storage).
      ALTER TABLE attachment ADD COLUMN ticket_entry_id uuid REFERENCES ticket_entry (id) ON DELETE CASCADE;
      CREATE INDEX attachment_ticket_entry_idx ON attachment (ticket_entry_id) WHERE ticket_entry_id IS NOT NULL;

      -- Keeps ticket.participant_user_ids equal to the organisation users in ticket_participant.
      CREATE FUNCTION ticket_participants_sync() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        t uuid := coalesce(NEW.ticket_id, OLD.ticket_id);
      BEGIN
        UPDATE ticket SET participant_user_ids = coalesce((
          SELECT array_agg(p.user_id ORDER BY p.user_id) FROM ticket_participant p
            JOIN app_user u ON u.id = p.user_id
           WHERE p.ticket_id = t AND u.organisation_id IS NOT NULL), '{}')
         WHERE id = t;
        RETURN NULL;
      END $$;
      CREATE TRIGGER ticket_participant_sync AFTER INSERT OR DELETE OR UPDATE OF ticket_id, user_id
        ON ticket_participant FOR EACH ROW EXECUTE FUNCTION ticket_participants_sync();

      -- Recomputes a ticket's full-text vectors from its text and entries.
      CREATE FUNCTION ticket_refresh_search(t uuid) RETURNS void LANGUAGE sql AS $$
        UPDATE ticket SET
          search_public =
            setweight(to_tsvector('simple', number), 'A')
            || setweight(to_tsvector('dutch', subject), 'A')
            || setweight(to_tsvector('simple', subject), 'B')
            || setweight(to_tsvector('dutch', description), 'C')
            || setweight(to_tsvector('simple', description), 'D')
            || coalesce((SELECT to_tsvector('dutch', string_agg(e.body, ' ')) || to_tsvector('simple', string_agg(e.body, ' '))
                           FROM ticket_entry e WHERE e.ticket_id = t AND e.kind = 'REPLY'), ''::tsvector),
          search_notes =
            coalesce((SELECT to_tsvector('dutch', string_agg(e.body, ' ')) || to_tsvector('simple', string_agg(e.body, ' '))
                        FROM ticket_entry e WHERE e.ticket_id = t AND e.kind = 'NOTE'), ''::tsvector)
        WHERE id = t
      $$;

      -- Row-level security. A tenant sees its organisation's tickets by role: ADMIN and MEMBER_PLUS all of
      -- them, a MEMBER those they requested or take part in. Staff and the system see all.
      CREATE FUNCTION app_can_see_ticket(org uuid, requester uuid, participants uuid[])
        RETURNS boolean LANGUAGE sql STABLE PARALLEL SAFE AS $$
        SELECT app_scope() IN ('staff', 'system') OR (
          app_scope() = 'tenant' AND org = app_organisation_id() AND (
            app_has_role('ADMIN') OR app_has_role('MEMBER_PLUS')
            OR requester = app_user_id() OR app_user_id() = ANY (participants)))
      $$;

      ALTER TABLE ticket ENABLE ROW LEVEL SECURITY;
      ALTER TABLE ticket FORCE ROW LEVEL SECURITY;
      CREATE POLICY ticket_access ON ticket
        USING (app_can_see_ticket(organisation_id, requester_id, participant_user_ids))
        WITH CHECK (app_can_see_ticket(organisation_id, requester_id, participant_user_ids));

      -- Notes are staff-only in the database too; a tenant row needs a ticket the tenant may see.
      ALTER TABLE ticket_entry ENABLE ROW LEVEL SECURITY;
      ALTER TABLE ticket_entry FORCE ROW LEVEL SECURITY;
      CREATE POLICY ticket_entry_access ON ticket_entry
        USING (app_can_access(organisation_id) AND (kind <> 'NOTE' OR app_scope() IN ('staff', 'system'))
               AND EXISTS (SELECT 1 FROM ticket t WHERE t.id = ticket_entry.ticket_id))
        WITH CHECK (app_can_access(organisation_id) AND (kind <> 'NOTE' OR app_scope() IN ('staff', 'system'))
               AND EXISTS (SELECT 1 FROM ticket t WHERE t.id = ticket_entry.ticket_id));

      ALTER TABLE ticket_participant ENABLE ROW LEVEL SECURITY;
      ALTER TABLE ticket_participant FORCE ROW LEVEL SECURITY;
      CREATE POLICY ticket_participant_access ON ticket_participant
        USING (app_can_access(organisation_id) AND EXISTS (SELECT 1 FROM ticket t WHERE t.id = ticket_participant.ticket_id))
        WITH CHECK (app_can_access(organisation_id) AND EXISTS (SELECT 1 FROM ticket t WHERE t.id = ticket_participant.ticket_id));

      ALTER TABLE ticket_label_link ENABLE ROW LEVEL SECURITY;
      ALTER TABLE ticket_label_link FORCE ROW LEVEL SECURITY;
      CREATE POLICY ticket_label_link_access ON ticket_label_link
        USING (app_can_access(organisation_id) AND EXISTS (SELECT 1 FROM ticket t WHERE t.id = ticket_label_link.ticket_id))
        WITH CHECK (app_scope() IN ('staff', 'system'));
    `);

    const values = (rows: string[]) => rows.join(',\n');
    await q.query(`
      INSERT INTO ticket_category (code, name_nl, name_en, position) VALUES
        ${values(categories.map(([code, nl, en], i) => `(${literal(code)}, ${literal(nl)}, ${literal(en)}, ${i})`))};
      INSERT INTO ticket_support_type (code, name_nl, name_en, position) VALUES
        ${values(supportTypes.map(([code, nl, en], i) => `(${literal(code)}, ${literal(nl)}, ${literal(en)}, ${i})`))};
      INSERT INTO ticket_queue (code, name_nl, name_en, explanation_nl, explanation_en, expected_reaction_nl,
                                expected_reaction_en, is_default, position) VALUES
        ${values(
          queues.map(
            (x, i) =>
              `(${literal(x.code)}, ${literal(x.nl)}, ${literal(x.en)}, ${literal(x.explanationNl)}, ${literal(x.explanationEn)}, ${literal(x.reactionNl)}, ${literal(x.reactionEn)}, ${i === 0}, ${i})`,
          ),
        )};
      INSERT INTO ticket_label (code, name_nl, name_en, visible_to_customer) VALUES
        ('SECURITY_INCIDENT', 'Security incident Helpdesk', 'Security incident Helpdesk', true),
        ('SECURITY_INCIDENT_LIGHT', 'Security incident Helpdesk Light', 'Security incident Helpdesk Light', false);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE attachment DROP COLUMN ticket_entry_id;
      DROP TABLE ticket_label_link, ticket_participant, ticket_entry, ticket, ticket_label, ticket_queue,
        ticket_support_type, ticket_category;
      DROP FUNCTION ticket_participants_sync(), ticket_refresh_search(uuid),
        app_can_see_ticket(uuid, uuid, uuid[]), app_has_role(text);
      DROP SEQUENCE ticket_number_seq;
    `);
  }
}
