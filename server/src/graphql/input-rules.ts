// The rule every client string obeys, applied in one place to every argument of every field: no control
// characters (NUL and the other C0 characters except tab and line breaks, lone surrogates) and a length
// cap (DEFAULT_MAX_LENGTH, or the field's own @MaxLength). A mutation whose payload carries `errors`
// answers with field errors; any other field with BAD_USER_INPUT. Nothing runs, so nothing is saved.
import type { ApolloServerPlugin } from '@apollo/server';
import {
  defaultFieldResolver,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLFormattedError,
  GraphQLID,
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLSchema,
  GraphQLString,
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { Extensions } from 'type-graphql';
import { badInput, DomainError, type FieldError } from '../domain/errors.js';
import { hasForbiddenCharacters } from '../domain/validate.js';
import { DEFAULT_LANGUAGE, type Language } from '../i18n/language.js';
import { errorMessage, isErrorTextCode } from '../i18n/messages.js';
import { toUserErrors } from './user-error.js';

/**
 * Longest string any argument or input field takes unless it declares its own cap. 500 characters are at
 * most 2000 bytes in UTF-8, within what a PostgreSQL B-tree index accepts for one value.
 */
const DEFAULT_MAX_LENGTH = 500;

/** Raises (or lowers) the cap of one input field, e.g. a message body. */
export const MaxLength = (max: number) => Extensions({ maxLength: max });

type Path = Array<string | number>;

function maxLengthOf(extensions: { readonly maxLength?: unknown } | null | undefined): number {
  return typeof extensions?.maxLength === 'number' ? extensions.maxLength : DEFAULT_MAX_LENGTH;
}

function checkValue(type: GraphQLInputType, value: unknown, path: Path, max: number, errors: FieldError[]) {
  if (value === null || value === undefined) return;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    if (Array.isArray(value)) {
      for (const [i, item] of value.entries()) checkValue(nullable.ofType, item, [...path, i], max, errors);
    }
    return;
  }
  if (isInputObjectType(nullable)) {
    for (const field of Object.values(nullable.getFields())) {
      const fieldValue = (value as Record<string, unknown>)[field.name];
      checkValue(field.type, fieldValue, [...path, field.name], maxLengthOf(field.extensions), errors);
    }
    return;
  }
  // Cursor, Day and the enums check themselves; every free text is a String or an ID.
  if ((nullable === GraphQLString || nullable === GraphQLID) && typeof value === 'string') {
    const field = path.join('.');
    if (value.length > max) errors.push({ field, code: 'TOO_LONG', params: { max } });
    else if (hasForbiddenCharacters(value)) errors.push({ field, code: 'INVALID_CHARACTERS' });
  }
}

/** Every breach of the text rule in `args`, with dotted paths as in UserError.field. */
function inputErrors(argDefs: readonly GraphQLArgument[], args: Record<string, unknown>): FieldError[] {
  const errors: FieldError[] = [];
  for (const arg of argDefs)
    checkValue(arg.type, args[arg.name], [arg.name], maxLengthOf(arg.extensions), errors);
  // A mutation's one `input` argument is implied, as in the field errors services return.
  return errors.map((e) => ({ ...e, field: e.field?.replace(/^input\./, '') ?? null }));
}

/** The payload of a refused mutation: the errors, empty lists, false flags and null objects. */
function refusedPayload(type: GraphQLOutputType, errors: FieldError[], lang: Language): object | null {
  const payload = getNullableType(type);
  if (!isObjectType(payload)) return null;
  const fields = payload.getFields();
  if (!fields.errors || getNamedType(fields.errors.type).name !== 'UserError') return null;
  const answer: Record<string, unknown> = { errors: toUserErrors(lang, errors) };
  for (const field of Object.values(fields)) {
    if (field.name === 'errors') continue;
    if (isListType(getNullableType(field.type))) answer[field.name] = [];
    else if (!isNonNullType(field.type)) answer[field.name] = null;
    else if (getNamedType(field.type).name === 'Boolean') answer[field.name] = false;
    else return null;
  }
  return answer;
}

function refusal(errors: FieldError[], lang: Language): DomainError {
  const [first] = errors as [FieldError];
  return badInput(`${first.field}: ${errorMessage(lang, first.code, first.params)}`);
}

/** A domain error that names a localised text gets that text in the viewer's language. */
function localised(error: unknown, lang: Language): unknown {
  return error instanceof DomainError && error.textCode
    ? new DomainError(error.code, errorMessage(lang, error.textCode, error.textParams), error.textCode)
    : error;
}

const languageOf = (context: unknown): Language =>
  (context as { lang?: Language } | null)?.lang ?? DEFAULT_LANGUAGE;

function guardField(field: GraphQLField<unknown, unknown>): void {
  const resolve = field.resolve ?? defaultFieldResolver;
  field.resolve = (source, args, context, info) => {
    const lang = languageOf(context);
    const errors = inputErrors(field.args, args);
    if (errors.length > 0) {
      const payload = refusedPayload(field.type, errors, lang);
      if (payload) return payload;
      throw refusal(errors, lang);
    }
    try {
      const result = resolve(source, args, context, info);
      return result instanceof Promise
        ? result.catch((error: unknown) => Promise.reject(localised(error, lang)))
        : result;
    } catch (error) {
      throw localised(error, lang);
    }
  };
  const subscribe = field.subscribe;
  if (subscribe) {
    field.subscribe = (source, args, context, info) => {
      const errors = inputErrors(field.args, args);
      if (errors.length > 0) throw refusal(errors, languageOf(context));
      return subscribe(source, args, context, info);
    };
  }
}

/** Puts the text rule in front of every field that takes arguments (the schema is changed in place). */
export function guardInputs(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) if (field.args.length > 0) guardField(field);
  }
  return schema;
}

/**
 * Scalars refuse values before any context-aware code runs (see scalars.ts): their errors carry
 * `extensions.textCode`, and here get the text in the request's language.
 */
export const localiseInputErrors: ApolloServerPlugin<{ lang: Language }> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, response }) {
        if (response.body.kind !== 'single') return;
        const errors = response.body.singleResult.errors;
        if (errors)
          response.body.singleResult.errors = errors.map((e) => localiseInputError(e, contextValue.lang));
      },
    };
  },
};

/** `error` with the text of its `extensions.textCode` in `lang` (the WebSocket path calls this too). */
export function localiseInputError(error: GraphQLFormattedError, lang: Language): GraphQLFormattedError {
  const textCode = error.extensions?.textCode;
  return isErrorTextCode(textCode) ? { ...error, message: errorMessage(lang, textCode) } : error;
}
