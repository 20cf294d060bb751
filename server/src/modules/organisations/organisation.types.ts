// GraphQL shapes of an organisation (voorziening), its editing and its history.
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../graphql/relay.js';
import { UserError } from '../../graphql/user-error.js';

@ObjectType({ description: 'A care organisation (voorziening): the tenant.' })
export class Organisation {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true, description: 'KBO or recognition number.' }) externalNumber!:
    | string
    | null;
  @Field(() => String, {
    nullable: true,
    description: 'The Belgian enterprise number (KBO), as 0123.456.749.',
  })
  enterpriseNumber!: string | null;
  @Field(() => String, { nullable: true, description: 'The recognition number (erkenningsnummer).' })
  recognitionNumber!: string | null;
  @Field(() => String, { nullable: true }) phone!: string | null;
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field(() => String, { nullable: true }) websiteUrl!: string | null;
  @Field(() => Date, { nullable: true, description: 'Set while deactivated: its users cannot log in.' })
  deactivatedAt!: Date | null;
  @Field() updatedAt!: Date;
}

export const OrganisationConnection = ConnectionType(Organisation, 'Organisation');

@InputType({
  description:
    'Fields left out stay as they are; null clears an optional one. An ADMIN changes phone, email and websiteUrl; staff every field.',
})
export class UpdateOrganisationInput {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) externalNumber?: string | null;
  @Field(() => String, { nullable: true, description: 'Staff: 10 digits with valid check digits (mod 97).' })
  enterpriseNumber?: string | null;
  @Field(() => String, { nullable: true, description: 'Staff.' }) recognitionNumber?: string | null;
  @Field(() => String, { nullable: true, description: 'Belgian, Dutch or international (E.164).' })
  phone?: string | null;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true, description: 'A full address starting with https:// or http://.' })
  websiteUrl?: string | null;
  @Field(() => [ID], { nullable: true, description: 'Staff: the themes the organisation works with.' })
  themeIds?: string[] | null;
}

@ObjectType()
export class OrganisationPayload {
  @Field(() => [UserError]) errors!: UserError[];
  @Field(() => Organisation, { nullable: true }) organisation!: Organisation | null;
}

@ObjectType({ description: 'One changed field of an audit event, with its old and new value as text.' })
export class AuditFieldChange {
  @Field() field!: string;
  @Field(() => String, { nullable: true }) oldValue!: string | null;
  @Field(() => String, { nullable: true }) newValue!: string | null;
}

@ObjectType({ description: 'Who changed what, when (organisation data, contact persons, users).' })
export class AuditEvent {
  @Field(() => ID) id!: string;
  @Field({ description: 'e.g. organisation.updated, contact.added, contact.confirmed.' }) action!: string;
  @Field({ description: 'e.g. organisation, contact_person, user.' }) entityType!: string;
  @Field(() => ID, { nullable: true }) entityId!: string | null;
  @Field() createdAt!: Date;
  actorUserId!: string | null;
  organisationId!: string | null;
  changes!: Array<{ field: string; old: string | null; new: string | null }>;
}

export const AuditEventConnection = ConnectionType(AuditEvent, 'AuditEvent');
