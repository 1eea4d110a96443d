import { findLearnerArguments, readFindLearnerResponse } from './lrs-find-learner';
import { learningEventsArguments, readLearningEventsResponse } from './lrs-learning-events';

const credentials = { ukprn: '10000001', orgPassword: 'secret', vendorId: '01' };

describe('LRS find-learner mapping', () => {
  it('builds the parameters in LRS order, with empty elements for absent optionals', () => {
    const args = findLearnerArguments(
      {
        givenName: 'Test',
        familyName: 'Tester',
        dateOfBirth: '1976-08-16',
        gender: 'NOT_SPECIFIED',
        lastKnownPostCode: 'CV4 9EE',
        placeOfBirth: 'Coventry',
      },
      credentials,
      'a.user',
    );
    expect(Object.entries(args)).toEqual([
      ['FindType', 'FUL'],
      ['UKPRN', '10000001'],
      ['OrgPassword', 'secret'],
      ['UserName', 'a.user'],
      ['FamilyName', 'Tester'],
      ['GivenName', 'Test'],
      ['DateOfBirth', '1976-08-16'],
      ['Gender', '9'],
      ['LastKnownPostCode', 'CV4 9EE'],
      ['PreviousFamilyName', ''],
      ['SchoolAtAge16', ''],
      ['PlaceOfBirth', 'Coventry'],
      ['EmailAddress', ''],
    ]);
  });

  it('reads learners with camel-case keys, keeps text as sent, decodes gender and hides linked ULNs', () => {
    const result = readFindLearnerResponse({
      ResponseCode: 'WSRC0004',
      Learner: {
        ULN: '1026893096',
        GivenName: 'Sample',
        FamilyName: 'Blean ',
        Title: { attributes: { 'xsi:nil': 'true' } },
        Gender: '2',
        LinkedULNs: { ULN: '1' },
      },
    });
    expect(result).toEqual({
      responseType: 'Exact Match',
      learners: [
        { uln: '1026893096', givenName: 'Sample', familyName: 'Blean ', title: '', gender: 'FEMALE' },
      ],
    });
  });

  it('shows Unknown for a missing or unexpected gender and reads a response without learners', () => {
    expect(
      readFindLearnerResponse({
        ResponseCode: 'WSRC0003',
        Learner: [{ ULN: '1' }, { ULN: '2', Gender: '7' }],
      }).learners,
    ).toEqual([
      { uln: '1', gender: 'Unknown' },
      { uln: '2', gender: 'Unknown' },
    ]);
    expect(readFindLearnerResponse(undefined)).toEqual({ responseType: '', learners: [] });
  });
});

describe('LRS learning-events mapping', () => {
  it('builds the parameters in WCF order with the credentials first', () => {
    const args = learningEventsArguments(
      { givenName: 'TestOne', familyName: 'TesterOne', uln: '1174112637', gender: 'MALE' },
      credentials,
      'a.user',
    );
    expect(Object.keys(args)).toEqual([
      'invokingOrganisation',
      'userType',
      'vendorID',
      'language',
      'uln',
      'givenName',
      'familyName',
      'dateOfBirth',
      'gender',
      'getType',
    ]);
    expect(args).toMatchObject({
      invokingOrganisation: { Password: 'secret', Ukprn: '10000001', Username: 'a.user' },
      vendorID: '01',
      dateOfBirth: '',
      gender: '1',
      getType: 'FULL',
    });
    expect(Object.keys(args.invokingOrganisation as object)).toEqual(['Password', 'Ukprn', 'Username']);
  });

  it('reads events with nil values as empty text and defaults what is missing', () => {
    const result = readLearningEventsResponse({
      GetLearnerLearningEventsResult: {
        ResponseCode: 'WSRC0004',
        FoundULN: '1174112637',
        IncomingULN: '1174112637',
        LearnerRecord: {
          LearningEvent: {
            ID: '2931',
            Level: { attributes: { 'xsi:nil': 'true' } },
            Restriction: 'x',
            AchievementProviderUkprn: '1',
          },
        },
      },
    });
    expect(result).toEqual({
      responseType: 'Exact Match',
      foundUln: '1174112637',
      incomingUln: '1174112637',
      learnerRecord: [{ id: '2931', level: '', achievementProviderUkprn: '1' }],
    });
    expect(readLearningEventsResponse({})).toEqual({
      responseType: '',
      foundUln: '',
      incomingUln: '',
      learnerRecord: [],
    });
  });
});
