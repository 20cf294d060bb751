// GraphQL shapes of contact persons, their confirmation, and the payloads of contact mutations.
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { graphqlEnum } from '../../graphql/enums.js';
import { ConnectionType } from '../../graphql/relay.js';
import { UserError } from '../../graphql/user-error.js';
import { Language } from '../../i18n/language-enum.js';
import { CONFIRMATION_STATUSES, type ConfirmationStatus } from './contact-confirmation.service.js';
import {
  CONTACT_PERSON_STATUSES,
  type ContactPersonStatus as ContactPersonStatusValue,
  UNDELIVERABLE_SOURCES,
  type UndeliverableSource as UndeliverableSourceValue,
} from './contact-person.entity.js';

export const ContactPersonStatus = graphqlEnum(CONTACT_PERSON_STATUSES, {
  name: 'ContactPersonStatus',
  description: 'Only CONFIRMED contacts receive message notifications.',
});

export type ContactPersonStatus = ContactPersonStatusValue;

export const ContactConfirmationStatus = graphqlEnum(CONFIRMATION_STATUSES, {
  name: 'ContactConfirmationStatus',
  description: 'What opening a confirmation link did.',
  valuesConfig: {
    CONFIRMED: { description: 'The contact is confirmed now.' },
    ALREADY_CONFIRMED: {
      description: 'The contact had already confirmed this address (e.g. a second click).',
    },
    EXPIRED: { description: 'The link is too old; an ADMIN of the organisation can resend it.' },
    USED: { description: 'The link was used before, and the contact is unconfirmed again since.' },
    INVALID: { description: 'Unknown link, or one for an address the contact no longer has.' },
  },
});
export type ContactConfirmationStatus = ConfirmationStatus;

export const UndeliverableSource = graphqlEnum(UNDELIVERABLE_SOURCES, {
  name: 'UndeliverableSource',
  valuesConfig: {
    SMTP_REJECTION: {
      description: 'The SMTP server refused the mail permanently (5xx), or every retry failed.',
    },
    BOUNCE: { description: 'A bounce message came back by mail after the mail was accepted.' },
  },
});
export type UndeliverableSource = UndeliverableSourceValue;

@ObjectType({ description: "Why a contact person's address cannot be mailed, and since when." })
export class EmailUndeliverable {
  @Field({ description: "The mail server's answer, e.g. '550 No such user'." }) reason!: string;
  @Field() since!: Date;
  @Field(() => UndeliverableSource) source!: UndeliverableSource;
}

@ObjectType({ description: 'A contact person (contactpersoon) of an organisation, for one or more themes.' })
export class ContactPerson {
  @Field(() => ID) id!: string;
  @Field(() => ID) organisationId!: string;
  @Field() firstName!: string;
  @Field() lastName!: string;
  @Field() email!: string;
  @Field(() => String, { nullable: true, description: 'E.164, e.g. +3250123456.' }) phone!: string | null;
  @Field(() => Language, { description: 'The language of the mails the contact receives.' })
  language!: Language;
  @Field(() => ContactPersonStatus) status!: ContactPersonStatus;
  @Field(() => Date, { nullable: true }) confirmedAt!: Date | null;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
}

export const ContactPersonConnection = ConnectionType(ContactPerson, 'ContactPerson');

@InputType()
export class ContactPersonFilter {
  @Field(() => ID, { nullable: true }) themeId?: string | null;
  @Field(() => ContactPersonStatus, { nullable: true }) status?: ContactPersonStatus | null;
}

@InputType()
export class AddContactPersonInput {
  @Field() firstName!: string;
  @Field() lastName!: string;
  @Field() email!: string;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => Language, { nullable: true, description: 'Dutch when not given.' }) language?: Language | null;
  @Field(() => [ID], { description: 'One or more themes of the organisation.' }) themeIds!: string[];
}

@InputType({ description: 'Every field is replaced; a null phone clears it, a null language keeps it.' })
export class UpdateContactPersonInput {
  @Field(() => ID) id!: string;
  @Field() firstName!: string;
  @Field() lastName!: string;
  @Field() email!: string;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => Language, { nullable: true }) language?: Language | null;
  @Field(() => [ID]) themeIds!: string[];
}

@ObjectType()
export class ContactPersonPayload {
  @Field(() => [UserError]) errors!: UserError[];
  @Field(() => ContactPerson, { nullable: true }) contactPerson!: ContactPerson | null;
}

@ObjectType({ description: 'The answer to opening a confirmation link.' })
export class ConfirmContactPersonPayload {
  @Field(() => ContactConfirmationStatus) status!: ContactConfirmationStatus;
  @Field({ description: "What happened and what to do next, in the viewer's language." }) message!: string;
  @Field(() => String, { nullable: true, description: 'Null for an unknown link.' })
  organisationName!: string | null;
  @Field(() => [String], { description: "The contact's themes, in the viewer's language." })
  themeNames!: string[];
}
