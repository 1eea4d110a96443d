import { Controller, Get, Param, Query, UseGuards } from '@nestjs/common';
import { StubBearerGuard } from '../../auth/stub-bearer.guard';
import { hmppsNotFound, readHmppsFixture } from '../hmpps-fixtures';

type Keyed = Record<string, unknown>;

const FIXTURES = {
  offenderSentences: readHmppsFixture<Record<string, unknown[]>>('prison-api', 'offender-sentences.json'),
  sentencesAndOffences: readHmppsFixture<Record<string, unknown[]>>(
    'prison-api',
    'sentences-and-offences.json',
  ),
  keyDates: readHmppsFixture<Keyed>('prison-api', 'sentence-key-dates.json'),
  summaries: readHmppsFixture<Keyed>('prison-api', 'sentence-summaries.json'),
  offenceHistory: readHmppsFixture<Record<string, unknown[]>>('prison-api', 'offence-history.json'),
};

function found<T>(value: T | undefined, message: string): T {
  if (value === undefined) throw hmppsNotFound(message);
  return value;
}

/** Stand-in for the Prison API sentence and offence routes (`/prison-api`). */
@Controller('prison-api/api')
@UseGuards(StubBearerGuard)
export class PrisonApiSentencesController {
  /** A search: an offender without bookings gives an empty list, as the real API does. */
  @Get('offender-sentences')
  getOffenderSentences(@Query('offenderNo') offenderNo: string | string[] = []): unknown[] {
    const offenderNos = Array.isArray(offenderNo) ? offenderNo : [offenderNo];
    return offenderNos.flatMap((number) => FIXTURES.offenderSentences[number] ?? []);
  }

  @Get('offender-sentences/booking/:bookingId/sentences-and-offences')
  getSentencesAndOffences(@Param('bookingId') bookingId: string): unknown[] {
    return found(
      FIXTURES.sentencesAndOffences[bookingId],
      `Offender booking with id ${bookingId} not found.`,
    );
  }

  @Get('offenders/:offenderNo/sentences')
  getSentenceDetail(@Param('offenderNo') offenderNo: string): unknown {
    return found(FIXTURES.keyDates[offenderNo], `Resource with id [${offenderNo}] not found.`);
  }

  @Get('offenders/:offenderNo/booking/latest/sentence-summary')
  getLatestSentenceSummary(@Param('offenderNo') offenderNo: string): unknown {
    return found(FIXTURES.summaries[offenderNo], `Resource with id [${offenderNo}] not found.`);
  }

  @Get('bookings/offenderNo/:offenderNo/offenceHistory')
  getOffenceHistory(@Param('offenderNo') offenderNo: string): unknown[] {
    return found(FIXTURES.offenceHistory[offenderNo], `Resource with id [${offenderNo}] not found.`);
  }
}
