// The service-level report for staff (issue 14); the CSV export is GET /reports/service-levels.csv.
import { Arg, Authorized, Ctx as Context, FieldResolver, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../../context.js';
import { Parent } from '../../graphql/parent.js';
import { DayScalar } from '../../graphql/scalars.js';
import { transactionNow } from './sla.service.js';
import { ServiceLevelReportRow } from './sla.types.js';
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

  @FieldResolver(() => String, { description: "The queue's name in the viewer's language." })
  queue(@Parent() row: ServiceLevelReportRow, @Context() ctx: Ctx): string {
    return ctx.lang === 'en' ? row.queueEn : row.queueNl;
  }

  @FieldResolver(() => String, { description: "The support type's name in the viewer's language." })
  supportType(@Parent() row: ServiceLevelReportRow, @Context() ctx: Ctx): string {
    return ctx.lang === 'en' ? row.supportTypeEn : row.supportTypeNl;
  }
}
