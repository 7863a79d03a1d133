/**
 * Opening hours ↔ HSDS 3.0 `schedules` (iCalendar-like: freq WEEKLY, byday,
 * opens_at, closes_at, valid_from, valid_to). One schedule per weekly range;
 * non-stop as every day from 00:00:00 to 23:59:59; "by appointment" and
 * closures, which HSDS has no field for, in the description and notes.
 */
import type { Closure, OpeningHours, Weekday, WeeklyHours } from '../core/types.js';
import type { Form } from '../core/vocabulary.js';

export interface HsdsSchedule {
  valid_from?: string;
  valid_to?: string;
  freq?: 'WEEKLY' | 'MONTHLY';
  byday?: string;
  opens_at?: string;
  closes_at?: string;
  description?: string;
  notes?: string;
}

const DAYS: Weekday[] = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];
const ALL_DAYS = DAYS.map((d) => d.toUpperCase()).join(',');
const NONSTOP = 'Nepřetržitý provoz';
const BY_APPOINTMENT = 'Po domluvě';
const CLOSED = 'Zavřeno';
const HOLIDAYS_OPEN = 'Otevřeno i ve státní svátky';

/** "Zavřeno 2026-12-24/2026-12-31 (dovolená)" in a schedule's notes. */
const CLOSURE = new RegExp(`${CLOSED} (\\d{4}-\\d{2}-\\d{2})(?:/(\\d{4}-\\d{2}-\\d{2}))?(?: \\(([^)]*)\\))?`, 'g');
const hsdsTime = (time: string) => `${time.padStart(5, '0')}:00`.replace(/^24:00:00$/, '23:59:59');
const ourTime = (time: string) => (/^23:59(:59)?$/.test(time) ? '24:00' : time.slice(0, 5).padStart(5, '0'));

/** What a schedule's description says of the hours' form and place ("terénní, Chomutov"). */
function prefix(hours: OpeningHours, formLabel: (form: Form) => string): string {
  return [hours.form ? formLabel(hours.form) : '', hours.place ?? ''].filter(Boolean).join(', ');
}

function closuresNote(closures: readonly Closure[] | undefined): string {
  return (closures ?? [])
    .map((c) => `${CLOSED} ${c.from}${c.to && c.to !== c.from ? `/${c.to}` : ''}${c.note ? ` (${c.note})` : ''}`)
    .join('; ');
}

/** The schedules of one opening-hours entry (without ids: the export gives them). */
export function toHsdsSchedules(hours: OpeningHours, formLabel: (form: Form) => string): HsdsSchedule[] {
  const validity = {
    ...(hours.validFrom ? { valid_from: hours.validFrom } : {}),
    ...(hours.validTo ? { valid_to: hours.validTo } : {}),
  };
  const where = prefix(hours, formLabel);
  const describe = (...words: (string | undefined)[]) => [where, ...words].filter(Boolean).join(': ');
  const notes = [hours.openOnHolidays ? HOLIDAYS_OPEN : '', closuresNote(hours.closures), hours.note ?? '']
    .filter(Boolean)
    .join('; ');
  const common = { ...validity, ...(notes ? { notes } : {}) };
  const schedules: HsdsSchedule[] = [];
  if (hours.nonstop) {
    schedules.push({
      ...common,
      freq: 'WEEKLY',
      byday: ALL_DAYS,
      opens_at: '00:00:00',
      closes_at: '23:59:59',
      description: describe(NONSTOP),
    });
  }
  for (const range of hours.weekly ?? []) {
    schedules.push({
      ...common,
      freq: 'WEEKLY',
      byday: range.days.map((d) => d.toUpperCase()).join(','),
      opens_at: hsdsTime(range.opens),
      closes_at: hsdsTime(range.closes),
      ...(range.byAppointment || range.note || where
        ? { description: describe(range.byAppointment ? BY_APPOINTMENT : undefined, range.note) }
        : {}),
    });
  }
  if (hours.byAppointment) schedules.push({ ...common, description: describe(BY_APPOINTMENT) });
  return schedules;
}

/**
 * Opening hours from HSDS schedules (weekly ones with times; the rest is
 * left to the free-text lines). Schedules with the same validity make one entry.
 */
export function fromHsdsSchedules(schedules: readonly HsdsSchedule[]): OpeningHours[] {
  const entries = new Map<string, OpeningHours>();
  for (const s of schedules) {
    const key = `${s.valid_from ?? ''}/${s.valid_to ?? ''}`;
    let entry = entries.get(key);
    if (!entry) {
      entry = {
        ...(s.valid_from ? { validFrom: s.valid_from } : {}),
        ...(s.valid_to ? { validTo: s.valid_to } : {}),
      };
      entries.set(key, entry);
    }
    if (s.notes?.includes(HOLIDAYS_OPEN)) entry.openOnHolidays = true;
    if (!entry.closures) {
      const closures = [...(s.notes ?? '').matchAll(CLOSURE)].map(
        ([, from, to, note]): Closure => ({
          from: from as string,
          ...(to ? { to } : {}),
          ...(note ? { note } : {}),
        }),
      );
      if (closures.length) entry.closures = closures;
    }
    const days = (s.byday ?? '')
      .split(',')
      .map((d) => d.trim().toLowerCase())
      .filter((d): d is Weekday => (DAYS as string[]).includes(d));
    if (s.freq === 'WEEKLY' && days.length && s.opens_at && s.closes_at) {
      if (days.length === 7 && s.opens_at.startsWith('00:00') && /^23:59/.test(s.closes_at)) {
        entry.nonstop = true;
        continue;
      }
      const range: WeeklyHours = { days, opens: ourTime(s.opens_at), closes: ourTime(s.closes_at) };
      if (s.description?.endsWith(BY_APPOINTMENT)) range.byAppointment = true;
      (entry.weekly ??= []).push(range);
    } else if (s.description?.endsWith(BY_APPOINTMENT)) {
      entry.byAppointment = true;
    }
  }
  return [...entries.values()].filter((e) => e.nonstop || e.byAppointment || e.weekly?.length);
}
