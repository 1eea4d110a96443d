import { Injectable } from '@nestjs/common';
import { badRequest, conflict, notFound, requireData, throwIfErrors } from '../../common/api-errors';
import { ServiceResult } from '../../common/upstream-api-error';
import { ConsumerFilters, matchesPrison } from '../../consumers/consumer-filters';
import {
  Location,
  PrisonCapacity,
  ResidentialDetails,
  ResidentialHierarchyItem,
  ResidentialSummary,
} from '../../domain/location';
import { HmppsMessageResponse } from '../../hmpps-messages/hmpps-message';
import { HmppsMessageWriter, notQueued, WriteQueue } from '../../hmpps-messages/hmpps-message-writer';
import { LocationsInsidePrisonGateway } from '../../upstream/locations-inside-prison/locations-inside-prison.gateway';
import { PrisonerOffenderSearchGateway } from '../../upstream/prisoner-offender-search/prisoner-offender-search.gateway';
import { DeactivateLocationRequest, TEST_EVENT_REFERENCE } from './deactivate-location-request.dto';

/** The queue id Locations Inside Prison reads deactivations from. */
export const LOCATIONS_QUEUE: WriteQueue = 'locations';

const INVALID_QUERY = 'Invalid query parameters.';
const DETAILS_NOT_FOUND = 'Could not find residential details with supplied query parameters.';
const QUEUED = 'Deactivate location written to queue';
const NOT_QUEUED = 'Could not send deactivate location to queue';

/**
 * HEAD's prison estate operations over Locations Inside Prison. A prison outside the consumer's prisons is
 * answered as the operation's own "not found", before any upstream call.
 */
@Injectable()
export class LocationsService {
  constructor(
    private readonly locations: LocationsInsidePrisonGateway,
    private readonly prisonerSearch: PrisonerOffenderSearchGateway,
    private readonly messages: HmppsMessageWriter,
  ) {}

  async getResidentialHierarchy(
    prisonId: string,
    includeInactive: boolean,
    filters: ConsumerFilters,
  ): Promise<ResidentialHierarchyItem[]> {
    const notFoundMessage = 'Could not find residential hierarchy with supplied query parameters.';
    requirePrison(prisonId, filters, notFoundMessage);
    const result = await this.locations.getResidentialHierarchy(prisonId, includeInactive);
    return requireData(result, { badRequest: INVALID_QUERY, notFound: notFoundMessage });
  }

  async getResidentialDetails(
    prisonId: string,
    parentPathHierarchy: string | undefined,
    filters: ConsumerFilters,
  ): Promise<ResidentialDetails> {
    return (await this.residentialSummary(prisonId, parentPathHierarchy, filters)).details;
  }

  /**
   * The prison's capacity from the top of its residential summary. HEAD answers `{data: null}` when the
   * summary has none; we treat that as the upstream failing to answer (a 500), not as a capacity.
   */
  async getCapacity(prisonId: string, filters: ConsumerFilters): Promise<PrisonCapacity> {
    const summary = await this.residentialSummary(prisonId, undefined, filters);
    return requireData({ data: summary.capacity, errors: [] }, {});
  }

  private async residentialSummary(
    prisonId: string,
    parentPathHierarchy: string | undefined,
    filters: ConsumerFilters,
  ): Promise<ResidentialSummary> {
    requirePrison(prisonId, filters, DETAILS_NOT_FOUND);
    const result = await this.locations.getResidentialSummary(prisonId, parentPathHierarchy);
    return requireData(result, { badRequest: INVALID_QUERY, notFound: DETAILS_NOT_FOUND });
  }

  /** A key is `<prisonId>-<path>`: one of another prison is refused before asking upstream. */
  async getLocation(prisonId: string, key: string, filters: ConsumerFilters): Promise<Location> {
    const notFoundMessage = 'Could not find location information with supplied query parameters.';
    requirePrison(prisonId, filters, notFoundMessage);
    if (!key.startsWith(`${prisonId}-`)) throw badRequest(INVALID_QUERY);
    const result = await this.locations.getLocationByKey(key);
    return requireData(result, { badRequest: INVALID_QUERY, notFound: notFoundMessage }).location;
  }

  /**
   * Asks Locations Inside Prison (through its queue) to deactivate an active, empty cell. HEAD's checks, in
   * its order: a test request is queued as a TestEvent without any; then the prison filter ("Not found"),
   * the location (unknown: 404), its type (not a cell: 400), its state (already inactive: 409) and its
   * occupants (anyone in it: 409).
   */
  async deactivate(
    prisonId: string,
    key: string,
    request: DeactivateLocationRequest,
    who: string,
    filters: ConsumerFilters,
  ): Promise<HmppsMessageResponse> {
    if (request.externalReference === TEST_EVENT_REFERENCE) {
      await this.messages.send(
        LOCATIONS_QUEUE,
        'TEST_EVENT',
        {},
        { who, failure: () => notQueued(NOT_QUEUED) },
      );
      return { message: QUEUED };
    }
    requirePrison(prisonId, filters, 'Not found');
    const found = await this.locations.getLocationByKey(key);
    const { id, location } = requireData(found, {
      notFound: describedError(found, 'Could not find provided location.'),
      badRequest: describedError(found, 'Invalid request.'),
    });
    if (location.locationType !== 'CELL') throw badRequest('Location type must be a CELL');
    if (!location.active || location.deactivatedByParent) throw conflict('This cell is already deactivated');

    const occupants = await this.prisonerSearch.prisonersInCell(prisonId, location.pathHierarchy);
    throwIfErrors(occupants, { notFound: describedError(occupants, 'Could not find provided location.') });
    if ((occupants.data ?? []).length > 0) {
      throw conflict('Cell cannot be deactivated as there are prisoners in the cell');
    }

    const attributes = {
      id,
      deactivationReason: request.deactivationReason,
      deactivationReasonDescription: request.deactivationReasonDescription ?? null,
      // HEAD writes an absent date as the text "null"; the owning service reads a date, so we send null.
      proposedReactivationDate: request.proposedReactivationDate ?? null,
      planetFmReference: null,
    };
    await this.messages.send(LOCATIONS_QUEUE, 'LOCATION_DEACTIVATE', attributes, {
      who,
      failure: () => notQueued(NOT_QUEUED),
    });
    return { message: QUEUED };
  }
}

function requirePrison(prisonId: string, filters: ConsumerFilters, message: string): void {
  if (!matchesPrison(filters, prisonId)) throw notFound(message);
}

/** HEAD answers with the first error's own description when it has one. */
function describedError(result: ServiceResult<unknown>, fallback: string): string {
  return result.errors[0]?.description ?? fallback;
}
