/**
 * Dates in the language's long form. A Czech date is written without Intl.DateTimeFormat (creating
 * one is slow on a phone's first render); it must read exactly as Intl writes it. First in its page:
 * nothing has created a date format yet.
 */
import { expect } from '@open-wc/testing';
import { formatDate } from '../../src/core/i18n.js';
import { countMade } from '../intl-count.js';

describe('formatDate', () => {
  it('writes a Czech date without creating an Intl.DateTimeFormat, in the words Intl uses', () => {
    const formats = countMade('DateTimeFormat');
    let written: string[];
    try {
      written = Array.from({ length: 12 }, (_, i) =>
        formatDate('cs', `2025-${String(i + 1).padStart(2, '0')}-0${(i % 9) + 1}`),
      );
    } finally {
      formats.restore();
    }
    expect(formats.made, 'no Intl.DateTimeFormat for a Czech date').to.equal(0);
    const intl = new Intl.DateTimeFormat('cs', { day: 'numeric', month: 'long', year: 'numeric' });
    expect(written).to.deep.equal(
      Array.from({ length: 12 }, (_, i) => intl.format(new Date(2025, i, (i % 9) + 1, 12))),
    );
    expect(written[2]).to.equal('3. března 2025');
  });

  it('writes other languages, times and bad values as before', () => {
    expect(formatDate('en', '2025-03-01')).to.equal('March 1, 2025');
    expect(formatDate('uk', '2025-03-01')).to.equal('1 березня 2025 р.');
    expect(formatDate('cs', '2025-03-01T10:30:00')).to.match(/^1\. března 2025.*10:30$/);
    expect(formatDate('cs', 'brzy')).to.equal('brzy');
  });
});
