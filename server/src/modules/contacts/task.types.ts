// GraphQL shape of a task (Mijn taken): derived from the contacts, never stored.
import { Field, ID, ObjectType } from 'type-graphql';
import { graphqlEnum } from '../../graphql/enums.js';
import { TASK_KINDS, type TaskKind as TaskKindValue } from './task.service.js';

export const TaskKind = graphqlEnum(TASK_KINDS, {
  name: 'TaskKind',
  valuesConfig: {
    CONTACT_PERSON_MISSING: { description: 'A theme of the organisation has no confirmed contact person.' },
    CONTACT_PERSON_UNREACHABLE: {
      description: "A contact person's address is undeliverable (a mail to it was refused or bounced).",
    },
  },
});
export type TaskKind = TaskKindValue;

@ObjectType({ description: 'Something the organisation should do, e.g. give a contact person for a theme.' })
export class Task {
  @Field(() => ID, { description: 'Stable, e.g. contact-missing:<themeId>.' }) id!: string;
  @Field(() => TaskKind) kind!: TaskKind;
  @Field({ description: 'Waiting for a contact to confirm (rather than no contact at all).' })
  awaitingConfirmation!: boolean;
  @Field(() => ID, { nullable: true, description: 'CONTACT_PERSON_UNREACHABLE: the contact person.' })
  contactPersonId?: string | null;
  themeId!: string;
  unreachable?: { contactPersonId: string; name: string; email: string; reason: string; since: Date };
}
