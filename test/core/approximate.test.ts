import { expect } from '@open-wc/testing';
import { validateDataset } from '../../src/core/validate.js';

const place = (approximate: unknown) => ({
  services: [
    {
      id: 'ps',
      name: 'Pečovatelská služba Příbram',
      type: 'pecovatelska-sluzba',
      locations: [{ address: { city: 'Příbram' }, lat: 49.685532, lon: 13.999045, approximate }],
    },
  ],
});

describe('approximate locations (a point at the municipality centre)', () => {
  it('the validator keeps approximate: true', () => {
    const { dataset, issues } = validateDataset(place(true), 'inline');
    expect(issues).to.deep.equal([]);
    expect(dataset.services?.[0]?.locations?.[0]?.approximate).to.equal(true);
  });

  it('the validator reports any other value and drops it, keeping the point', () => {
    const { dataset, issues } = validateDataset(place('ano'), 'inline');
    expect(issues.map((i) => [i.field, i.code, i.outcome])).to.deep.equal([
      ['locations[0].approximate', 'type', 'value-ignored'],
    ]);
    const location = dataset.services?.[0]?.locations?.[0];
    expect(location).to.deep.equal({ address: { city: 'Příbram' }, lat: 49.685532, lon: 13.999045 });
  });
});
