// GraphQL door to organisations: a tenant user reads its own, staff read any; editing and history.
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
} from 'type-graphql';
import type { Ctx } from '../../context.js';
import { present } from '../../graphql/batch.js';
import { Parent } from '../../graphql/parent.js';
import { CursorScalar } from '../../graphql/scalars.js';
import { toUserErrors } from '../../graphql/user-error.js';
import * as accounts from '../accounts/account.service.js';
import { User } from '../accounts/account.types.js';
import { Theme } from '../department/department.types.js';
import * as organisations from './organisation.service.js';
import {
  AuditEvent,
  AuditEventConnection,
  AuditFieldChange,
  Organisation,
  OrganisationConnection,
  OrganisationPayload,
  UpdateOrganisationInput,
} from './organisation.types.js';

@Resolver(() => Organisation)
export class OrganisationResolver {
  @Authorized()
  @Query(() => Organisation, { nullable: true, description: 'Your organisation; null for department staff.' })
  myOrganisation(@Context() ctx: Ctx): Promise<Organisation | null> {
    return organisations.ownOrganisation(ctx);
  }

  @Authorized()
  @Query(() => Organisation, { description: "NOT_FOUND for another tenant's organisation." })
  organisation(@Arg('id', () => ID) id: string, @Context() ctx: Ctx): Promise<Organisation> {
    return organisations.getOrganisation(ctx, id);
  }

  @Authorized('AGENT', 'DEPARTMENT_ADMIN')
  @Query(() => OrganisationConnection, { description: 'Staff: every organisation, by name.' })
  organisations(
    @Context() ctx: Ctx,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => CursorScalar, { nullable: true }) after?: string,
    @Arg('search', () => String, { nullable: true }) search?: string,
  ) {
    return organisations.listOrganisations(ctx, {
      first,
      after: after ?? null,
      search: search ?? null,
    });
  }

  @FieldResolver(() => [Theme], { description: 'The themes the organisation works with.' })
  async themes(@Parent() organisation: Organisation, @Context() ctx: Ctx): Promise<Theme[]> {
    const ids = await ctx.loaders.organisationThemeIds.load(organisation.id);
    return present(await ctx.loaders.theme.loadMany(ids));
  }

  @Authorized()
  @FieldResolver(() => [User], { description: "The organisation's users." })
  users(@Parent() organisation: Organisation, @Context() ctx: Ctx): Promise<User[]> {
    return accounts.listOrganisationUsers(ctx, organisation.id) as Promise<User[]>;
  }

  @Authorized('ADMIN', 'DEPARTMENT_ADMIN')
  @Mutation(() => OrganisationPayload, {
    description:
      'ADMIN: phone, email and website of your organisation. DEPARTMENT_ADMIN: every field of any organisation. (AGENT: none.)',
  })
  async updateOrganisation(
    @Arg('input') input: UpdateOrganisationInput,
    @Context() ctx: Ctx,
  ): Promise<OrganisationPayload> {
    const result = await organisations.updateOrganisation(ctx, input);
    return result.ok
      ? { errors: [], organisation: result.value }
      : { errors: toUserErrors(ctx.lang, result.errors), organisation: null };
  }

  @Authorized()
  @Query(() => AuditEventConnection, {
    description:
      "Who changed the organisation's data and contacts, newest first. ADMINs of the organisation and staff.",
  })
  organisationHistory(
    @Arg('organisationId', () => ID) organisationId: string,
    @Context() ctx: Ctx,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => CursorScalar, { nullable: true }) after?: string,
  ) {
    return organisations.organisationHistory(ctx, {
      organisationId,
      first,
      after: after ?? null,
    });
  }
}

@Resolver(() => AuditEvent)
export class AuditEventResolver {
  @FieldResolver(() => User, {
    nullable: true,
    description: 'Null for the system (e.g. a contact confirming).',
  })
  actor(@Parent() event: AuditEvent, @Context() ctx: Ctx): Promise<User | null> {
    return event.actorUserId
      ? (ctx.loaders.user.load(event.actorUserId) as Promise<User | null>)
      : Promise.resolve(null);
  }

  @FieldResolver(() => Organisation, { nullable: true, description: 'Null for a change of the department.' })
  organisation(@Parent() event: AuditEvent, @Context() ctx: Ctx): Promise<Organisation | null> {
    return event.organisationId ? ctx.loaders.organisation.load(event.organisationId) : Promise.resolve(null);
  }

  @FieldResolver(() => [AuditFieldChange])
  changes(@Parent() event: AuditEvent): AuditFieldChange[] {
    return event.changes.map((c) => ({ field: c.field, oldValue: c.old, newValue: c.new }));
  }
}
