import { Controller, Get, Param, Query, StreamableFile, UseGuards } from '@nestjs/common';
import { existsSync, readFileSync } from 'node:fs';
import { StubBearerGuard } from '../../auth/stub-bearer.guard';
import { hmppsFixturePath, hmppsNotFound } from '../hmpps-fixtures';
import { PRISON_API_FIXTURES } from './prison-api-fixtures';

/** Stand-in for the Prison API offender, image and booking routes (`/prison-api`). */
@Controller('prison-api/api')
@UseGuards(StubBearerGuard)
export class PrisonApiOffendersController {
  @Get('images/offenders/:offenderNo')
  getImages(@Param('offenderNo') offenderNo: string): unknown[] {
    const images = PRISON_API_FIXTURES.images[offenderNo];
    if (!images) throw hmppsNotFound(`Resource with id [${offenderNo}] not found.`);
    return images;
  }

  /** Real JPEG files named after their image id. */
  @Get('images/:imageId/data')
  getImageData(@Param('imageId') imageId: string): StreamableFile {
    const file = /^\d+$/.test(imageId)
      ? hmppsFixturePath('prison-api', 'images', `${imageId}.jpg`)
      : undefined;
    if (!file || !existsSync(file)) throw hmppsNotFound(`Image with id [${imageId}] not found.`);
    return new StreamableFile(readFileSync(file), { type: 'image/jpeg' });
  }

  @Get('offenders/:offenderNo/addresses')
  getAddresses(@Param('offenderNo') offenderNo: string): unknown[] {
    const addresses = PRISON_API_FIXTURES.addresses[offenderNo];
    if (!addresses) throw hmppsNotFound(`Resource with id [${offenderNo}] not found.`);
    return addresses;
  }

  /** Only the adjustments of the asked-for treatment types. */
  @Get('bookings/:bookingId/reasonable-adjustments')
  getReasonableAdjustments(
    @Param('bookingId') bookingId: string,
    @Query('type') type: string | string[] = [],
  ) {
    const adjustments = PRISON_API_FIXTURES.reasonableAdjustments[bookingId];
    if (!adjustments) throw hmppsNotFound(`Offender booking with id ${bookingId} not found.`);
    const types = Array.isArray(type) ? type : [type];
    return {
      reasonableAdjustments: adjustments.filter((adjustment) => types.includes(adjustment.treatmentCode)),
    };
  }

  @Get(['reference-domains/domains/:domain', 'reference-domains/domains/:domain/codes'])
  getReferenceDomain(@Param('domain') domain: string): unknown[] {
    const codes = PRISON_API_FIXTURES.referenceDomains[domain];
    if (!codes) throw hmppsNotFound(`Reference domain [${domain}] not found.`);
    return codes;
  }
}
