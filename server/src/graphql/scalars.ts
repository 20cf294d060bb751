// Scalars that check their values at the edge, so that a malformed cursor or an impossible day is the
// client's BAD_USER_INPUT before any resolver runs, never a PostgreSQL error.
import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { isCalendarDay } from '../domain/validate.js';
import { type ErrorTextCode, errorMessage } from '../i18n/messages.js';
import { parseCursor } from '../lists/keyset.js';

/**
 * An input refused by a scalar. `extensions.textCode` names the localised text: the request's
 * language is not known here, so the message is the default language's and the transport localises it.
 */
function refused(textCode: ErrorTextCode): GraphQLError {
  return new GraphQLError(errorMessage('nl', textCode), { extensions: { code: 'BAD_USER_INPUT', textCode } });
}

function stringScalar(config: {
  name: string;
  description: string;
  textCode: ErrorTextCode;
  accepts: (v: string) => boolean;
}) {
  const parse = (value: unknown): string => {
    if (typeof value !== 'string' || !config.accepts(value)) throw refused(config.textCode);
    return value;
  };
  return new GraphQLScalarType<string, string>({
    name: config.name,
    description: config.description,
    serialize: (value) => value as string,
    parseValue: parse,
    parseLiteral: (node: ValueNode) => parse(node.kind === Kind.STRING ? node.value : undefined),
  });
}

export const CursorScalar = stringScalar({
  name: 'Cursor',
  description: 'An opaque position in a list: pass back a `cursor`, `startCursor` or `endCursor` as it came.',
  textCode: 'INVALID_CURSOR',
  accepts: (value) => parseCursor(value) !== null,
});

export const DayScalar = stringScalar({
  name: 'Day',
  description: 'A calendar day, YYYY-MM-DD (e.g. 2026-03-05), that exists (no 2026-02-30, no year 0).',
  textCode: 'INVALID_DAY',
  accepts: isCalendarDay,
});
