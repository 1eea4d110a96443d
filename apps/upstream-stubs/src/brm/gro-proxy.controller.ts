import {
  BadRequestException,
  Body,
  Controller,
  HttpCode,
  Inject,
  NotFoundException,
  Post,
} from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { BirthRegistry } from './birth-registry';
import { GRO_REGISTRY } from './brm-stub.settings';

type Json = Record<string, unknown>;

function text(body: unknown, field: string): string {
  const value = typeof body === 'object' && body !== null ? (body as Json)[field] : undefined;
  if (typeof value !== 'string' || value.trim() === '') {
    throw new BadRequestException({ code: 'INVALID_PAYLOAD', reason: `${field} is required` });
  }
  return value;
}

const notFound = () =>
  new NotFoundException({
    code: 'NOT_FOUND',
    reason: 'No birth registration found that matched the search keys',
  });

/** GRO (England and Wales) as the birth-registration-matching-proxy exposes it. */
@ApiTags('Stub: GRO (birth-registration-matching-proxy)')
@Controller('birth-registration-matching-proxy/match')
export class GroProxyController {
  constructor(@Inject(GRO_REGISTRY) private readonly registry: BirthRegistry) {}

  @Post('reference')
  @HttpCode(200)
  @ApiOperation({ summary: 'One record by birth reference number (object), or 404' })
  reference(@Body() body: unknown): unknown {
    const reference = text(body, 'reference');
    const answer = this.registry.scenario(reference) ?? this.registry.byNumber(reference);
    if (answer === undefined) throw notFound();
    return answer;
  }

  @Post('details')
  @HttpCode(200)
  @ApiOperation({ summary: 'Records matching forenames, lastname and dateofbirth (array), or 404' })
  details(@Body() body: unknown): unknown {
    const records = this.registry.search({
      forenames: text(body, 'forenames'),
      surname: text(body, 'lastname'),
      dateOfBirth: text(body, 'dateofbirth'),
    });
    if (records.length === 0) throw notFound();
    return records;
  }
}
