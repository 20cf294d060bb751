// GraphQL shapes of the department: teams (with their handlers) and the themes they own.
import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A department team; receives the messages on its themes.' })
export class Team {
  @Field(() => ID) id!: string;
  @Field() nameNl!: string;
  @Field() nameEn!: string;
  @Field(() => String, { nullable: true }) email!: string | null;
}

@ObjectType({ description: 'A theme (thema), owned by a department team.' })
export class Theme {
  @Field(() => ID) id!: string;
  @Field() code!: string;
  @Field() nameNl!: string;
  @Field() nameEn!: string;
  @Field(() => ID) teamId!: string;
}
