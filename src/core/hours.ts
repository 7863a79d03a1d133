/**
 * Opening hours: whether a service is open now and when it opens or closes,
 * always in Czech local time (Europe/Prague, daylight saving included)
 * whatever the visitor's clock says, with Czech public holidays counted; and
 * the reading of the plain "Po–Pá 8:00–16:00" lines that most data carries.
 * Loaded after the first render, with the catalogue's on-demand parts.
 */
import type { OpeningHours, Weekday, WeeklyHours } from './types.js';

export const WEEKDAYS: readonly Weekday[] = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];

const DAY = 1440;
/** How far ahead a next opening is looked for. */
const HORIZON_DAYS = 8;

/** A moment on the Czech wall clock: the day (days since 1970-01-01) and the minute of that day. */
export interface PragueTime {
  day: number;
  minute: number;
}

const pragueClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Prague',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  hourCycle: 'h23',
});

let lastMinute = Number.NaN;
let lastTime: PragueTime = { day: 0, minute: 0 };

/** The Czech wall clock at an instant, whatever the time zone of the browser (asked once a minute: Intl is slow). */
export function pragueTime(instant: Date): PragueTime {
  // Czech time is whole hours off UTC: the same UTC minute is the same Czech minute.
  const utcMinute = Math.floor(instant.getTime() / 60_000);
  if (utcMinute === lastMinute) return lastTime;
  lastMinute = utcMinute;
  lastTime = readPragueClock(instant);
  return lastTime;
}

function readPragueClock(instant: Date): PragueTime {
  const part: Record<string, number> = {};
  for (const p of pragueClock.formatToParts(instant)) if (p.type !== 'literal') part[p.type] = Number(p.value);
  return {
    day: dayNumber(part.year as number, part.month as number, part.day as number),
    minute: (part.hour as number) * 60 + (part.minute as number),
  };
}

export function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / 86_400_000);
}

/** Monday 0 … Sunday 6 (1970-01-01 was a Thursday). */
export function weekdayOf(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

function parseDate(iso: string | undefined): number | undefined {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  return m ? dayNumber(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}

/** Easter Sunday of a year (the Gregorian computus). */
export function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayNumber(year, month, day);
}

/** Fixed-date public holidays and days of rest (zákon 245/2000 Sb.), month and day. */
const FIXED_HOLIDAYS = ['1-1', '5-1', '5-8', '7-5', '7-6', '9-28', '10-28', '11-17', '12-24', '12-25', '12-26'];
const holidayYears = new Map<number, Set<number>>();

/** Whether a day is a Czech public holiday (Good Friday and Easter Monday included). */
export function isPublicHoliday(day: number): boolean {
  const year = new Date(day * 86_400_000).getUTCFullYear();
  let days = holidayYears.get(year);
  if (!days) {
    const easter = easterSunday(year);
    days = new Set([easter - 2, easter + 1]);
    for (const md of FIXED_HOLIDAYS) {
      const [month, date] = md.split('-').map(Number);
      days.add(dayNumber(year, month as number, date as number));
    }
    holidayYears.set(year, days);
  }
  return days.has(day);
}

function minutes(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return (h as number) * 60 + (m as number);
}

/** Whether these hours apply on a day: within their validity and not closed. */
function appliesOn(hours: OpeningHours, day: number): boolean {
  const from = parseDate(hours.validFrom);
  const to = parseDate(hours.validTo);
  if ((from !== undefined && day < from) || (to !== undefined && day > to)) return false;
  return true;
}

function closedOn(hours: OpeningHours, day: number): boolean {
  if (!hours.openOnHolidays && isPublicHoliday(day)) return true;
  return (hours.closures ?? []).some((c) => {
    const from = parseDate(c.from);
    const to = parseDate(c.to) ?? from;
    return from !== undefined && to !== undefined && day >= from && day <= to;
  });
}

/** Open stretches in absolute minutes (day × 1440 + minute), merged, from the day before `first` on. */
function openStretches(entries: readonly OpeningHours[], first: number, days: number): [number, number][] {
  const stretches: [number, number][] = [];
  for (let day = first - 1; day < first + days; day++) {
    const weekday = WEEKDAYS[weekdayOf(day)] as Weekday;
    for (const hours of entries) {
      if (!appliesOn(hours, day)) continue;
      if (hours.nonstop) {
        stretches.push([day * DAY, (day + 1) * DAY]);
        continue;
      }
      if (closedOn(hours, day)) continue;
      for (const range of hours.weekly ?? []) {
        if (range.byAppointment || !range.days.includes(weekday)) continue;
        const opens = minutes(range.opens);
        let closes = minutes(range.closes);
        if (closes <= opens) closes += DAY;
        stretches.push([day * DAY + opens, day * DAY + closes]);
      }
    }
  }
  stretches.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const s of stretches) {
    const last = merged[merged.length - 1];
    if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
    else merged.push([s[0], s[1]]);
  }
  return merged;
}

/** A moment relative to today: 0 today, 1 tomorrow…; weekday 0 Monday; "8:00". */
export interface HoursMoment {
  inDays: number;
  weekday: number;
  time: string;
}

export type HoursStatus =
  | { state: 'nonstop' }
  | { state: 'appointment' }
  | { state: 'open'; closes: HoursMoment }
  /** Closed; `opens` when it opens within the next eight days. */
  | { state: 'closed'; opens?: HoursMoment };

function moment(at: number, today: number): HoursMoment {
  const day = Math.floor(at / DAY);
  const minute = at - day * DAY;
  return {
    inDays: day - today,
    weekday: weekdayOf(day),
    time: `${Math.floor(minute / 60)}:${String(minute % 60).padStart(2, '0')}`,
  };
}

/** Whether the entry says anything a clock can use. */
function hasTimes(hours: OpeningHours): boolean {
  return Boolean(hours.nonstop || hours.weekly?.some((r) => !r.byAppointment));
}

/**
 * The status of a service at an instant from its opening hours (the entries
 * for one form and place; entries with other validity dates are seasons of
 * the same hours). Undefined when the hours say nothing a clock can use.
 */
export function hoursStatus(entries: readonly OpeningHours[], instant: Date): HoursStatus | undefined {
  const now = pragueTime(instant);
  const valid = entries.filter((h) => appliesOn(h, now.day));
  if (!entries.some(hasTimes)) {
    return entries.some((h) => h.byAppointment || h.weekly?.length) ? { state: 'appointment' } : undefined;
  }
  const at = now.day * DAY + now.minute;
  const stretches = openStretches(entries, now.day, HORIZON_DAYS);
  const current = stretches.find(([from, to]) => from <= at && at < to);
  if (current) {
    if (current[1] >= (now.day + HORIZON_DAYS) * DAY) return { state: 'nonstop' };
    return { state: 'open', closes: moment(current[1], now.day) };
  }
  if (!valid.some(hasTimes) && valid.some((h) => h.byAppointment)) return { state: 'appointment' };
  const next = stretches.find(([from]) => from > at);
  return next ? { state: 'closed', opens: moment(next[0], now.day) } : { state: 'closed' };
}

/** The first form-and-place group of entries: the hours a card speaks of. */
export function primaryHours(entries: readonly OpeningHours[]): OpeningHours[] {
  const first = entries[0];
  if (!first) return [];
  return entries.filter((h) => h.form === first.form && h.place === first.place);
}

// ------------------------------------------------------------------ plain text

const DAY_WORDS: Record<string, number> = {
  po: 0,
  pondeli: 0,
  ut: 1,
  utery: 1,
  st: 2,
  streda: 2,
  ct: 3,
  ctvrtek: 3,
  pa: 4,
  patek: 4,
  so: 5,
  sobota: 5,
  ne: 6,
  nedele: 6,
};
const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
const TIME = String.raw`(\d{1,2})(?:[:.](\d{2}))?`;
const RANGE = new RegExp(String.raw`^${TIME}\s*(?:-|–|—|do)\s*${TIME}(?:\s*(?:h|hod\.?))?$`);
const DAYS_SPEC = /^([a-z]+)(?:\s*(?:-|–|—)\s*([a-z]+))?$/;

function parseTime(h: string | undefined, m: string | undefined): string | undefined {
  const hour = Number(h);
  const minute = m === undefined ? 0 : Number(m);
  if (!(hour <= 24 && minute < 60) || (hour === 24 && minute > 0)) return undefined;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/** "po–pá", "po, st a pá", "denně" → weekday indexes. */
function parseDays(text: string): number[] | undefined {
  if (/^(?:denne|kazdy den|po\s*[-–—]\s*ne)$/.test(text)) return [0, 1, 2, 3, 4, 5, 6];
  const days: number[] = [];
  for (const part of text.split(/\s*(?:,|\sa\s|\+)\s*/)) {
    const m = DAYS_SPEC.exec(part);
    const from = m ? DAY_WORDS[m[1] as string] : undefined;
    if (from === undefined) return undefined;
    const to = m?.[2] === undefined ? from : DAY_WORDS[m[2]];
    if (to === undefined || to < from) return undefined;
    for (let d = from; d <= to; d++) days.push(d);
  }
  return days.length ? days : undefined;
}

/**
 * Reads lines such as "Po–Pá 8:00–16:00", "Po a St 8:00–11:30, 12:30–16:00",
 * "Denně 19:00–7:00" or "Nepřetržitý provoz" into opening hours. Any line with
 * words it does not know ("v terénu", "podle dohody", a place's name) makes
 * the whole answer undefined: a wrong "open" is worse than none.
 */
export function parseOpeningHours(lines: readonly string[]): OpeningHours | undefined {
  const weekly: WeeklyHours[] = [];
  let nonstop = false;
  for (const line of lines) {
    const text = fold(line).trim().replace(/\s+/g, ' ');
    if (/^(?:nepretrzity provoz|nonstop|non-stop|24 hodin denne|nepretrzite)$/.test(text)) {
      nonstop = true;
      continue;
    }
    const m = /^(.*?[a-z])\.?:?\s+(\d.*)$/.exec(text);
    const days = m ? parseDays(m[1] as string) : undefined;
    if (!m || !days) return undefined;
    for (const part of (m[2] as string).split(/\s*[,;]\s*/)) {
      const r = RANGE.exec(part);
      const opens = r ? parseTime(r[1], r[2]) : undefined;
      const closes = r ? parseTime(r[3], r[4]) : undefined;
      if (!opens || !closes || opens === closes) return undefined;
      weekly.push({ days: days.map((d) => WEEKDAYS[d] as Weekday), opens, closes });
    }
  }
  if (nonstop) return weekly.length ? undefined : { nonstop: true };
  if (!weekly.length) return undefined;
  // "Denně" (every day) includes public holidays.
  return weekly.every((r) => r.days.length === 7) ? { weekly, openOnHolidays: true } : { weekly };
}

/** The hours a service's status is told from: its structured hours, else its plain lines when they read cleanly. */
export function serviceHours(service: { hours?: OpeningHours[]; openingHours?: string[] }): OpeningHours[] {
  if (service.hours?.length) return primaryHours(service.hours);
  const parsed = service.openingHours?.length ? parseOpeningHours(service.openingHours) : undefined;
  return parsed ? [parsed] : [];
}
