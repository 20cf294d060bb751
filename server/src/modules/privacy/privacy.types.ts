// GraphQL shapes of the privacy tools: exports, erasure, legal holds and retention periods.
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { graphqlEnum } from '../../graphql/enums.js';
import { ConnectionType } from '../../graphql/relay.js';
import { UserError } from '../../graphql/user-error.js';
import { EXPORT_STATUSES, type ExportStatus } from './export.service.js';
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
