import { Injectable } from '@nestjs/common';
import { LrsClient } from '../upstream/lrs.client';
import { POSSIBLE_MATCH } from '../upstream/lrs-response-type';
import { LearnersRequest } from './learners-request.dto';
import { LearnersResponse } from './learners-response';
import { mismatchedFields } from './mismatched-fields';

@Injectable()
export class LearnersService {
  constructor(private readonly lrs: LrsClient) {}

  async find(request: LearnersRequest, username: string): Promise<LearnersResponse> {
    const { responseType, learners } = await this.lrs.findLearner(request, username);
    return {
      searchParameters: request,
      responseType,
      mismatchedFields: responseType === POSSIBLE_MATCH ? mismatchedFields(request, learners) : undefined,
      matchedLearners: learners.length > 0 ? learners : undefined,
    };
  }
}
