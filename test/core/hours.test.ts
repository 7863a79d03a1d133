import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import {
  easterSunday,
  type HoursStatus,
  hoursStatus,
  isPublicHoliday,
  parseOpeningHours,
  serviceHours,
} from '../../src/core/hours.js';
import type { OpeningHours } from '../../src/core/types.js';

const day = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
const weekdays: OpeningHours = { weekly: [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '08:00', closes: '15:30' }] };
const night: OpeningHours = {
  weekly: [{ days: ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'], opens: '19:00', closes: '07:00' }],
  openOnHolidays: true,
};
/** The status at an instant given in UTC. */
const at = (hours: OpeningHours[], utc: string): HoursStatus | undefined => hoursStatus(hours, new Date(utc));

describe('opening hours (Czech local time, public holidays)', () => {
  it('reads the plain lines towns write, and nothing it is unsure of', () => {
    expect(parseOpeningHours(['Po–Pá 8:00–16:00'])).to.deep.equal({
      weekly: [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '08:00', closes: '16:00' }],
    });
    expect(parseOpeningHours(['Po a St 8:00–11:30, 12:30–16:00'])?.weekly).to.deep.equal([
      { days: ['mo', 'we'], opens: '08:00', closes: '11:30' },
      { days: ['mo', 'we'], opens: '12:30', closes: '16:00' },
    ]);
    expect(parseOpeningHours(['Po, St, Pá 12:00–18:00'])?.weekly?.[0]?.days).to.deep.equal(['mo', 'we', 'fr']);
    expect(parseOpeningHours(['Nepřetržitý provoz'])).to.deep.equal({ nonstop: true });
    // "Denně" is every day, public holidays included.
    expect(parseOpeningHours(['Denně 19:00–7:00'])?.openOnHolidays).to.equal(true);
    // Words it does not know leave the answer out: a wrong "open" is worse than none.
    for (const line of [
      'Po–Pá 8:00–16:00 v terénu',
      'Příjem Po–Pá 8:00–15:00',
      'Po–Ne 6:00–22:00 podle dohody',
      'Nepřetržitý provoz, sociální pracovnice Po–Pá 7:00–15:00',
      'Zimní režim (prosinec–březen) od 17:00',
      'Po–Pá 25:00–26:00',
    ]) {
      expect(parseOpeningHours([line]), line).to.equal(undefined);
    }
    // One unknown line spoils the others too.
    expect(parseOpeningHours(['Po–Pá 8:00–16:00', 'v terénu podle dohody'])).to.equal(undefined);
  });

  it('knows Czech public holidays, Easter included', () => {
    expect(easterSunday(2026)).to.equal(day('2026-04-05'));
    expect(easterSunday(2027)).to.equal(day('2027-03-28'));
    for (const holiday of [
      '2026-04-03',
      '2026-04-06',
      '2026-05-08',
      '2026-07-06',
      '2026-09-28',
      '2026-10-28',
      '2026-11-17',
      '2026-12-24',
      '2027-03-26',
      '2027-03-29',
    ]) {
      expect(isPublicHoliday(day(holiday)), holiday).to.equal(true);
    }
    for (const workday of ['2026-04-07', '2026-04-02', '2026-11-30', '2027-04-05']) {
      expect(isPublicHoliday(day(workday)), workday).to.equal(false);
    }
  });

  it('tells open and closed on a weekday and over the weekend', () => {
    // Monday 30 November 2026, 11:00 in Prague (UTC+1).
    expect(at([weekdays], '2026-11-30T10:00:00Z')).to.deep.equal({
      state: 'open',
      closes: { inDays: 0, weekday: 0, time: '15:30' },
    });
    // 16:00: closed, opens tomorrow (Tuesday) at 8:00.
    expect(at([weekdays], '2026-11-30T15:00:00Z')).to.deep.equal({
      state: 'closed',
      opens: { inDays: 1, weekday: 1, time: '8:00' },
    });
    // Saturday: opens on Monday.
    expect(at([weekdays], '2026-11-28T10:00:00Z')).to.deep.equal({
      state: 'closed',
      opens: { inDays: 2, weekday: 0, time: '8:00' },
    });
  });

  it('is closed on public holidays, Good Friday and Easter Monday, unless open on holidays', () => {
    // Wednesday 28 October 2026 at 10:00: a holiday, opens on Thursday.
    expect(at([weekdays], '2026-10-28T09:00:00Z')).to.deep.equal({
      state: 'closed',
      opens: { inDays: 1, weekday: 3, time: '8:00' },
    });
    // Good Friday 3 April 2026 at 10:00: opens on Tuesday after Easter Monday.
    expect(at([weekdays], '2026-04-03T08:00:00Z')).to.deep.equal({
      state: 'closed',
      opens: { inDays: 4, weekday: 1, time: '8:00' },
    });
    expect(at([weekdays], '2026-04-06T08:00:00Z')?.state).to.equal('closed');
    expect(at([{ ...weekdays, openOnHolidays: true }], '2026-04-06T08:00:00Z')?.state).to.equal('open');
    // Christmas: 24, 25 and 26 December 2026 (Thursday to Saturday); open again on Monday the 28th.
    expect(at([weekdays], '2026-12-24T08:00:00Z')).to.deep.equal({
      state: 'closed',
      opens: { inDays: 4, weekday: 0, time: '8:00' },
    });
  });

  it('counts ranges past midnight on the day they start', () => {
    // Monday 03:00: still open from Sunday evening, closes at 7:00.
    expect(at([night], '2026-11-30T02:00:00Z')).to.deep.equal({
      state: 'open',
      closes: { inDays: 0, weekday: 0, time: '7:00' },
    });
    // Monday 13:00: closed, opens today at 19:00.
    expect(at([night], '2026-11-30T12:00:00Z')).to.deep.equal({
      state: 'closed',
      opens: { inDays: 0, weekday: 0, time: '19:00' },
    });
    // 22:00: closes tomorrow at 7:00.
    expect(at([night], '2026-11-30T21:00:00Z')).to.deep.equal({
      state: 'open',
      closes: { inDays: 1, weekday: 1, time: '7:00' },
    });
    expect(at([{ nonstop: true }], '2026-12-25T03:00:00Z')).to.deep.equal({ state: 'nonstop' });
  });

  it('follows both daylight-saving changes', () => {
    // Monday 30 March 2026, summer time (UTC+2): 06:30 UTC is 8:30 in Prague, open.
    expect(at([weekdays], '2026-03-30T06:30:00Z')?.state).to.equal('open');
    // Sunday 29 March, the night clocks go forward: 01:30 UTC is 3:30 in Prague.
    expect(at([night], '2026-03-29T01:30:00Z')).to.deep.equal({
      state: 'open',
      closes: { inDays: 0, weekday: 6, time: '7:00' },
    });
    // Monday 26 October 2026, winter time again (UTC+1): 06:30 UTC is 7:30, opens at 8:00 today.
    expect(at([weekdays], '2026-10-26T06:30:00Z')).to.deep.equal({
      state: 'closed',
      opens: { inDays: 0, weekday: 0, time: '8:00' },
    });
    // 07:15 UTC is 8:15: open.
    expect(at([weekdays], '2026-10-26T07:15:00Z')?.state).to.equal('open');
  });

  it('keeps seasons and closures apart, and says "by appointment" when that is all there is', () => {
    const winter: OpeningHours = { ...weekdays, validFrom: '2026-12-01', validTo: '2027-02-28' };
    const summer: OpeningHours = {
      weekly: [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '07:00', closes: '12:00' }],
      validFrom: '2026-06-01',
      validTo: '2026-08-31',
    };
    // 1 July 2026 (Wednesday) 13:00: summer hours ended at 12:00.
    expect(at([winter, summer], '2026-07-01T11:00:00Z')).to.deep.equal({
      state: 'closed',
      opens: { inDays: 1, weekday: 3, time: '7:00' },
    });
    // Closed for a week of holiday: opens after it.
    const closure: OpeningHours = { ...weekdays, closures: [{ from: '2026-11-30', to: '2026-12-04' }] };
    expect(at([closure], '2026-11-30T10:00:00Z')).to.deep.equal({
      state: 'closed',
      opens: { inDays: 7, weekday: 0, time: '8:00' },
    });
    expect(at([{ byAppointment: true }], '2026-11-30T10:00:00Z')).to.deep.equal({ state: 'appointment' });
    expect(at([], '2026-11-30T10:00:00Z')).to.equal(undefined);
    // A service's plain lines count only when they read cleanly.
    expect(serviceHours({ openingHours: ['Po–Pá 8:00–16:00 v terénu'] })).to.deep.equal([]);
    expect(serviceHours({ openingHours: ['St 13:00–17:00'] })).to.have.length(1);
  });

  describe('a visitor in another time zone', () => {
    after(() => executeServerCommand('emulate-timezone', { timezone: 'Europe/Prague' }));
    for (const timezone of ['America/New_York', 'Asia/Tokyo']) {
      it(`sees Czech time in ${timezone}`, async () => {
        await executeServerCommand('emulate-timezone', { timezone });
        expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal(timezone);
        // 7:30 UTC is 8:30 in Prague (open), but 7:30 in London, 2:30 in New York and 16:30 in Tokyo.
        expect(at([weekdays], '2026-11-30T07:30:00Z')).to.deep.equal({
          state: 'open',
          closes: { inDays: 0, weekday: 0, time: '15:30' },
        });
        expect(at([weekdays], '2026-10-26T06:30:00Z')).to.deep.equal({
          state: 'closed',
          opens: { inDays: 0, weekday: 0, time: '8:00' },
        });
        expect(at([night], '2026-11-30T21:00:00Z')?.state).to.equal('open');
      });
    }
  });
});
