// GraphQL shapes of the privacy tools: exports, erasure, legal holds and retention periods.
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { graphqlEnum } from '../../graphql/enums.js';
import { ConnectionType } from '../../graphql/relay.js';
import { UserError } from '../../graphql/user-error.js';
import { EXPORT_STATUSES, type ExportStatus } from './export.service.js';
import { HELD_RECORDS, type HeldRecord } from './legal-holds.service.js';
import { PERSON_KINDS, type PersonKind } from './privacy-access.js';
import {
  HOLD_TARGETS,
  type HoldTarget,
  RETENTION_TARGETS,
  type RetentionTarget,
} from './retention-settings.service.js';

const PersonKindEnum = graphqlEnum(PERSON_KINDS, {
  name: 'PersonKind',
  description: 'USER: a login. CONTACT: a contact person of an organisation.',
});
const ExportStatusEnum = graphqlEnum(EXPORT_STATUSES, {
  name: 'PersonalDataExportStatus',
  description:
    'PENDING: being built. READY: downloadable once. DOWNLOADED, EXPIRED (not downloaded in time): gone. FAILED: could not be built.',
});
const HoldTargetEnum = graphqlEnum(HOLD_TARGETS, { name: 'LegalHoldTarget' });
const RetentionTargetEnum = graphqlEnum(RETENTION_TARGETS, {
  name: 'RetentionTarget',
  description: "THEME: a theme's message threads, after their last message. QUEUE: a queue's closed tickets.",
});

@ObjectType({ description: 'Everything Loket holds about one person, as a ZIP of JSON and attachments.' })
export class PersonalDataExport {
  @Field(() => ID) id!: string;
  @Field(() => PersonKindEnum) subjectKind!: PersonKind;
  @Field(() => ID) subjectId!: string;
  @Field(() => ExportStatusEnum) status!: ExportStatus;
  @Field(() => Int, { nullable: true }) sizeBytes!: number | null;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) readyAt!: Date | null;
  @Field(() => Date, { nullable: true }) downloadedAt!: Date | null;
  @Field({ description: 'Where a READY export is downloaded (GET, with the session), once.' })
  downloadPath!: string;
}

@InputType()
export class PersonInput {
  @Field(() => PersonKindEnum) kind!: PersonKind;
  @Field(() => ID) id!: string;
}

@InputType()
export class RequestPersonalDataExportInput {
  @Field(() => PersonInput, {
    nullable: true,
    description: "Whose data; none: the viewer's own. Someone else's: DEPARTMENT_ADMIN only.",
  })
  person?: PersonInput | null;
}

@InputType()
export class SetLegalHoldInput {
  @Field(() => HoldTargetEnum) target!: HoldTarget;
  @Field(() => ID) id!: string;
  @Field() hold!: boolean;
}

@InputType()
export class SetRetentionPeriodInput {
  @Field(() => RetentionTargetEnum) target!: RetentionTarget;
  @Field(() => ID) id!: string;
  @Field(() => Int, { nullable: true, description: 'Days; none: kept for ever.' })
  retentionDays?: number | null;
}

@ObjectType()
export class PrivacyPayload {
  @Field(() => [UserError]) errors!: UserError[];
  @Field() ok!: boolean;
}

@ObjectType({ description: 'A person Loket holds data about, as the privacy tools find them.' })
class PrivacyPerson {
  @Field(() => PersonKindEnum) kind!: PersonKind;
  @Field(() => ID) id!: string;
  @Field() firstName!: string;
  @Field() lastName!: string;
  @Field() email!: string;
  @Field(() => String, { nullable: true, description: 'None: department staff.' })
  organisationName!: string | null;
  @Field() legalHold!: boolean;
  @Field() erased!: boolean;
}

export const PrivacyPersonConnection = ConnectionType(PrivacyPerson, 'PrivacyPerson');

export const HeldRecordEnum = graphqlEnum(HELD_RECORDS, {
  name: 'LegalHoldRecord',
  description: 'THREAD: a message thread (by its reference number). TICKET: a ticket (by its number).',
});

@ObjectType({ description: "A thread's or ticket's legal hold: while on hold, retention never deletes it." })
export class LegalHold {
  @Field(() => HeldRecordEnum) record!: HeldRecord;
  @Field(() => ID) id!: string;
  @Field({ description: "The thread's reference number or the ticket's number." }) label!: string;
  @Field() title!: string;
  @Field() organisationName!: string;
  @Field() onHold!: boolean;
  @Field(() => String, { nullable: true, description: 'Why it was last put on hold or lifted.' })
  reason!: string | null;
  @Field(() => Date, { nullable: true, description: 'When it was last put on hold or lifted.' })
  heldAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'Who last put it on hold or lifted it.' })
  heldByName!: string | null;
}

export const LegalHoldConnection = ConnectionType(LegalHold, 'LegalHold');

@InputType()
export class ChangeLegalHoldInput {
  @Field(() => HeldRecordEnum) record!: HeldRecord;
  @Field(() => ID) id!: string;
  @Field({ description: 'true: put on hold; false: lift the hold.' }) hold!: boolean;
  @Field({ description: 'Why (3 to 500 characters); kept in the audit history.' }) reason!: string;
}

@ObjectType()
export class LegalHoldPayload {
  @Field(() => [UserError]) errors!: UserError[];
  @Field(() => LegalHold, { nullable: true, description: 'The hold after the change; none on errors.' })
  legalHold!: LegalHold | null;
}

@ObjectType({
  description: "A theme's or queue's retention period and what the next nightly run would delete.",
})
class RetentionRule {
  @Field(() => ID) id!: string;
  @Field() code!: string;
  @Field({ description: "In the viewer's language." }) name!: string;
  @Field(() => Int, { nullable: true, description: 'Days; none: kept for ever.' })
  retentionDays!: number | null;
  @Field(() => Int, {
    description:
      'Threads (theme) or closed tickets (queue) the next run would delete: past the period, not on hold.',
  })
  due!: number;
  @Field(() => Int, { description: 'Threads or tickets on legal hold (kept whatever the period).' })
  held!: number;
}

@ObjectType()
export class RetentionOverview {
  @Field(() => [RetentionRule], { description: 'Message threads, after their last message.' })
  themes!: RetentionRule[];
  @Field(() => [RetentionRule], { description: 'Closed tickets, after their closing.' })
  queues!: RetentionRule[];
}

@ObjectType({ description: 'One run of the retention job and what it deleted.' })
export class RetentionRun {
  @Field() startedAt!: Date;
  @Field() finishedAt!: Date;
  @Field(() => Int) threads!: number;
  @Field(() => Int) tickets!: number;
  @Field(() => Int) inboundMails!: number;
  @Field(() => Int, { description: 'Stored files removed: attachments, raw mails, expired exports.' })
  files!: number;
  @Field(() => Int) webhookDeliveries!: number;
  @Field(() => Int) exports!: number;
}
