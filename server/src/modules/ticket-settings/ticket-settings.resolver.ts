// GraphQL door to the ticket settings: DEPARTMENT_ADMIN only (the service checks again).
import { Arg, Authorized, Ctx as Context, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../../context.js';
import type { Result } from '../../domain/errors.js';
import { toUserErrors } from '../../graphql/user-error.js';
import * as settings from './ticket-settings.service.js';
import {
  CalendarInput,
  ClosingDayInput,
  NewTicketCategoryInput,
  QueueSettingsInput,
  SupportTypeTargetsInput,
  ThemeReminderInput,
  TicketCategoryInput,
  TicketSettings,
  TicketSettingsPayload,
} from './ticket-settings.types.js';

const payload = (ctx: Ctx, result: Result<TicketSettings>): TicketSettingsPayload =>
  result.ok
    ? { errors: [], settings: result.value }
    : { errors: toUserErrors(ctx.lang, result.errors), settings: null };

@Resolver()
export class TicketSettingsResolver {
  @Authorized('DEPARTMENT_ADMIN')
  @Query(() => TicketSettings, { description: 'DEPARTMENT_ADMIN: targets, queues, calendar, reminders.' })
  ticketSettings(@Context() ctx: Ctx): Promise<TicketSettings> {
    return settings.getTicketSettings(ctx);
  }

  @Authorized('DEPARTMENT_ADMIN')
  @Mutation(() => TicketSettingsPayload, {
    description: 'DEPARTMENT_ADMIN: new targets of a support type; running tickets keep the ones they have.',
  })
  async updateSupportTypeTargets(@Arg('input') input: SupportTypeTargetsInput, @Context() ctx: Ctx) {
    return payload(ctx, await settings.updateSupportTypeTargets(ctx, input));
  }

  @Authorized('DEPARTMENT_ADMIN')
  @Mutation(() => TicketSettingsPayload, {
    description: "DEPARTMENT_ADMIN: a queue's texts and auto-resolve period.",
  })
  async updateQueueSettings(@Arg('input') input: QueueSettingsInput, @Context() ctx: Ctx) {
    return payload(ctx, await settings.updateQueueSettings(ctx, input));
  }

  @Authorized('DEPARTMENT_ADMIN')
  @Mutation(() => TicketSettingsPayload, {
    description:
      "DEPARTMENT_ADMIN: the office calendar's hours and time zone; open tickets' due times follow.",
  })
  async updateBusinessCalendar(@Arg('input') input: CalendarInput, @Context() ctx: Ctx) {
    return payload(ctx, await settings.updateCalendar(ctx, input));
  }

  @Authorized('DEPARTMENT_ADMIN')
  @Mutation(() => TicketSettingsPayload, {
    description: "DEPARTMENT_ADMIN: an extra closing day; open tickets' due times follow.",
  })
  async addClosingDay(@Arg('input') input: ClosingDayInput, @Context() ctx: Ctx) {
    return payload(ctx, await settings.addClosingDay(ctx, input));
  }

  @Authorized('DEPARTMENT_ADMIN')
  @Mutation(() => TicketSettings, {
    description: 'DEPARTMENT_ADMIN: remove a closing day; due times follow.',
  })
  removeClosingDay(@Arg('closingDayId', () => ID) closingDayId: string, @Context() ctx: Ctx) {
    return settings.removeClosingDay(ctx, closingDayId);
  }

  @Authorized('DEPARTMENT_ADMIN')
  @Mutation(() => TicketSettingsPayload, {
    description: "DEPARTMENT_ADMIN: a theme's unread-reminder period (business days; null: none).",
  })
  async updateThemeReminder(@Arg('input') input: ThemeReminderInput, @Context() ctx: Ctx) {
    return payload(ctx, await settings.updateThemeReminder(ctx, input));
  }

  @Authorized('DEPARTMENT_ADMIN')
  @Mutation(() => TicketSettingsPayload, {
    description: 'DEPARTMENT_ADMIN: a new ticket category (names in Dutch and English), offered at once.',
  })
  async createTicketCategory(@Arg('input') input: NewTicketCategoryInput, @Context() ctx: Ctx) {
    return payload(ctx, await settings.createCategory(ctx, input));
  }

  @Authorized('DEPARTMENT_ADMIN')
  @Mutation(() => TicketSettingsPayload, {
    description:
      "DEPARTMENT_ADMIN: a category's names, order and whether it is offered (inactive: tickets keep it).",
  })
  async updateTicketCategory(@Arg('input') input: TicketCategoryInput, @Context() ctx: Ctx) {
    return payload(ctx, await settings.updateCategory(ctx, input));
  }

  @Authorized('DEPARTMENT_ADMIN')
  @Mutation(() => TicketSettingsPayload, {
    description:
      'DEPARTMENT_ADMIN: remove a category no ticket has; one in use is refused (make it inactive instead).',
  })
  async removeTicketCategory(@Arg('categoryId', () => ID) categoryId: string, @Context() ctx: Ctx) {
    return payload(ctx, await settings.removeCategory(ctx, categoryId));
  }
}
