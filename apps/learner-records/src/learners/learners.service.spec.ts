import { Test } from '@nestjs/testing';
import { FindLearnerQuery, FindLearnerResult, Learner } from '../upstream/lrs-find-learner';
import { LrsClient } from '../upstream/lrs.client';
import { LearnersService } from './learners.service';

const request = {
  givenName: 'Test',
  familyName: 'Tester',
  dateOfBirth: '1976-08-16',
  gender: 'FEMALE' as const,
  lastKnownPostCode: 'CV49EE',
};
const learner = (fields: Partial<Learner>): Learner =>
  ({ givenName: 'Test', familyName: 'Tester', gender: 'FEMALE', ...fields }) as Learner;

/** The service over a stubbed LRS gateway: what it asks LRS, and how it shapes the answer. */
describe('LearnersService', () => {
  const calls: Array<[FindLearnerQuery, string]> = [];
  let answer: FindLearnerResult;
  let service: LearnersService;

  beforeEach(async () => {
    calls.length = 0;
    const lrs: Pick<LrsClient, 'findLearner'> = {
      findLearner: (query, username) => {
        calls.push([query, username]);
        return Promise.resolve(answer);
      },
    };
    const module = await Test.createTestingModule({
      providers: [LearnersService, { provide: LrsClient, useValue: lrs }],
    }).compile();
    service = module.get(LearnersService);
  });

  it('asks LRS once, as the user, and echoes the request without mismatches for an exact match', async () => {
    answer = { responseType: 'Exact Match', learners: [learner({ uln: '1026893096' })] };
    const response = await service.find(request, 'test.user');
    expect(calls).toEqual([[request, 'test.user']]);
    expect(response).toEqual({
      searchParameters: request,
      responseType: 'Exact Match',
      mismatchedFields: undefined,
      matchedLearners: answer.learners,
    });
  });

  it('lists, for a possible match, the values that differ from the request', async () => {
    answer = {
      responseType: 'Possible Match',
      learners: [learner({ lastKnownPostCode: 'CV4 9EE' }), learner({ lastKnownPostCode: 'cv49ee ' })],
    };
    const response = await service.find(request, 'u');
    expect(response.mismatchedFields).toEqual({ lastKnownPostCode: ['CV4 9EE'] });
  });

  it('leaves matchedLearners out when LRS found nobody', async () => {
    answer = { responseType: 'No Match', learners: [] };
    expect((await service.find(request, 'u')).matchedLearners).toBeUndefined();
  });
});
