// The validation rules of every operation, HTTP and WebSocket alike: limits on depth, aliases and an
// estimated cost, and in production no introspection.
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import {
  type GraphQLError,
  NoSchemaIntrospectionCustomRule,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

export const LIMITS = { depth: 10, aliases: 15, cost: 5000 } as const;

// Report a refusal as a validation error of the operation (by default the rules throw, which servers
// treat as an unexpected failure).
const report = {
  propagateOnRejection: false,
  onReject: [(ctx: ValidationContext | null, error: GraphQLError) => ctx?.reportError(error)],
};

function limitRules(): ValidationRule[] {
  return [
    maxDepthRule({ n: LIMITS.depth, ignoreIntrospection: true, flattenFragments: true, ...report }),
    maxAliasesRule({ n: LIMITS.aliases, ...report }),
    costLimitRule({ maxCost: LIMITS.cost, ignoreIntrospection: true, ...report }),
  ] as ValidationRule[];
}

/** The rules both transports add to graphql-js's specified ones. */
export function operationRules(production: boolean): ValidationRule[] {
  return [...limitRules(), ...(production ? [NoSchemaIntrospectionCustomRule] : [])];
}
