// GraphQL enums from the domain's const arrays: each enum is written once, as `['A', 'B'] as const` beside
// the rules that use it (the union type derives from the array), and registered here for the schema.
import { registerEnumType } from 'type-graphql';

type EnumConfig<T extends object> = Parameters<typeof registerEnumType<T>>[1];

/** An object `{ A: 'A', B: 'B' }` of `values`, registered with type-graphql as the enum `config.name`. */
export function graphqlEnum<const V extends string>(
  values: readonly V[],
  config: EnumConfig<{ [K in V]: K }>,
): { readonly [K in V]: K } {
  const enumObject = Object.fromEntries(values.map((value) => [value, value])) as { [K in V]: K };
  registerEnumType(enumObject, config);
  return enumObject;
}
