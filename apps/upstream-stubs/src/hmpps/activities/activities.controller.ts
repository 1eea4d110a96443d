import {
  BadRequestException,
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  Param,
  Post,
  Query,
  UseGuards,
} from '@nestjs/common';
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
type Row = Record<string, unknown>;
const PRISONER_ATTENDANCES = readHmppsFixture<Record<string, Row[]>>(
  'activities',
  'prisoner-attendances.json',
);
const SCHEDULED_INSTANCES = readHmppsFixture<Record<string, Record<string, Row[]>>>(
  'activities',
  'scheduled-instances.json',
);
const APPOINTMENTS = readHmppsFixture<Record<string, Row[]>>('activities', 'appointments.json');
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

/** A required `yyyy-MM-dd` query date, as the service binds `LocalDate`s. */
function date(value: unknown, name: string): string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    throw badRequest(`${name}: a date (yyyy-MM-dd) is required`);
  }
  return value;
}

function inRange(value: unknown, from: string, to: string): boolean {
  return typeof value === 'string' && value >= from && value <= to;
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

  /** The fixture rows carry `prisonCode` and `sessionDate` to filter on; the real attendance has neither. */
  @Get('attendances/prisoner/:prisonerNumber')
  getPrisonerAttendances(
    @Param('prisonerNumber') prisonerNumber: string,
    @Query() query: Record<string, unknown>,
  ): Row[] {
    const from = date(query.startDate, 'startDate');
    const to = date(query.endDate, 'endDate');
    if (to < from) throw badRequest('End date must not be before start date');
    return (PRISONER_ATTENDANCES[prisonerNumber] ?? [])
      .filter((row) => inRange(row.sessionDate, from, to))
      .filter((row) => query.prisonCode === undefined || row.prisonCode === query.prisonCode)
      .map(({ prisonCode: _prison, sessionDate: _date, ...attendance }) => attendance);
  }

  @Get('prisons/:prisonCode/prisoner/:prisonerNumber/scheduled-instances')
  getScheduledInstances(
    @Param('prisonCode') prisonCode: string,
    @Param('prisonerNumber') prisonerNumber: string,
    @Query() query: Record<string, unknown>,
  ): Row[] {
    const from = date(query.startDate, 'startDate');
    const to = date(query.endDate, 'endDate');
    if (query.slot !== undefined && !['AM', 'PM', 'ED'].includes(String(query.slot))) {
      throw badRequest(`slot: invalid time slot ${String(query.slot)}`);
    }
    return (SCHEDULED_INSTANCES[prisonCode]?.[prisonerNumber] ?? []).filter(
      (row) =>
        inRange(row.sessionDate, from, to) && (query.slot === undefined || row.timeSlot === query.slot),
    );
  }

  /** Matches each criterion given, as the service's appointment search does. */
  @Post('appointments/:prisonCode/search')
  @HttpCode(200)
  searchAppointments(
    @Param('prisonCode') prisonCode: string,
    @Body() search: Record<string, unknown>,
  ): Row[] {
    const from = date(search?.startDate, 'startDate');
    const to = search.endDate === undefined ? from : date(search.endDate, 'endDate');
    const slots = Array.isArray(search.timeSlots) && search.timeSlots.length > 0 ? search.timeSlots : null;
    const prisoners = Array.isArray(search.prisonerNumbers) ? search.prisonerNumbers : null;
    return (APPOINTMENTS[prisonCode] ?? []).filter((appointment) => {
      const attendees = (appointment.attendees as { prisonerNumber: string }[]).map((a) => a.prisonerNumber);
      return (
        inRange(appointment.startDate, from, to) &&
        (search.appointmentType === undefined || appointment.appointmentType === search.appointmentType) &&
        (slots === null || slots.includes(appointment.timeSlot)) &&
        (search.categoryCode === undefined ||
          (appointment.category as { code: string }).code === search.categoryCode) &&
        (search.inCell === undefined || appointment.inCell === search.inCell) &&
        (prisoners === null || attendees.some((number) => prisoners.includes(number)))
      );
    });
  }
}
