// GraphQL shapes of single sign-on: what the login page offers, the way to the issuer and back.
import { Field, InputType, ObjectType } from 'type-graphql';
import { MaxLength } from '../../graphql/input-rules.js';
import { UserError } from '../../graphql/user-error.js';

@ObjectType({ description: 'An OpenID Connect issuer people log in with.' })
export class SingleSignOnOption {
  @Field({ description: "Shown on the button: 'Aanmelden met <name>'." }) name!: string;
}

@ObjectType({ description: 'How people log in on this installation.' })
export class LoginOptions {
  @Field({ description: 'False: the password form is off; single sign-on only.' }) password!: boolean;
  @Field(() => SingleSignOnOption, { nullable: true }) singleSignOn!: SingleSignOnOption | null;
}

@ObjectType({
  description:
    'The way to the issuer. Keep state, nonce and codeVerifier for the browser that goes (a short-lived, ' +
    'httpOnly cookie) and send them back with the answer.',
})
export class SingleSignOnStartPayload {
  @Field(() => [UserError]) errors!: UserError[];
  @Field(() => String, { nullable: true }) authorizationUrl!: string | null;
  @Field(() => String, { nullable: true }) state!: string | null;
  @Field(() => String, { nullable: true }) nonce!: string | null;
  @Field(() => String, { nullable: true }) codeVerifier!: string | null;
}

@InputType()
export class CompleteSingleSignOnInput {
  @Field({ description: "The callback address the issuer sent the browser to, with its query ('?code=…')." })
  @MaxLength(4000)
  callbackUrl!: string;
  @Field() state!: string;
  @Field() nonce!: string;
  @Field() codeVerifier!: string;
}
