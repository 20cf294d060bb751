// GraphQL door to single sign-on: thin; the web app's login routes call these (decision 0028).
import { Arg, Authorized, Ctx as Context, Mutation, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../../context.js';
import { toUserErrors } from '../../graphql/user-error.js';
import { clientOf, loginPayload } from '../accounts/account.resolver.js';
import { LoginPayload } from '../accounts/account.types.js';
import * as sso from './sso.service.js';
import { CompleteSingleSignOnInput, LoginOptions, SingleSignOnStartPayload } from './sso.types.js';

@Resolver()
export class SingleSignOnResolver {
  @Query(() => LoginOptions, { description: 'How people log in here: password, single sign-on, or both.' })
  loginOptions(@Context() ctx: Ctx): LoginOptions {
    const { sso: issuer, passwordLogin } = ctx.app.config;
    return { password: passwordLogin, singleSignOn: issuer ? { name: issuer.displayName } : null };
  }

  @Mutation(() => SingleSignOnStartPayload, { description: 'Begins a single sign-on at the issuer.' })
  async startSingleSignOn(@Context() ctx: Ctx): Promise<SingleSignOnStartPayload> {
    const result = await sso.startSingleSignOn(ctx.app);
    if (result.ok) return { errors: [], ...result.value };
    return {
      errors: toUserErrors(ctx.lang, result.errors),
      authorizationUrl: null,
      state: null,
      nonce: null,
      codeVerifier: null,
    };
  }

  @Mutation(() => LoginPayload, {
    description: "Completes a single sign-on with the issuer's answer; logs the person in or says why not.",
  })
  async completeSingleSignOn(
    @Arg('input') input: CompleteSingleSignOnInput,
    @Context() ctx: Ctx,
  ): Promise<LoginPayload> {
    return loginPayload(ctx, await sso.completeSingleSignOn(ctx.app, input, clientOf(ctx)));
  }

  @Authorized()
  @Query(() => String, {
    nullable: true,
    description:
      "Where to end the issuer's session too after logging out (RP-initiated logout); null when this " +
      'session did not come from the issuer or the issuer offers no logout.',
  })
  singleSignOutUrl(@Context() ctx: Ctx): Promise<string | null> {
    return sso.singleSignOutUrl(ctx);
  }
}
