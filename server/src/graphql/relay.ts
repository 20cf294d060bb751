// The GraphQL side of lists: Relay connection types (`<Name>Connection`, `<Name>Edge`, PageInfo) for the
// connections that services build with the list toolkit (lists/keyset.ts).
import { type ClassType, Field, Int, ObjectType } from 'type-graphql';
import type { PageInfoData } from '../lists/keyset.js';
import { CursorScalar } from './scalars.js';

@ObjectType()
export class PageInfo implements PageInfoData {
  @Field() hasNextPage!: boolean;
  @Field() hasPreviousPage!: boolean;
  @Field(() => CursorScalar, { nullable: true }) startCursor!: string | null;
  @Field(() => CursorScalar, { nullable: true }) endCursor!: string | null;
}

/** Defines `<Name>Connection` and `<Name>Edge` object types for `node`. */
export function ConnectionType<T extends object>(node: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field(() => node) node!: T;
    @Field(() => CursorScalar) cursor!: string;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionClass {
    @Field(() => [EdgeType]) edges!: EdgeType[];
    @Field(() => PageInfo) pageInfo!: PageInfo;
    @Field(() => Int, {
      nullable: true,
      description: 'Number of rows matching the filter, all pages together.',
    })
    totalCount?: number;
    @Field(() => Boolean, {
      nullable: true,
      description:
        'True when there are more rows than totalCount: lists that can grow without bound stop counting at 1,000.',
    })
    totalCountCapped?: boolean;
  }
  return ConnectionClass;
}
