import { Learner } from '../upstream/lrs-find-learner';
import { LearnersRequest } from './learners-request.dto';
import { mismatchedFields } from './mismatched-fields';

const request = Object.assign(new LearnersRequest(), {
  givenName: 'Sample',
  familyName: 'Tester',
  dateOfBirth: '1995-06-28',
  gender: 'MALE',
  lastKnownPostCode: 'NE001ND',
  placeOfBirth: 'Newcastle',
});

describe('mismatchedFields', () => {
  it('lists per field the raw values of every learner that differs, ignoring case and surrounding spaces', () => {
    const learners: Learner[] = [
      {
        givenName: ' SAMPLE',
        familyName: 'Example',
        dateOfBirth: '1995-06-28',
        gender: 'FEMALE',
        lastKnownPostCode: 'NE00 1ND',
      },
      {
        givenName: 'Sample',
        familyName: 'Example',
        dateOfBirth: '1995-06-28',
        gender: 'Unknown',
        lastKnownPostCode: 'SO00 1JX',
        emailAddress: 'a@b.cc',
      },
    ];
    expect(mismatchedFields(request, learners)).toEqual({
      familyName: ['Example', 'Example'],
      gender: ['FEMALE', 'Unknown'],
      lastKnownPostCode: ['NE00 1ND', 'SO00 1JX'],
    });
  });

  it('is empty when there are no learners or nothing differs', () => {
    expect(mismatchedFields(request, [])).toEqual({});
    expect(
      mismatchedFields(request, [{ givenName: 'sample', familyName: 'tester ', gender: 'MALE' }]),
    ).toEqual({});
  });
});
