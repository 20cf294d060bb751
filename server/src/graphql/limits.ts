// What an operation may cost, HTTP and WebSocket alike. First its text: the parser stops after
// LIMITS.tokens tokens, and a cheap check of the document's shape (directives per field, aliases including
// `__typename` ones) runs before any other validation rule (document-gate.ts), so that a large or
// pathological document is refused for the price of reading its first tokens. Then the validation rules:
// depth, an estimated cost, and in production no introspection.
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import {
  type ASTNode,
  GraphQLError,
  type ParseOptions,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

/**
 * `tokens`: about five times the largest operation the web app sends, and the full introspection query
 * (~190) fits; a 1 MB document is refused after its first thousand tokens. `directives`: per field (or
 * fragment, or operation), where @include and @skip are all a client needs.
 */
const LIMITS = { tokens: 1000, directives: 4, depth: 10, aliases: 15, cost: 5000 } as const;

/** Request bodies (JSON) over HTTP: with a session, and without one (login, links from mails). */
export const BODY_LIMITS = { authenticated: '1mb', anonymous: '32kb' } as const;

/** Also the largest WebSocket message accepted, before anyone has authenticated too. */
export const WS_MAX_PAYLOAD_BYTES = 1024 * 1024;

export const PARSE_OPTIONS: ParseOptions = { maxTokens: LIMITS.tokens };

// Report a refusal as a validation error of the operation (by default the rules throw, which servers
// treat as an unexpected failure).
const report = {
  propagateOnRejection: false,
  onReject: [(ctx: ValidationContext | null, error: GraphQLError) => ctx?.reportError(error)],
};

/** Refuses any node (field, fragment, operation) carrying more than `n` directives. */
function maxDirectivesRule(n: number): ValidationRule {
  return (context) => ({
    enter(node: ASTNode) {
      const count = 'directives' in node ? (node.directives?.length ?? 0) : 0;
      if (count > n)
        context.reportError(
          new GraphQLError(`Directives limit of ${n} exceeded, found ${count}.`, { nodes: node }),
        );
    },
  });
}

/** The document's shape: cheap, and checked before every other rule (document-gate.ts). */
export function shapeRules(): ValidationRule[] {
  return [
    maxDirectivesRule(LIMITS.directives),
    // `__typename` aliases count too (graphql-armor lets them through by default).
    maxAliasesRule({ n: LIMITS.aliases, allowList: [], ...report }) as ValidationRule,
  ];
}

/** The rules both transports add to graphql-js's specified ones (the shape rules again, for any path). */
export function operationRules(production: boolean): ValidationRule[] {
  return [
    ...shapeRules(),
    maxDepthRule({
      n: LIMITS.depth,
      ignoreIntrospection: true,
      flattenFragments: true,
      ...report,
    }) as ValidationRule,
    costLimitRule({ maxCost: LIMITS.cost, ignoreIntrospection: true, ...report }) as ValidationRule,
    ...(production ? [noIntrospectionRule] : []),
  ];
}

/**
 * Introspection off (production): one error for the operation, at its first `__schema` or `__type` — the
 * only ways into the schema's description (graphql-js's own rule reports every field below them too).
 */
const noIntrospectionRule: ValidationRule = (context) => {
  let refused = false;
  return {
    Field(node) {
      const name = node.name.value;
      if (refused || (name !== '__schema' && name !== '__type')) return;
      refused = true;
      context.reportError(
        new GraphQLError(
          `GraphQL introspection has been disabled, but the requested query contained the field "${name}".`,
          { nodes: node },
        ),
      );
    },
  };
};
