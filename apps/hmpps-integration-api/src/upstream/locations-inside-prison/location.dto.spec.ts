import { UpstreamMalformedResponseError } from '@libs/upstream';
import { toLocation, toResidentialHierarchyItem, toResidentialSummary } from './location.dto';

const CELL = {
  id: 'c0ffee00-0000-4000-8000-000000000001',
  key: 'MDI-1-1-001',
  code: '001',
  pathHierarchy: '1-1-001',
  locationType: 'CELL',
  capacity: { maxCapacity: 2, workingCapacity: 1 },
  certification: { certified: true, capacityOfCertifiedCell: 1 },
  usage: [{ usageType: 'VISIT', sequence: 1 }],
  active: true,
  deactivatedByParent: false,
  level: 3,
  isResidential: true,
  planetFmReference: 'PFM-1',
  parentLocation: { key: 'MDI-1-1' },
  lastModifiedBy: 'someone',
};

describe('Locations Inside Prison mapping', () => {
  it('maps a location to ours: nulls for what is left out, the Planet FM reference as external reference', () => {
    const location = toLocation(CELL);
    expect(location).toMatchObject({
      key: 'MDI-1-1-001',
      localName: null,
      capacity: { maxCapacity: 2, workingCapacity: 1 },
      usage: [{ usageType: 'VISIT', capacity: null, sequence: 1 }],
      accommodationTypes: null,
      externalReference: 'PFM-1',
      parentLocationKey: 'MDI-1-1',
    });
    expect(location).not.toHaveProperty('id');
    expect(location).not.toHaveProperty('lastModifiedBy');
  });

  it('refuses a body without a field the model requires, naming it (nested ones by their path)', () => {
    const { active: _active, ...inactiveUnknown } = CELL;
    expect(() => toLocation(inactiveUnknown)).toThrow(
      new UpstreamMalformedResponseError('locations-inside-prison', 'locations-inside-prison answered without active'),
    );
    expect(() => toLocation({ ...CELL, capacity: { maxCapacity: 2 } })).toThrow(
      'locations-inside-prison answered without capacity.workingCapacity',
    );
  });

  it('maps the hierarchy recursively and the summary with or without its prison summary', () => {
    const leaf = { locationId: 'b', locationType: 'CELL', locationCode: '001', fullLocationPath: '1-001', level: 2 };
    expect(
      toResidentialHierarchyItem({ ...leaf, locationId: 'a', locationType: 'WING', level: 1, subLocations: [leaf] }),
    ).toMatchObject({ locationId: 'a', localName: null, subLocations: [{ locationId: 'b', subLocations: null }] });
    const summary = { topLevelLocationType: 'Wings', subLocations: [CELL] };
    expect(toResidentialSummary(summary).capacity).toBeNull();
    expect(
      toResidentialSummary({
        ...summary,
        prisonSummary: { maxCapacity: 9, signedOperationalCapacity: 8, workingCapacity: 7 },
      }).capacity,
    ).toEqual({ maxCapacity: 9, signedCapacity: 8, workingCapacity: 7 });
  });
});
