// GraphQL door to tasks (Mijn taken) and their live updates.
import {
  Arg,
  Authorized,
  Ctx as Context,
  FieldResolver,
  ID,
  Query,
  Resolver,
  Subscription,
} from 'type-graphql';
import type { Ctx } from '../../context.js';
import { forbidden } from '../../domain/errors.js';
import { Parent } from '../../graphql/parent.js';
import { Topic } from '../../graphql/topics.js';
import { infoMessage } from '../../i18n/messages.js';
import { Theme } from '../department/department.types.js';
import type { TasksChangedEvent } from './contacts.topics.js';
import * as tasks from './task.service.js';
import { Task } from './task.types.js';

/** A day as people of the language write it, in Belgian time (e.g. 2 december 2026). */
function formatDate(lang: string, date: Date): string {
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nl-BE', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Brussels',
  }).format(date);
}

@Resolver(() => Task)
export class TaskResolver {
  @Authorized()
  @Query(() => [Task], {
    description:
      "Your organisation's tasks: each theme without a confirmed contact person. Staff name the organisation.",
  })
  tasks(
    @Context() ctx: Ctx,
    @Arg('organisationId', () => ID, { nullable: true }) organisationId?: string,
  ): Promise<Task[]> {
    return tasks.listTasks(ctx, organisationId ?? null) as Promise<Task[]>;
  }

  @Authorized()
  @Subscription(() => [Task], {
    description: "Your organisation's task list, each time a change alters it.",
    subscribe: ({ context }) => {
      const { viewer, app } = context as Ctx;
      if (viewer.kind !== 'user' || viewer.organisationId === null) throw forbidden();
      const organisationId = viewer.organisationId;
      return app.pubsub.subscribe(Topic.TasksChanged, (e) => e.organisationId === organisationId);
    },
  })
  tasksChanged(@Parent() event: TasksChangedEvent, @Context() ctx: Ctx): Promise<Task[]> {
    // Re-read under this subscriber's own scope (a fresh transaction per event).
    return tasks.listTasks(ctx, event.organisationId) as Promise<Task[]>;
  }

  @FieldResolver(() => Theme)
  async theme(@Parent() task: Task, @Context() ctx: Ctx): Promise<Theme> {
    const theme = await ctx.loaders.theme.load(task.themeId);
    if (!theme) throw new Error(`task ${task.id} has no theme`);
    return theme;
  }

  @FieldResolver(() => String, { description: "What to do, in the viewer's language." })
  async message(@Parent() task: Task, @Context() ctx: Ctx): Promise<string> {
    const theme = await ctx.loaders.theme.load(task.themeId);
    const name = theme ? (ctx.lang === 'en' ? theme.nameEn : theme.nameNl) : '';
    if (task.unreachable) {
      const { name: contact, email, reason, since } = task.unreachable;
      return infoMessage(ctx.lang, 'TASK_CONTACT_PERSON_UNREACHABLE', {
        contact,
        email,
        reason,
        date: formatDate(ctx.lang, since),
      });
    }
    return infoMessage(
      ctx.lang,
      task.awaitingConfirmation ? 'TASK_CONTACT_PERSON_AWAITING_CONFIRMATION' : 'TASK_CONTACT_PERSON_MISSING',
      { theme: name },
    );
  }
}
