// GraphQL shape of a task (Mijn taken): derived from the contacts, never stored.
import { Field, ID, ObjectType } from 'type-graphql';
import { graphqlEnum } from '../../graphql/enums.js';
import { TASK_KINDS, type TaskKind as TaskKindValue } from './task.service.js';

export const TaskKind = graphqlEnum(TASK_KINDS, {
  name: 'TaskKind',
  valuesConfig: {
    CONTACT_PERSON_MISSING: { description: 'A theme of the organisation has no confirmed contact person.' },
  },
});
export type TaskKind = TaskKindValue;

@ObjectType({ description: 'Something the organisation should do, e.g. give a contact person for a theme.' })
export class Task {
  @Field(() => ID, { description: 'Stable, e.g. contact-missing:<themeId>.' }) id!: string;
  @Field(() => TaskKind) kind!: TaskKind;
  @Field({ description: 'Waiting for a contact to confirm (rather than no contact at all).' })
  awaitingConfirmation!: boolean;
  themeId!: string;
}
