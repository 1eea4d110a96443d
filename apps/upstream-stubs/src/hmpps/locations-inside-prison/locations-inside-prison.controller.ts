import { BadRequestException, Controller, Get, Param, Query, UseGuards } from '@nestjs/common';
import { StubBearerGuard } from '../../auth/stub-bearer.guard';
import { hmppsNotFound, readHmppsFixture } from '../hmpps-fixtures';

interface StubLocation {
  key: string;
  prisonId: string;
  pathHierarchy: string;
  level: number;
  active: boolean;
  parentLocation: { key: string } | null;
}

interface StubHierarchyItem {
  status: string;
  subLocations: StubHierarchyItem[];
}

const LOCATIONS = readHmppsFixture<StubLocation[]>('locations-inside-prison', 'locations.json');
const HIERARCHIES = readHmppsFixture<Record<string, StubHierarchyItem[]>>(
  'locations-inside-prison',
  'residential-hierarchy.json',
);
const PRISON_SUMMARIES = readHmppsFixture<Record<string, object>>('locations-inside-prison', 'prison-summaries.json');

/** Prison ids are at most five characters in Locations Inside Prison; a longer one is refused. */
function checkPrisonId(prisonId: string): void {
  if (prisonId.length > 5) throw new BadRequestException('prisonId must be at most 5 characters');
}

function activeOnly(items: StubHierarchyItem[]): StubHierarchyItem[] {
  return items
    .filter((item) => item.status === 'ACTIVE')
    .map((item) => ({ ...item, subLocations: activeOnly(item.subLocations) }));
}

/** Stand-in for Locations Inside Prison (`/locations-inside-prison`). */
@Controller('locations-inside-prison/locations')
@UseGuards(StubBearerGuard)
export class LocationsInsidePrisonController {
  @Get('key/:key')
  getByKey(@Param('key') key: string): StubLocation {
    const location = LOCATIONS.find((item) => item.key === key);
    if (!location) throw hmppsNotFound(`Location not found: ${key}`);
    return location;
  }

  /**
   * A prison's top level (with its prison summary), or what lies directly under `parentPathHierarchy`
   * (with that location as the parent and no prison summary), as the real API answers.
   */
  @Get('residential-summary/:prisonId')
  residentialSummary(@Param('prisonId') prisonId: string, @Query('parentPathHierarchy') parentPath?: string) {
    checkPrisonId(prisonId);
    const prisonSummary = PRISON_SUMMARIES[prisonId];
    if (!prisonSummary) throw hmppsNotFound(`Prison not found: ${prisonId}`);
    const inPrison = LOCATIONS.filter((item) => item.prisonId === prisonId);
    if (parentPath === undefined) {
      return {
        prisonSummary,
        topLevelLocationType: 'Wings',
        subLocationName: 'Wings',
        subLocations: inPrison.filter((item) => item.level === 1),
      };
    }
    const parent = inPrison.find((item) => item.pathHierarchy === parentPath);
    if (!parent) throw hmppsNotFound(`Location not found: ${prisonId}-${parentPath}`);
    const children = inPrison.filter((item) => item.parentLocation?.key === parent.key);
    return {
      topLevelLocationType: 'Wings',
      subLocationName: parent.level === 1 ? 'Landings' : 'Cells',
      parentLocation: parent,
      subLocations: children,
    };
  }

  @Get('prison/:prisonId/residential-hierarchy')
  residentialHierarchy(@Param('prisonId') prisonId: string, @Query('includeInactive') includeInactive?: string) {
    checkPrisonId(prisonId);
    const hierarchy = HIERARCHIES[prisonId];
    if (!hierarchy) throw hmppsNotFound(`Prison not found: ${prisonId}`);
    return includeInactive === 'true' ? hierarchy : activeOnly(hierarchy);
  }
}
