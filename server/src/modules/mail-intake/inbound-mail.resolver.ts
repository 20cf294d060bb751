// GraphQL door to the email intake for staff: the held mails by status, replay into a ticket, discard.
import { Arg, Authorized, Ctx as Context, Int, Mutation, Query, Resolver, Subscription } from 'type-graphql';
import type { Ctx } from '../../context.js';
import type { Result } from '../../domain/errors.js';
import { attachmentStorage } from '../../files/storage.js';
import { CursorScalar } from '../../graphql/scalars.js';
import { Topic } from '../../graphql/topics.js';
import { toUserErrors } from '../../graphql/user-error.js';
import {
  discardInboundMail,
  INBOUND_STATUSES,
  type InboundMailRow,
  listInboundMails,
  replayInboundMail,
} from './inbound-mail.service.js';
import {
  DiscardInboundMailInput,
  InboundMail,
  InboundMailConnection,
  InboundMailPayload,
  InboundMailStatus,
  ReplayInboundMailInput,
} from './inbound-mail.types.js';
import { quarantineCount } from './quarantine-alert.js';

const STAFF = ['AGENT', 'DEPARTMENT_ADMIN'] as const;

function payload(ctx: Ctx, result: Result<InboundMailRow>): InboundMailPayload {
  return result.ok
    ? { errors: [], inboundMail: Object.assign(new InboundMail(), result.value) }
    : { errors: toUserErrors(ctx.lang, result.errors), inboundMail: null };
}

@Resolver(() => InboundMail)
export class InboundMailResolver {
  @Authorized(...STAFF)
  @Query(() => InboundMailConnection, {
    description:
      'Staff: the mails the intake received with this status (quarantine, Te koppelen, …), newest first.',
  })
  async inboundMails(
    @Context() ctx: Ctx,
    @Arg('status', () => InboundMailStatus) status: (typeof INBOUND_STATUSES)[number],
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => CursorScalar, { nullable: true }) after?: string,
  ) {
    const connection = await listInboundMails(ctx, status, { first, after });
    return {
      ...connection,
      edges: connection.edges.map((e) => ({ ...e, node: Object.assign(new InboundMail(), e.node) })),
    };
  }

  @Authorized(...STAFF)
  @Mutation(() => InboundMailPayload, {
    description:
      'Staff: make a held mail (quarantined, Te koppelen, ignored) a ticket entry after all; audited.',
  })
  async replayInboundMail(
    @Context() ctx: Ctx,
    @Arg('input', () => ReplayInboundMailInput) input: ReplayInboundMailInput,
  ): Promise<InboundMailPayload> {
    return payload(ctx, await replayInboundMail(ctx, attachmentStorage(ctx.app.config), input));
  }

  @Authorized(...STAFF)
  @Mutation(() => InboundMailPayload, { description: 'Staff: discard a held mail with a reason; audited.' })
  async discardInboundMail(
    @Context() ctx: Ctx,
    @Arg('input', () => DiscardInboundMailInput) input: DiscardInboundMailInput,
  ): Promise<InboundMailPayload> {
    return payload(ctx, await discardInboundMail(ctx, input));
  }

  @Authorized(...STAFF)
  @Query(() => Int, { description: 'Staff: how many mails wait in quarantine, not yet handled.' })
  quarantineCount(@Context() ctx: Ctx): Promise<number> {
    return quarantineCount(ctx);
  }

  @Authorized(...STAFF)
  @Subscription(() => Int, {
    description: 'Staff: the number of mails in quarantine, whenever a mail goes in or is handled.',
    subscribe: ({ context }) => (context as Ctx).app.pubsub.subscribe(Topic.QuarantineChanged),
  })
  quarantineCountChanged(@Context() ctx: Ctx): Promise<number> {
    return quarantineCount(ctx);
  }
}
