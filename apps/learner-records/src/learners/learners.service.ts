import { Injectable } from '@nestjs/common';
import { LrsClient } from '../upstream/lrs.client';
import { POSSIBLE_MATCH, responseTypeFor } from '../upstream/lrs-response-type';
import { LearnersRequest } from './learners-request.dto';
import { LearnersResponse } from './learners-response';
import { mismatchedFields } from './mismatched-fields';

@Injectable()
export class LearnersService {
  constructor(private readonly lrs: LrsClient) {}

  async find(request: LearnersRequest, username: string): Promise<LearnersResponse> {
    const { responseCode, learners } = await this.lrs.findLearner(request, username);
    const responseType = responseTypeFor(responseCode);
    return {
      searchParameters: request,
      responseType,
      mismatchedFields: responseType === POSSIBLE_MATCH ? mismatchedFields(request, learners) : undefined,
      matchedLearners: learners.length > 0 ? learners : undefined,
    };
  }
}
