// The service-level report for staff (issue 14); the CSV export is GET /reports/service-levels.csv.
import { Arg, Authorized, Ctx as Context, FieldResolver, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../../context.js';
import { Parent } from '../../graphql/parent.js';
import { DayScalar } from '../../graphql/scalars.js';
import { ticketCategoryCounts } from '../tickets/category-report.js';
import { securityIncidentCounts } from '../tickets/security-incidents.js';
import { transactionNow } from './sla.service.js';
import { SecurityIncidentCount, ServiceLevelReportRow, TicketCategoryCount } from './sla.types.js';
import { serviceLevelReport } from './sla-report.service.js';

@Resolver(() => ServiceLevelReportRow)
export class ServiceLevelReportResolver {
  @Authorized('AGENT', 'DEPARTMENT_ADMIN')
  @Query(() => [ServiceLevelReportRow], {
    description:
      'Staff: per month, queue and support type, tickets created from `from` to `to` (days, inclusive): targets met and breached, median business times.',
  })
  async serviceLevelReport(
    @Arg('from', () => DayScalar) from: string,
    @Arg('to', () => DayScalar) to: string,
    @Context() ctx: Ctx,
  ): Promise<ServiceLevelReportRow[]> {
    const em = await ctx.tx.manager();
    return serviceLevelReport(em, from, to, await transactionNow(em));
  }

  @Authorized('AGENT', 'DEPARTMENT_ADMIN')
  @Query(() => [SecurityIncidentCount], {
    description:
      'Staff: security incidents per organisation for each year from `from` to `to` (days; their years, inclusive).',
  })
  async securityIncidentCounts(
    @Arg('from', () => DayScalar) from: string,
    @Arg('to', () => DayScalar) to: string,
    @Context() ctx: Ctx,
  ): Promise<SecurityIncidentCount[]> {
    return securityIncidentCounts(await ctx.tx.manager(), Number(from.slice(0, 4)), Number(to.slice(0, 4)));
  }

  @Authorized('AGENT', 'DEPARTMENT_ADMIN')
  @Query(() => [TicketCategoryCount], {
    description:
      'Staff: tickets per category created from `from` to `to` (days, inclusive, Brussels): every active category, and inactive ones that had tickets.',
  })
  async ticketCategoryCounts(
    @Arg('from', () => DayScalar) from: string,
    @Arg('to', () => DayScalar) to: string,
    @Context() ctx: Ctx,
  ): Promise<TicketCategoryCount[]> {
    return ticketCategoryCounts(await ctx.tx.manager(), from, to);
  }

  @FieldResolver(() => String, { description: "The queue's name in the viewer's language." })
  queue(@Parent() row: ServiceLevelReportRow, @Context() ctx: Ctx): string {
    return ctx.lang === 'en' ? row.queueEn : row.queueNl;
  }

  @FieldResolver(() => String, { description: "The support type's name in the viewer's language." })
  supportType(@Parent() row: ServiceLevelReportRow, @Context() ctx: Ctx): string {
    return ctx.lang === 'en' ? row.supportTypeEn : row.supportTypeNl;
  }
}
