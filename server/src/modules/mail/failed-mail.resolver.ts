// GraphQL door to failed mails: staff see the newest that finally failed and may queue one again.
import {
  Arg,
  Authorized,
  Ctx as Context,
  Field,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
} from 'type-graphql';
import type { Ctx } from '../../context.js';
import * as failedMails from './failed-mail.service.js';

@ObjectType({
  description: 'A mail that finally failed (refused by the SMTP server, or every retry failed).',
})
export class FailedMail {
  @Field(() => ID) id!: string;
  @Field() recipient!: string;
  @Field() subject!: string;
  @Field({ description: 'What kind of mail, e.g. contact-confirmation.' }) template!: string;
  @Field(() => ID, { nullable: true }) organisationId!: string | null;
  @Field(() => String, { nullable: true }) organisationName!: string | null;
  @Field({ description: "The SMTP server's last answer, e.g. '550 No such user'." }) reason!: string;
  @Field(() => Int) attempts!: number;
  @Field() failedAt!: Date;
}

@Resolver()
export class FailedMailResolver {
  @Authorized('AGENT', 'DEPARTMENT_ADMIN')
  @Query(() => [FailedMail], {
    description: `Staff: the newest mails that finally failed (at most ${failedMails.FAILED_MAILS_SHOWN}).`,
  })
  failedMails(@Context() ctx: Ctx): Promise<FailedMail[]> {
    return failedMails.listFailedMails(ctx);
  }

  @Authorized('AGENT', 'DEPARTMENT_ADMIN')
  @Mutation(() => Boolean, {
    description: "Staff: queue a failed mail again (and lift its contact's undeliverable mark).",
  })
  async retryFailedMail(@Arg('id', () => ID) id: string, @Context() ctx: Ctx): Promise<boolean> {
    await failedMails.retryFailedMail(ctx, id);
    return true;
  }
}
