// `@Parent()`: the object a field resolver resolves on, exactly as its parent resolver returned it. Use it
// instead of type-graphql's `@Root()`, which copies that object into a new instance of the GraphQL class on
// every call unless it already is one: our services return entities and rows, so a page of 20 messages cost
// hundreds of copies per request (measured in bench/: docs/decisions/0006).
import { createParameterDecorator, type ParameterDecorator } from 'type-graphql';

export function Parent(): ParameterDecorator {
  return createParameterDecorator(({ root }) => root);
}
