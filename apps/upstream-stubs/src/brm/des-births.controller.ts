import { Body, Controller, Headers, HttpCode, HttpException, Inject, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { BirthRegistry } from './birth-registry';
import { desStubToken, NRS_REGISTRY } from './brm-stub.settings';

type Json = Record<string, unknown>;

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}$/;

/** DES error answers are `{code, reason}`. */
function desError(status: number, code: string, reason: string): HttpException {
  return new HttpException({ code, reason }, status);
}

function field(body: Json, name: string): string {
  const value = body[name];
  if (typeof value !== 'string' || value.trim() === '') {
    throw desError(400, 'INVALID_PAYLOAD', `Submission has not passed validation. Invalid ${name}.`);
  }
  return value;
}

/** NRS (Scotland) behind DES: one endpoint for reference (`id` present) and details searches. */
@ApiTags('Stub: NRS via DES')
@Controller('national-records')
export class DesBirthsController {
  constructor(@Inject(NRS_REGISTRY) private readonly registry: BirthRegistry) {}

  @Post('births')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Births matching the search keys as {"births": [...]}, or 403 BIRTH_REGISTRATION_NOT_FOUND',
  })
  births(@Headers() headers: Record<string, string | undefined>, @Body() body: unknown): unknown {
    if (headers.authorization !== `Bearer ${desStubToken()}`) {
      throw desError(401, 'UNAUTHORIZED', 'Bearer token is missing or not valid');
    }
    if (!headers.environment || !headers.queryid || !DATE_TIME.test(headers.datetime ?? '')) {
      throw desError(400, 'INVALID_HEADER', 'Submission has not passed validation. Invalid header.');
    }
    const search: Json =
      typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Json) : {};
    const query = {
      forenames: field(search, 'firstName'),
      surname: field(search, 'lastName'),
      dateOfBirth: field(search, 'dateOfBirth'),
    };
    const answer = typeof search.id === 'string' ? this.byReference(search.id) : this.bySearch(query);
    if (answer === undefined) {
      throw desError(
        403,
        'BIRTH_REGISTRATION_NOT_FOUND',
        'No birth registration found that matched the search keys',
      );
    }
    return answer;
  }

  private byReference(id: string): unknown {
    const scenario = this.registry.scenario(id);
    if (scenario !== undefined) return scenario;
    const birth = this.registry.byNumber(id);
    return birth === undefined ? undefined : { births: [birth] };
  }

  private bySearch(query: { forenames: string; surname: string; dateOfBirth: string }): unknown {
    const births = this.registry.search(query);
    return births.length === 0 ? undefined : { births };
  }
}
