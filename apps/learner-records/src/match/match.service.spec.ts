import { ApiError } from '@libs/errors';
import { Test } from '@nestjs/testing';
import { LearnerEventsService } from '../learner-events/learner-events.service';
import { LearnerEventsResponse } from '../learner-events/learner-events-response';
import { LearningEventsQuery } from '../upstream/lrs-learning-events';
import { MATCH_STATUS, MatchEntity } from './match.entity';
import { MatchService } from './match.service';
import { MatchStore } from './match.store';

const row = (fields: Partial<MatchEntity>): MatchEntity =>
  ({
    id: '1',
    nomisId: 'A1234BC',
    matchedUln: '1026893096',
    givenName: 'Sample',
    familyName: 'Tester',
    matchType: 'Exact Match',
    countOfReturnedUlns: '1',
    matchStatus: MATCH_STATUS.matched,
    dateCreated: new Date(),
    ...fields,
  }) as MatchEntity;

/** The service over a stubbed store and learning-record service: which calls a lookup makes. */
describe('MatchService', () => {
  let latest: MatchEntity | null;
  const lookups: Array<[LearningEventsQuery, string]> = [];
  let service: MatchService;
  const record: LearnerEventsResponse = {
    searchParameters: { givenName: 'Sample', familyName: 'Tester', uln: '1026893096' },
    responseType: 'Exact Match',
    foundUln: '1026893096',
    incomingUln: '1026893096',
    learnerRecord: [],
  };

  beforeEach(async () => {
    lookups.length = 0;
    const store: Pick<MatchStore, 'latest'> = { latest: () => Promise.resolve(latest) };
    const learnerEvents: Pick<LearnerEventsService, 'find'> = {
      find: (query, username) => {
        lookups.push([query, username]);
        return Promise.resolve(record);
      },
    };
    const module = await Test.createTestingModule({
      providers: [
        MatchService,
        { provide: MatchStore, useValue: store },
        { provide: LearnerEventsService, useValue: learnerEvents },
      ],
    }).compile();
    service = module.get(MatchService);
  });

  it('reads the matched learning record once, by the stored identity, as the user', async () => {
    latest = row({});
    await expect(service.learnerEventsOf('A1234BC', 'consumer.user')).resolves.toBe(record);
    expect(lookups).toEqual([
      [{ givenName: 'Sample', familyName: 'Tester', uln: '1026893096' }, 'consumer.user'],
    ]);
  });

  it.each([
    ['no row', null, 404, 'Match not found'],
    ['an unmatched row', row({ matchStatus: MATCH_STATUS.unmatched }), 404, 'Match not found'],
    ['a no-match row', row({ matchStatus: MATCH_STATUS.cannotBeMatched }), 400, 'Match not possible'],
  ])('refuses without calling LRS for %s', async (_case, stored, status, errorCode) => {
    latest = stored;
    const error = await service.learnerEventsOf('A1234BC', 'u').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect({ status: (error as ApiError).status, body: (error as ApiError).body }).toMatchObject({
      status,
      body: { errorCode },
    });
    expect(lookups).toEqual([]);
  });

  it('shows a stored match, a no-match and nothing', async () => {
    latest = row({});
    expect(await service.check('A1234BC')).toEqual({
      found: true,
      body: { matchedUln: '1026893096', givenName: 'Sample', familyName: 'Tester', status: 'Found' },
    });
    latest = row({
      matchStatus: MATCH_STATUS.cannotBeMatched,
      matchedUln: '',
      givenName: '',
      familyName: '',
    });
    expect((await service.check('A1234BC')).body.status).toBe('NoMatch');
    latest = null;
    expect(await service.check('A1234BC')).toEqual({ found: false, body: { status: 'NotFound' } });
  });
});
