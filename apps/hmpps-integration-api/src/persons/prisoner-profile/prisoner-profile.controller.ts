import { Audit } from '@libs/queue';
import { Controller, Get, Param } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { pathDetails } from '../../audit/audit-details';
import { DataResponse, dataResponse } from '../../common/envelopes';
import { ApiHmppsIdParam } from '../../common/openapi';
import { ApiDataOk, ApiErrors } from '../../common/response-classes';
import { AuthorisedConsumer } from '../../consumers/authorised-consumer';
import { Consumer } from '../../consumers/consumer.decorator';
import {
  Language,
  NumberOfChildren,
  PersonalCareNeed,
  PhysicalCharacteristics,
} from './prisoner-profile.responses';
import { PrisonerProfileService } from './prisoner-profile.service';

const PRISONS_FILTER = 'Applicable filters: prisons.';

/** The reception operations of the reference's person controller. */
@ApiTags('reception')
@Controller('v1/persons')
export class PrisonerProfileController {
  constructor(private readonly service: PrisonerProfileService) {}

  @Get(':hmppsId/care-needs')
  @ApiOperation({ summary: 'Gets care needs for a prisoner.', description: PRISONS_FILTER })
  @ApiHmppsIdParam()
  @ApiDataOk(PersonalCareNeed, "Successfully found a person's care needs with the provided HMPPS ID.", {
    isArray: true,
    nullable: true,
  })
  @ApiErrors([400, 404])
  @Audit('GET_PERSON_CARE_NEEDS', pathDetails('hmppsId'))
  async getCareNeeds(
    @Param('hmppsId') hmppsId: string,
    @Consumer() consumer: AuthorisedConsumer,
  ): Promise<DataResponse<PersonalCareNeed[] | null>> {
    return dataResponse(await this.service.getCareNeeds(hmppsId, consumer.filters));
  }

  @Get(':hmppsId/languages')
  @ApiOperation({ summary: 'Gets languages for a prisoner.', description: PRISONS_FILTER })
  @ApiHmppsIdParam()
  @ApiDataOk(Language, "Successfully found a person's Language information with the provided HMPPS ID.", {
    isArray: true,
    nullable: true,
  })
  @ApiErrors([400, 404])
  @Audit('GET_LANGUAGES', pathDetails('hmppsId'))
  async getLanguages(
    @Param('hmppsId') hmppsId: string,
    @Consumer() consumer: AuthorisedConsumer,
  ): Promise<DataResponse<Language[] | null>> {
    return dataResponse(await this.service.getLanguages(hmppsId, consumer.filters));
  }

  @Get(':hmppsId/physical-characteristics')
  @ApiOperation({
    summary: 'Gets physical characteristics and distinguishing marks for a prisoner.',
    description: PRISONS_FILTER,
  })
  @ApiHmppsIdParam()
  @ApiDataOk(
    PhysicalCharacteristics,
    "Successfully found a person's physical characteristics with the provided HMPPS ID.",
  )
  @ApiErrors([400, 404])
  @Audit('GET_PERSON_PHYSICAL_CHARACTERISTICS', pathDetails('hmppsId'))
  async getPhysicalCharacteristics(
    @Param('hmppsId') hmppsId: string,
    @Consumer() consumer: AuthorisedConsumer,
  ): Promise<DataResponse<PhysicalCharacteristics>> {
    return dataResponse(await this.service.getPhysicalCharacteristics(hmppsId, consumer.filters));
  }

  @Get(':hmppsId/number-of-children')
  @ApiOperation({ summary: "Returns a prisoner's number of children.", description: PRISONS_FILTER })
  @ApiHmppsIdParam()
  @ApiDataOk(NumberOfChildren, "Successfully found a prisoner's number of children.")
  @ApiErrors([400, 404])
  @Audit('GET_PRISONER_NUMBER_OF_CHILDREN', pathDetails('hmppsId'))
  async getNumberOfChildren(
    @Param('hmppsId') hmppsId: string,
    @Consumer() consumer: AuthorisedConsumer,
  ): Promise<DataResponse<NumberOfChildren>> {
    return dataResponse(await this.service.getNumberOfChildren(hmppsId, consumer.filters));
  }
}
