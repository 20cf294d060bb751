// GraphQL door to the privacy tools (decision 0029): exports for the viewer or, for a DEPARTMENT_ADMIN,
// anyone; erasure, legal holds and retention periods for a DEPARTMENT_ADMIN.
import { Arg, Authorized, Ctx as Context, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../../context.js';
import { CursorScalar } from '../../graphql/scalars.js';
import { toUserErrors } from '../../graphql/user-error.js';
import { erasePerson } from './erase.service.js';
import { type PersonalDataExport as ExportValue, myExports, requestExport } from './export.service.js';
import { changeLegalHold, type HeldRecord, legalHoldOf, listLegalHolds } from './legal-holds.service.js';
import { findPeople } from './people.service.js';
import {
  ChangeLegalHoldInput,
  HeldRecordEnum,
  LegalHold,
  LegalHoldConnection,
  LegalHoldPayload,
  PersonalDataExport,
  PersonInput,
  PrivacyPayload,
  PrivacyPersonConnection,
  RequestPersonalDataExportInput,
  RetentionOverview,
  RetentionRun,
  SetLegalHoldInput,
  SetRetentionPeriodInput,
} from './privacy.types.js';
import { lastRetentionRun, retentionOverview } from './retention-overview.service.js';
import { setLegalHold, setRetentionPeriod } from './retention-settings.service.js';

const withPath = (e: ExportValue): PersonalDataExport => ({ ...e, downloadPath: `/exports/${e.id}` });

@Resolver()
export class PrivacyResolver {
  @Authorized('DEPARTMENT_ADMIN')
  @Query(() => PrivacyPersonConnection, {
    description:
      'DEPARTMENT_ADMIN: users and contact persons whose name or address contains `search` (2 to 200 characters; shorter: none), by name, 25 a page.',
  })
  privacyPeople(
    @Arg('search') search: string,
    @Context() ctx: Ctx,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => CursorScalar, { nullable: true }) after?: string,
    @Arg('last', () => Int, { nullable: true }) last?: number,
    @Arg('before', () => CursorScalar, { nullable: true }) before?: string,
  ) {
    return findPeople(ctx, search, { first, after, last, before });
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

  @Authorized('DEPARTMENT_ADMIN')
  @Query(() => RetentionOverview, {
    description:
      'DEPARTMENT_ADMIN: every theme and queue with its retention period and what the next nightly run would delete.',
  })
  retentionOverview(@Context() ctx: Ctx) {
    return retentionOverview(ctx);
  }

  @Authorized('DEPARTMENT_ADMIN')
  @Query(() => RetentionRun, { nullable: true, description: 'DEPARTMENT_ADMIN: the last retention run.' })
  lastRetentionRun(@Context() ctx: Ctx) {
    return lastRetentionRun(ctx);
  }

  @Authorized('DEPARTMENT_ADMIN')
  @Query(() => LegalHoldConnection, {
    description: 'DEPARTMENT_ADMIN: the threads and tickets on legal hold, newest hold first, 25 a page.',
  })
  legalHolds(
    @Context() ctx: Ctx,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => CursorScalar, { nullable: true }) after?: string,
    @Arg('last', () => Int, { nullable: true }) last?: number,
    @Arg('before', () => CursorScalar, { nullable: true }) before?: string,
  ) {
    return listLegalHolds(ctx, { first, after, last, before });
  }

  @Authorized('AGENT', 'DEPARTMENT_ADMIN')
  @Query(() => LegalHold, {
    description: "Staff: a thread's (by reference number) or ticket's (by number) legal hold.",
  })
  legalHold(
    @Arg('record', () => HeldRecordEnum) record: HeldRecord,
    @Arg('key') key: string,
    @Context() ctx: Ctx,
  ): Promise<LegalHold> {
    return legalHoldOf(ctx, record, key);
  }

  @Authorized('DEPARTMENT_ADMIN')
  @Mutation(() => LegalHoldPayload, {
    description:
      'DEPARTMENT_ADMIN: puts a thread or ticket on legal hold, or lifts it, with the reason (audited).',
  })
  async changeLegalHold(
    @Arg('input') input: ChangeLegalHoldInput,
    @Context() ctx: Ctx,
  ): Promise<LegalHoldPayload> {
    const result = await changeLegalHold(ctx, input.record, input.id, input.hold, input.reason);
    return result.ok
      ? { errors: [], legalHold: result.value }
      : { errors: toUserErrors(ctx.lang, result.errors), legalHold: null };
  }
}
