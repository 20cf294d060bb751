// Service-level targets as an administrator reads and types them: the API counts business minutes; the
// pages show and take hours or working days (a working day is 8.5 hours, the office day of `003`), or
// 'op afspraak' (no automatic target).
import { useI18n } from '../i18n/i18n';

const WORKDAY_MINUTES = 510;

export const TARGET_UNITS = ['hours', 'days', 'appointment'] as const;
export type TargetUnit = (typeof TARGET_UNITS)[number];

/** How a stored target shows in the form: working days when whole, else hours. */
export function targetParts(minutes: number | null): { amount: string; unit: TargetUnit } {
  if (minutes === null) return { amount: '', unit: 'appointment' };
  if (minutes % WORKDAY_MINUTES === 0) return { amount: String(minutes / WORKDAY_MINUTES), unit: 'days' };
  return { amount: String(Math.round((minutes / 60) * 100) / 100), unit: 'hours' };
}

/** The minutes of a typed amount ('1,5' or '1.5'); null for 'op afspraak'; undefined when not a number. */
export function targetMinutes(amount: string, unit: TargetUnit): number | null | undefined {
  if (unit === 'appointment') return null;
  const value = Number(amount.trim().replace(',', '.'));
  if (!amount.trim() || !Number.isFinite(value) || value <= 0) return undefined;
  return Math.round(value * (unit === 'days' ? WORKDAY_MINUTES : 60));
}

/** A target as text: "4 uur", "2 werkdagen", "Op afspraak". */
export function useTargetText(): (minutes: number | null) => string {
  const { t, number } = useI18n();
  return (minutes) => {
    const { amount, unit } = targetParts(minutes);
    if (unit === 'appointment') return t('admin.tickets.target.appointment');
    const count = Number(amount);
    return unit === 'days'
      ? t(count === 1 ? 'admin.tickets.target.day' : 'admin.tickets.target.days', { count: number(count) })
      : t(count === 1 ? 'admin.tickets.target.hour' : 'admin.tickets.target.hours', { count: number(count) });
  };
}

/** A typed count of days ('14'); null when left empty; undefined when not a whole number from 1 on. */
export function wholeDays(typed: string): number | null | undefined {
  if (!typed.trim()) return null;
  const value = Number(typed.trim());
  return Number.isInteger(value) && value >= 1 ? value : undefined;
}
