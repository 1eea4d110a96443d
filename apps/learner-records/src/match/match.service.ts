import { ApiError } from '@libs/errors';
import { Injectable } from '@nestjs/common';
import { matchNotFound, matchNotPossible } from '../errors/learner-records-errors';
import { LearnerEventsResponse } from '../learner-events/learner-events-response';
import { LearnerEventsService } from '../learner-events/learner-events.service';
import { CheckMatchResponse } from './match-responses';
import { ConfirmMatchRequest, ConfirmNoMatchRequest } from './match-requests.dto';
import { matchState } from './match-state';
import { MATCH_STATUS } from './match.entity';
import { MatchStore } from './match.store';

const EMPTY_IDENTITY = { matchedUln: '', givenName: '', familyName: '' };

/** NOMIS id ↔ ULN decisions over the append-only `matches` table. */
@Injectable()
export class MatchService {
  constructor(
    private readonly store: MatchStore,
    private readonly learnerEvents: LearnerEventsService,
  ) {}

  async check(nomisId: string): Promise<{ found: boolean; body: CheckMatchResponse }> {
    const state = matchState(await this.store.latest(nomisId));
    if (state.kind === 'NotFound') return { found: false, body: { status: 'NotFound' } };
    const { matchedUln, givenName, familyName } = state.row;
    return {
      found: true,
      body: { matchedUln, givenName, familyName, status: state.kind === 'NoMatch' ? 'NoMatch' : 'Found' },
    };
  }

  /** 409 (nothing written) when the ULN is another prisoner's current match; no write when already matched to it. */
  async confirm(nomisId: string, request: ConfirmMatchRequest): Promise<void> {
    await this.store.withUlnLock(request.matchingUln, async (manager) => {
      if (await this.store.ulnHeldByAnother(request.matchingUln, nomisId, manager))
        throw new ApiError(409, null);
      const state = matchState(await this.store.latest(nomisId, manager));
      if (state.kind === 'Found' && state.row.matchedUln === request.matchingUln) return;
      await this.store.insert(
        {
          nomisId,
          matchedUln: request.matchingUln,
          givenName: request.givenName,
          familyName: request.familyName,
          matchType: request.matchType,
          countOfReturnedUlns: request.countOfReturnedUlns,
          matchStatus: MATCH_STATUS.matched,
        },
        manager,
      );
    });
  }

  async markNoMatch(nomisId: string, request: ConfirmNoMatchRequest): Promise<void> {
    if (matchState(await this.store.latest(nomisId)).kind === 'NoMatch') return;
    await this.store.insert({
      nomisId,
      ...EMPTY_IDENTITY,
      matchType: request.matchType,
      countOfReturnedUlns: request.countOfReturnedUlns,
      matchStatus: MATCH_STATUS.cannotBeMatched,
    });
  }

  async unmatch(nomisId: string): Promise<void> {
    if (matchState(await this.store.latest(nomisId)).kind === 'NotFound') return;
    await this.store.insert({
      nomisId,
      ...EMPTY_IDENTITY,
      matchType: '',
      countOfReturnedUlns: '',
      matchStatus: MATCH_STATUS.unmatched,
    });
  }

  /** The PLR of the matched learner. */
  async learnerEventsOf(nomisId: string, username: string): Promise<LearnerEventsResponse> {
    const state = matchState(await this.store.latest(nomisId));
    if (state.kind === 'NotFound') throw matchNotFound(nomisId);
    if (state.kind === 'NoMatch') throw matchNotPossible(nomisId);
    const { givenName, familyName, matchedUln } = state.row;
    return this.learnerEvents.find({ givenName, familyName, uln: matchedUln }, username);
  }
}
