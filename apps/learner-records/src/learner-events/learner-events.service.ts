import { Injectable } from '@nestjs/common';
import { LrsClient } from '../upstream/lrs.client';
import { LearningEventsQuery } from '../upstream/lrs-learning-events';
import { LearnerEventsResponse } from './learner-events-response';

/** A learner's PLR; serves both `POST /learner-events` and `GET /match/{nomisId}/learner-events`. */
@Injectable()
export class LearnerEventsService {
  constructor(private readonly lrs: LrsClient) {}

  async find(query: LearningEventsQuery, username: string): Promise<LearnerEventsResponse> {
    const { responseType, foundUln, incomingUln, learnerRecord } = await this.lrs.learningEvents(
      query,
      username,
    );
    return {
      searchParameters: query,
      responseType,
      foundUln,
      incomingUln,
      learnerRecord,
    };
  }
}
