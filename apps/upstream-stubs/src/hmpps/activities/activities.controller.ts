import { BadRequestException, Controller, Get, Headers, Param, UseGuards } from '@nestjs/common';
import { StubBearerGuard } from '../../auth/stub-bearer.guard';
import { hmppsNotFound, readHmppsFixture } from '../hmpps-fixtures';

interface PrisonData {
  regime: unknown[];
  payBands: unknown[];
  activities: unknown[];
}

const REFERENCE = readHmppsFixture<{ attendanceReasons: unknown[]; deallocationReasons: unknown[] }>(
  'activities',
  'reference-data.json',
);
const PRISONS = readHmppsFixture<Record<string, PrisonData>>('activities', 'prisons.json');
const SCHEDULES = readHmppsFixture<Record<string, unknown>>('activities', 'schedules.json');
const ATTENDANCES = readHmppsFixture<Record<string, unknown>>('activities', 'attendances.json');
const SUITABILITY = readHmppsFixture<Record<string, unknown>>('activities', 'suitability-criteria.json');
const WAITING_LISTS = readHmppsFixture<Record<string, { prisonCode: string }[]>>(
  'activities',
  'waiting-list-applications.json',
);
const ACTIVITY_SCHEDULES = readHmppsFixture<Record<string, unknown[]>>(
  'activities',
  'activity-schedules.json',
);

/** The real service binds its ids to `Long`s: anything else is its 400. */
function longId(value: string, name: string): string {
  if (!/^\d{1,18}$/.test(value))
    throw badRequest(`${name}: Failed to convert value of type 'String' to 'long'`);
  return value;
}

function badRequest(message: string): BadRequestException {
  return new BadRequestException({
    status: 400,
    errorCode: null,
    userMessage: `Validation failure: ${message}`,
    developerMessage: message,
    moreInfo: null,
  });
}

function prison(code: string): PrisonData {
  const data = PRISONS[code];
  if (!data) throw hmppsNotFound(`Prison ${code} not found`);
  return data;
}

/**
 * Stand-in for Activities and Appointments (`/activities`): the `/integration-api/…` routes the real
 * service keeps for this API, with data in `fixtures/hmpps/activities/`.
 */
@Controller('activities/integration-api')
@UseGuards(StubBearerGuard)
export class ActivitiesController {
  @Get('attendance-reasons')
  getAttendanceReasons(): unknown[] {
    return REFERENCE.attendanceReasons;
  }

  @Get('allocations/deallocation-reasons')
  getDeallocationReasons(): unknown[] {
    return REFERENCE.deallocationReasons;
  }

  @Get('prison/prison-regime/:prisonCode')
  getPrisonRegime(@Param('prisonCode') prisonCode: string): unknown[] {
    return prison(prisonCode).regime;
  }

  @Get('prison/:prisonCode/prison-pay-bands')
  getPrisonPayBands(@Param('prisonCode') prisonCode: string): unknown[] {
    return prison(prisonCode).payBands;
  }

  @Get('prison/:prisonCode/activities')
  getActivities(@Param('prisonCode') prisonCode: string): unknown[] {
    return prison(prisonCode).activities;
  }

  @Get('activities/:activityId/schedules')
  getActivitySchedules(@Param('activityId') activityId: string): unknown[] {
    const schedules = ACTIVITY_SCHEDULES[longId(activityId, 'activityId')];
    if (!schedules) throw hmppsNotFound(`Activity ${activityId} not found`);
    return schedules;
  }

  @Get('schedules/:scheduleId')
  getSchedule(@Param('scheduleId') scheduleId: string): unknown {
    const schedule = SCHEDULES[longId(scheduleId, 'scheduleId')];
    if (!schedule) throw hmppsNotFound(`Activity schedule ${scheduleId} not found`);
    return schedule;
  }

  @Get('attendances/:attendanceId')
  getAttendance(@Param('attendanceId') attendanceId: string): unknown {
    const attendance = ATTENDANCES[longId(attendanceId, 'attendanceId')];
    if (!attendance) throw hmppsNotFound(`Attendance ${attendanceId} not found`);
    return attendance;
  }

  @Get('activities/schedule/:scheduleId/suitability-criteria')
  getSuitabilityCriteria(@Param('scheduleId') scheduleId: string): unknown {
    const criteria = SUITABILITY[longId(scheduleId, 'scheduleId')];
    if (!criteria) throw hmppsNotFound(`Activity schedule ${scheduleId} not found`);
    return criteria;
  }

  /** The real service answers only for the caller's caseload (`Caseload-Id`), and requires it. */
  @Get('schedules/:scheduleId/waiting-list-applications')
  getWaitingListApplications(
    @Param('scheduleId') scheduleId: string,
    @Headers('caseload-id') caseloadId?: string,
  ): unknown[] {
    if (!caseloadId) throw badRequest('Required request header Caseload-Id is missing');
    const applications = WAITING_LISTS[longId(scheduleId, 'scheduleId')];
    if (!applications) throw hmppsNotFound(`Activity schedule ${scheduleId} not found`);
    return applications.filter((application) => application.prisonCode === caseloadId);
  }
}
