// GraphQL door to the privacy tools (decision 0029): exports for the viewer or, for a DEPARTMENT_ADMIN,
// anyone; erasure, legal holds and retention periods for a DEPARTMENT_ADMIN.
import { Arg, Authorized, Ctx as Context, Mutation, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../../context.js';
import { toUserErrors } from '../../graphql/user-error.js';
import { erasePerson } from './erase.service.js';
import { type PersonalDataExport as ExportValue, myExports, requestExport } from './export.service.js';
import { findPeople } from './people.service.js';
import {
  PersonalDataExport,
  PersonInput,
  PrivacyPayload,
  PrivacyPerson,
  RequestPersonalDataExportInput,
  SetLegalHoldInput,
  SetRetentionPeriodInput,
} from './privacy.types.js';
import { setLegalHold, setRetentionPeriod } from './retention-settings.service.js';

const withPath = (e: ExportValue): PersonalDataExport => ({ ...e, downloadPath: `/exports/${e.id}` });

@Resolver()
export class PrivacyResolver {
  @Authorized('DEPARTMENT_ADMIN')
  @Query(() => [PrivacyPerson], {
    description:
      'DEPARTMENT_ADMIN: users and contact persons whose name or address contains `search` (the first 25).',
  })
  privacyPeople(@Arg('search') search: string, @Context() ctx: Ctx): Promise<PrivacyPerson[]> {
    return findPeople(ctx, search);
  }

  @Authorized()
  @Query(() => [PersonalDataExport], {
    description: 'The exports the viewer asked for, newest first (the last 10).',
  })
  async myPersonalDataExports(@Context() ctx: Ctx): Promise<PersonalDataExport[]> {
    return (await myExports(ctx)).map(withPath);
  }

  @Authorized()
  @Mutation(() => PersonalDataExport, {
    description: 'Asks for an export of personal data; the requester is mailed when it can be downloaded.',
  })
  async requestPersonalDataExport(
    @Arg('input') input: RequestPersonalDataExportInput,
    @Context() ctx: Ctx,
  ): Promise<PersonalDataExport> {
    return withPath(await requestExport(ctx, input.person ?? null));
  }

  @Authorized('DEPARTMENT_ADMIN')
  @Mutation(() => PrivacyPayload, {
    description:
      'DEPARTMENT_ADMIN: anonymises a person; what they wrote stays. Refused (errors) under legal retention.',
  })
  async erasePerson(@Arg('input') input: PersonInput, @Context() ctx: Ctx): Promise<PrivacyPayload> {
    const result = await erasePerson(ctx, input.kind, input.id);
    return result.ok
      ? { errors: [], ok: true }
      : { errors: toUserErrors(ctx.lang, result.errors), ok: false };
  }

  @Authorized('DEPARTMENT_ADMIN')
  @Mutation(() => Boolean, {
    description: 'DEPARTMENT_ADMIN: puts a legal hold on a person, thread or ticket, or lifts it.',
  })
  async setLegalHold(@Arg('input') input: SetLegalHoldInput, @Context() ctx: Ctx): Promise<boolean> {
    await setLegalHold(ctx, input.target, input.id, input.hold);
    return true;
  }

  @Authorized('DEPARTMENT_ADMIN')
  @Mutation(() => PrivacyPayload, { description: "DEPARTMENT_ADMIN: a theme's or queue's retention period." })
  async setRetentionPeriod(
    @Arg('input') input: SetRetentionPeriodInput,
    @Context() ctx: Ctx,
  ): Promise<PrivacyPayload> {
    const result = await setRetentionPeriod(ctx, input.target, input.id, input.retentionDays ?? null);
    return result.ok
      ? { errors: [], ok: true }
      : { errors: toUserErrors(ctx.lang, result.errors), ok: false };
  }
}
