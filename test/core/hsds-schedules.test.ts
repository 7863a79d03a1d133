import { expect } from '@open-wc/testing';
import { fromHsdsSchedules, toHsdsSchedules } from '../../src/cli/hsds-schedules.js';
import type { OpeningHours } from '../../src/core/types.js';
import { FORMS, type Form } from '../../src/core/vocabulary.js';

const formLabel = (form: Form) => FORMS[form].cs;
const roundTrip = (hours: OpeningHours) => fromHsdsSchedules(toHsdsSchedules(hours, formLabel));

describe('opening hours ↔ HSDS 3.0 schedules', () => {
  it('writes one weekly schedule a range, with HSDS times', () => {
    const schedules = toHsdsSchedules(
      {
        weekly: [
          { days: ['mo', 'we'], opens: '08:00', closes: '11:30' },
          { days: ['mo', 'we'], opens: '12:30', closes: '16:00' },
        ],
      },
      formLabel,
    );
    expect(schedules).to.deep.equal([
      { freq: 'WEEKLY', byday: 'MO,WE', opens_at: '08:00:00', closes_at: '11:30:00' },
      { freq: 'WEEKLY', byday: 'MO,WE', opens_at: '12:30:00', closes_at: '16:00:00' },
    ]);
  });

  it('reads back what it wrote: ranges past midnight, non-stop, by appointment, seasons, holidays and closures', () => {
    const cases: OpeningHours[] = [
      { weekly: [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '08:00', closes: '15:30' }] },
      {
        weekly: [{ days: ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'], opens: '19:00', closes: '07:00' }],
        openOnHolidays: true,
      },
      { nonstop: true },
      { byAppointment: true },
      { weekly: [{ days: ['tu'], opens: '13:00', closes: '17:00', byAppointment: true }] },
      {
        validFrom: '2026-12-01',
        validTo: '2027-02-28',
        weekly: [{ days: ['mo'], opens: '09:00', closes: '24:00' }],
        closures: [{ from: '2026-12-24', to: '2026-12-31', note: 'dovolená' }, { from: '2027-01-02' }],
      },
    ];
    for (const hours of cases) expect(roundTrip(hours), JSON.stringify(hours)).to.deep.equal([hours]);
  });

  it('says for which form and place the hours are', () => {
    const [schedule] = toHsdsSchedules(
      { form: 'terenni', place: 'Chomutov', weekly: [{ days: ['fr'], opens: '8:00', closes: '12:00' }] },
      formLabel,
    );
    expect(schedule?.description).to.equal('terénní, Chomutov');
    expect(schedule?.opens_at).to.equal('08:00:00');
    // HSDS times are times of a day: the end of the day is 23:59:59, not 24:00.
    const [late] = toHsdsSchedules({ weekly: [{ days: ['mo'], opens: '20:00', closes: '24:00' }] }, formLabel);
    expect(late?.closes_at).to.equal('23:59:59');
  });
});
