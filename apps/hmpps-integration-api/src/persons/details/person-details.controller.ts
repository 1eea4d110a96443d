import { Audit } from '@libs/queue';
import { Controller, Get, Param, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { pathDetails } from '../../audit/audit-details';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { DataResponse, dataResponse } from '../../common/envelopes';
import { ApiHmppsIdParam, ApiOperationErrors } from '../../common/openapi';
import { ApiDataOk } from '../../common/response-classes';
import { PersonDetails, PersonDetailsService } from './person-details.service';

@ApiTags('persons')
@Controller('v1/persons')
export class PersonDetailsController {
  constructor(private readonly service: PersonDetailsService) {}

  /** The path value arrives decoded once, so `2004%2F13116M` is the PNC id `2004/13116M`. */
  @Get(':encodedHmppsId')
  @ApiOperation({ summary: 'Returns a person, as probation and prisoner search know them' })
  @ApiHmppsIdParam('encodedHmppsId', true)
  @ApiDataOk(PersonDetails, 'The person was found by probation.')
  @ApiOperationErrors(404)
  @ApiResponse({
    status: 303,
    description:
      "A prisoner number merged into another prisoner's: no body; `Location` names the surviving record.",
    headers: {
      Location: {
        description: 'The path of the surviving number',
        schema: { type: 'string', example: '/v1/persons/G2996UX' },
      },
    },
  })
  @Audit('GET_PERSON_DETAILS', pathDetails({ hmppsId: 'encodedHmppsId' }))
  async getPerson(
    @Param('encodedHmppsId') hmppsId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<DataResponse<PersonDetails> | undefined> {
    const details = await this.service.getPersonDetails(hmppsId);
    if ('mergedInto' in details) {
      // The reference's answer for a merged prisoner number: see the surviving one, with no body.
      void reply.code(303).header('location', `/v1/persons/${encodeURIComponent(details.mergedInto)}`);
      return undefined;
    }
    return dataResponse(details);
  }
}
