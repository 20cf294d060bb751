// GraphQL door to the technical helpdesk question of the 'Hulp nodig?' widget.
import {
  Arg,
  Authorized,
  Ctx as Context,
  Field,
  InputType,
  Mutation,
  Resolver,
  UseMiddleware,
} from 'type-graphql';
import type { Ctx } from '../../context.js';
import { MaxLength } from '../../graphql/input-rules.js';
import { toUserErrors } from '../../graphql/user-error.js';
import { OkPayload } from '../accounts/account.types.js';
import { MailRateLimit } from '../accounts/rate-limits.js';
import { askTechnicalHelpdesk, QUESTION_MAX } from './helpdesk.service.js';

@InputType()
export class TechnicalQuestionInput {
  @Field() @MaxLength(QUESTION_MAX) question!: string;
}

@Resolver()
export class HelpdeskResolver {
  @Authorized()
  @UseMiddleware(MailRateLimit)
  @Mutation(() => OkPayload, {
    description:
      "'Hulp nodig?' → 'Technische helpdesk': mails the question to the helpdesk, and a receipt to your own account address (where the helpdesk answers).",
  })
  async askTechnicalHelpdesk(
    @Arg('input') input: TechnicalQuestionInput,
    @Context() ctx: Ctx,
  ): Promise<OkPayload> {
    const result = await askTechnicalHelpdesk(ctx, input);
    return result.ok
      ? { errors: [], ok: true }
      : { errors: toUserErrors(ctx.lang, result.errors), ok: false };
  }
}
