// GraphQL door to contact persons: thin; authorise, call the services, map results and errors.
import {
  Arg,
  Authorized,
  Ctx as Context,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  UseMiddleware,
} from 'type-graphql';
import type { Ctx } from '../../context.js';
import type { Result } from '../../domain/errors.js';
import { present } from '../../graphql/batch.js';
import { Parent } from '../../graphql/parent.js';
import { CursorScalar } from '../../graphql/scalars.js';
import { toUserErrors } from '../../graphql/user-error.js';
import { infoMessage } from '../../i18n/messages.js';
import { joinNames } from '../../mail/contact-mails.js';
import { Role, User, UserPayload } from '../accounts/account.types.js';
import { MailRateLimit } from '../accounts/rate-limits.js';
import { Theme } from '../department/department.types.js';
import * as confirmation from './contact-confirmation.service.js';
import type { ContactPersonEntity } from './contact-person.entity.js';
import * as contacts from './contact-person.service.js';
import {
  AddContactPersonInput,
  ConfirmContactPersonPayload,
  ContactConfirmationStatus,
  ContactPerson,
  ContactPersonConnection,
  ContactPersonFilter,
  ContactPersonPayload,
  EmailUndeliverable,
  UndeliverableSource,
  UpdateContactPersonInput,
} from './contact-person.types.js';

function payload(ctx: Ctx, result: Result<ContactPersonEntity>): ContactPersonPayload {
  return result.ok
    ? { errors: [], contactPerson: result.value as ContactPerson }
    : { errors: toUserErrors(ctx.lang, result.errors), contactPerson: null };
}

@Resolver(() => ContactPerson)
export class ContactPersonResolver {
  @Authorized()
  @Query(() => ContactPersonConnection, {
    description:
      "The organisation's contact persons by last name, first name. Users of the organisation read their own; staff name the organisation.",
  })
  contactPersons(
    @Context() ctx: Ctx,
    @Arg('organisationId', () => ID, { nullable: true }) organisationId?: string,
    @Arg('filter', () => ContactPersonFilter, { nullable: true }) filter?: ContactPersonFilter,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => CursorScalar, { nullable: true }) after?: string,
  ) {
    return contacts.listContactPersons(ctx, {
      organisationId: organisationId ?? null,
      filter: filter ?? null,
      first,
      after: after ?? null,
    });
  }

  @Authorized()
  @Query(() => ContactPerson, { description: "One contact person; NOT_FOUND for another organisation's." })
  contactPerson(@Arg('id', () => ID) id: string, @Context() ctx: Ctx): Promise<ContactPerson> {
    return contacts.getContactPerson(ctx, id) as Promise<ContactPerson>;
  }

  @FieldResolver(() => EmailUndeliverable, {
    nullable: true,
    description: 'Set when a mail to this address finally failed; null again once the address changes.',
  })
  emailUndeliverable(@Parent() contact: ContactPerson): EmailUndeliverable | null {
    const entity = contact as unknown as ContactPersonEntity;
    if (!entity.emailUndeliverableAt || !entity.emailUndeliverableReason || !entity.emailUndeliverableSource)
      return null;
    return {
      reason: entity.emailUndeliverableReason,
      since: entity.emailUndeliverableAt,
      source: entity.emailUndeliverableSource as UndeliverableSource,
    };
  }

  @FieldResolver(() => [Theme])
  async themes(@Parent() contact: ContactPerson, @Context() ctx: Ctx): Promise<Theme[]> {
    const ids = await ctx.loaders.contactThemeIds.load(contact.id);
    return present(await ctx.loaders.theme.loadMany(ids));
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether a user of the organisation (active or invited) has this email address.',
  })
  hasAccess(@Parent() contact: ContactPerson, @Context() ctx: Ctx): Promise<boolean> {
    return ctx.loaders.contactHasAccess.load({
      organisationId: contact.organisationId,
      email: contact.email,
    });
  }

  @Authorized('ADMIN')
  @UseMiddleware(MailRateLimit)
  @Mutation(() => ContactPersonPayload, {
    description: 'ADMIN: add a contact person; they are mailed a confirmation link.',
  })
  async addContactPerson(
    @Arg('input') input: AddContactPersonInput,
    @Context() ctx: Ctx,
  ): Promise<ContactPersonPayload> {
    return payload(ctx, await contacts.addContactPerson(ctx, input));
  }

  @Authorized('ADMIN')
  @UseMiddleware(MailRateLimit)
  @Mutation(() => ContactPersonPayload, {
    description:
      'ADMIN: change a contact person; they are mailed the changed fields. A new email address must be confirmed again.',
  })
  async updateContactPerson(
    @Arg('input') input: UpdateContactPersonInput,
    @Context() ctx: Ctx,
  ): Promise<ContactPersonPayload> {
    return payload(ctx, await contacts.updateContactPerson(ctx, input));
  }

  @Authorized('ADMIN')
  @UseMiddleware(MailRateLimit)
  @Mutation(() => ID, {
    description: 'ADMIN: remove a contact person (who is mailed about it). The removed id.',
  })
  removeContactPerson(@Arg('id', () => ID) id: string, @Context() ctx: Ctx): Promise<string> {
    return contacts.removeContactPerson(ctx, id);
  }

  @Authorized('ADMIN')
  @UseMiddleware(MailRateLimit)
  @Mutation(() => ContactPersonPayload, {
    description: `ADMIN: mail an unconfirmed contact a new confirmation link (at most once per ${confirmation.RESEND_INTERVAL_MINUTES} minutes).`,
  })
  async resendContactConfirmation(
    @Arg('id', () => ID) id: string,
    @Context() ctx: Ctx,
  ): Promise<ContactPersonPayload> {
    return payload(ctx, await contacts.resendContactConfirmation(ctx, id));
  }

  @Authorized('ADMIN')
  @UseMiddleware(MailRateLimit)
  @Mutation(() => UserPayload, { description: 'ADMIN: invite a contact person to the e-loket as a user.' })
  async inviteContactPerson(
    @Arg('id', () => ID) id: string,
    @Arg('roles', () => [Role]) roles: Role[],
    @Context() ctx: Ctx,
  ): Promise<UserPayload> {
    const result = await contacts.inviteContactPerson(ctx, id, roles);
    return result.ok
      ? { errors: [], user: result.value as User }
      : { errors: toUserErrors(ctx.lang, result.errors), user: null };
  }

  @Mutation(() => ConfirmContactPersonPayload, {
    description: 'Public: open a confirmation link. Never logs anyone in or changes a session.',
  })
  async confirmContactPerson(
    @Arg('token') token: string,
    @Context() ctx: Ctx,
  ): Promise<ConfirmContactPersonPayload> {
    return confirmationPayload(ctx, await confirmation.confirmContactPerson(ctx, token));
  }

  @Query(() => ConfirmContactPersonPayload, {
    nullable: true,
    description:
      'Public: what opening this confirmation link would answer, changing nothing; null while it can still confirm.',
  })
  async contactConfirmationLink(
    @Arg('token') token: string,
    @Context() ctx: Ctx,
  ): Promise<ConfirmContactPersonPayload | null> {
    const outcome = await confirmation.peekContactConfirmation(ctx, token);
    return outcome ? confirmationPayload(ctx, outcome) : null;
  }
}

function confirmationPayload(
  ctx: Ctx,
  outcome: confirmation.ConfirmationOutcome,
): ConfirmContactPersonPayload {
  const themeNames = outcome.themes.map((t) => (ctx.lang === 'en' ? t.nameEn : t.nameNl));
  return {
    status: outcome.status as ContactConfirmationStatus,
    message: infoMessage(ctx.lang, `CONTACT_CONFIRMATION_${outcome.status}`, {
      organisation: outcome.organisationName ?? '',
      themes: joinNames(ctx.lang, themeNames),
    }),
    organisationName: outcome.organisationName,
    themeNames,
  };
}
