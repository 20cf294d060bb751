// Expected validation failures, returned in mutation payloads (never thrown) with a localised message.
import { Field, ObjectType } from 'type-graphql';
import type { FieldError } from '../domain/errors.js';
import type { Language } from '../i18n/language.js';
import { type ErrorTextCode, errorMessage } from '../i18n/messages.js';

@ObjectType({ description: 'A validation failure: nothing was saved. `field` is the dotted input path.' })
export class UserError {
  @Field(() => String, { nullable: true }) field!: string | null;
  @Field(() => String) code!: ErrorTextCode;
  @Field({ description: "In the viewer's language." }) message!: string;
}

export function toUserErrors(lang: Language, errors: FieldError[]): UserError[] {
  return errors.map((e) => ({ field: e.field, code: e.code, message: errorMessage(lang, e.code, e.params) }));
}
