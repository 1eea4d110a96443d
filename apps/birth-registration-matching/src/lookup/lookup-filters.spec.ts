import { BrmConfig, readBrmConfig } from '../config';
import type { MatchPayload } from '../payload/match-payload';
import { evaluateFilters } from './lookup-filters';

const base = readBrmConfig({
  BRM_GRO_PROXY_URL: 'http://localhost:1',
  BRM_DES_URL: 'http://localhost:1',
  BRM_DES_ENVIRONMENT: 'dev',
  BRM_DES_AUTH_TOKEN: 't',
});
const payload = (day: string): MatchPayload => {
  const [year, month, date] = day.split('-').map(Number);
  return {
    firstName: 'A',
    lastName: 'B',
    dateOfBirth: { year, month, day: date },
    whereBirthRegistered: 'england',
  };
};

describe('evaluateFilters', () => {
  it('lets a birth on or after the cut-off through', () => {
    expect(evaluateFilters(payload('2009-07-01'), 'gro', 'reference', base)).toEqual({
      failed: [],
      dateOfBirthFiltered: false,
    });
  });

  it('filters a birth before the cut-off', () => {
    expect(evaluateFilters(payload('2009-06-30'), 'nrs', 'details', base)).toEqual({
      failed: ['dateOfBirth'],
      dateOfBirthFiltered: true,
    });
  });

  it('passes the date filter when it is switched off', () => {
    const config: BrmConfig = { ...base, dateOfBirthFilter: { ...base.dateOfBirthFilter, enabled: false } };
    expect(evaluateFilters(payload('1950-01-01'), 'gro', 'details', config).failed).toEqual([]);
  });

  it('filters Northern Ireland by default', () => {
    expect(evaluateFilters(payload('2012-01-01'), 'groni', 'reference', base).failed).toEqual([
      'groni.enabled',
      'groni.reference.enabled',
    ]);
  });

  it('checks only the switch of the lookup type', () => {
    const config: BrmConfig = {
      ...base,
      switches: { ...base.switches, gro: { enabled: true, reference: false, details: true } },
    };
    expect(evaluateFilters(payload('2012-01-01'), 'gro', 'details', config).failed).toEqual([]);
    expect(evaluateFilters(payload('2012-01-01'), 'gro', 'reference', config).failed).toEqual([
      'gro.reference.enabled',
    ]);
  });

  it('evaluates every filter', () => {
    expect(evaluateFilters(payload('2000-01-01'), 'groni', 'details', base).failed).toEqual([
      'dateOfBirth',
      'groni.enabled',
      'groni.details.enabled',
    ]);
  });
});
