import { LAO_REDACTIONS } from '../../redaction/policies';
import { compilePathPattern } from '../path-patterns';
import { ROLES } from './roles';

describe('roles', () => {
  it('are the reference service roles, plus the seed-era private-prison role', () => {
    expect([...ROLES.keys()].sort()).toEqual(
      [
        'all-endpoints',
        'daso',
        'ext-hmpps-public-protection',
        'ext-hmpps-public-protection-cat4',
        'ext-hmpps-serious-harm',
        'ext-prisons-course-completion',
        'ext-prisons-crime-data',
        'ext-prisons-education',
        'ext-prisons-escort-custody',
        'ext-prisons-prisoner-finance',
        'ext-prisons-private-prison',
        'ext-probation-police-intelligence',
        'full-access',
        'full-access-lao-redactions',
        'hmpps-system',
        'moj-hmpps-person-lookup',
        'moj-prisons-education',
        'moj-prisons-prisoner-facing',
        'moj-prisons-prisoner-image',
        'moj-prisons-warrant-receipt',
        'moj-probation-case-proposal',
        'moj-probation-risk-management',
        'reference-data-only',
        'status-only',
        'private-prison',
      ].sort(),
    );
  });

  it('only use known placeholders and valid patterns', () => {
    for (const role of ROLES.values()) {
      for (const permission of role.permissions) {
        expect(
          `${role.name}: ${permission}: ${String(compilePathPattern(permission) instanceof RegExp)}`,
        ).toBe(`${role.name}: ${permission}: true`);
      }
    }
  });

  it('give the LAO policy to exactly the roles that carry it in the reference', () => {
    const withLao = [...ROLES.values()].filter((role) => role.redactionPolicies?.includes(LAO_REDACTIONS));
    expect(withLao.map((role) => role.name).sort()).toEqual([
      'ext-probation-police-intelligence',
      'full-access-lao-redactions',
    ]);
  });
});
