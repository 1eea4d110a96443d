import { RequestValidationPipe } from '@libs/platform';
import type { Paramtype } from '@nestjs/common';
import { platformOptions } from '../platform-options';
import { EpfCaseParams } from '../epf/epf-case.params';
import { CaseNotesQuery } from '../persons/case-notes/case-notes.query';
import { PersonSearchQuery } from '../persons/search/person-search.query';
import { transactionDates, TransactionsQuery } from '../prison/finance/transaction-dates';
import { PrisonerSearchQuery } from '../prison/prisoners/prisoner-search.query';
import { visitSearchOf, VisitSearchQuery } from '../visits/visit-search.query';
import { mapError } from './error-mapper';
import { nameSearchOf } from './name-search.query';
import { PageQuery } from './page-query';

const pipe = new RequestValidationPipe(platformOptions({}).validation);

/** What the app makes of a query: the DTO its handler is given, or the 400's user message. */
async function read<T>(
  type: new () => T,
  values: object,
  location: Paramtype = 'query',
): Promise<T | string> {
  try {
    return (await pipe.transform(values, { type: location, metatype: type })) as T;
  } catch (error) {
    const { status, body } = mapError(error, { id: 'test', method: 'GET', url: '/v1/test', headers: {} });
    return `${status} ${(body as { userMessage: string }).userMessage}`;
  }
}

const wholeNumber = (name: string) => `400 Invalid value for '${name}': must be a whole number of at least 1`;
const repeated = (name: string) => `400 Query parameter '${name}' may be given only once`;
const INVALID_DATE = '400 Invalid date format. Please use yyyy-MM-dd.';
const NO_CRITERIA = '400 No query parameters specified.';

describe('page, perPage and the other whole numbers', () => {
  it('default when absent or empty', async () => {
    expect(await read(PageQuery, {})).toEqual({ page: 1, perPage: 10 });
    expect(await read(PageQuery, { page: '', perPage: '' })).toEqual({ page: 1, perPage: 10 });
    expect(await read(VisitSearchQuery, {})).toEqual({ page: 1, size: 10 });
  });

  it.each([
    ['1', 1],
    ['007', 7],
    ['00000000000000000001', 1],
    ['9007199254740991', 9007199254740991],
  ])('read %j as %d', async (page, expected) => {
    expect(await read(PageQuery, { page })).toEqual({ page: expected, perPage: 10 });
  });

  it.each([
    '0',
    '-1',
    '-0',
    '1e3',
    '0x10',
    ' 7',
    '7 ',
    '1.0',
    'x',
    '9007199254740992',
    '9007199254740993',
    '99999999999999999999',
  ])('refuse %j', async (value) => {
    expect(await read(PageQuery, { page: value })).toBe(wholeNumber('page'));
    expect(await read(PageQuery, { perPage: value })).toBe(wholeNumber('perPage'));
    expect(await read(VisitSearchQuery, { size: value })).toBe(wholeNumber('size'));
  });

  it('refuse a repeated key, empty values included', async () => {
    expect(await read(PageQuery, { page: ['1', '2'] })).toBe(repeated('page'));
    expect(await read(PageQuery, { perPage: ['1', ''] })).toBe(repeated('perPage'));
  });

  it('hold for the EPF event number in the path too, an empty one being the first event', async () => {
    expect(await read(EpfCaseParams, { hmppsId: 'X123456', eventNumber: '007' }, 'param')).toEqual({
      hmppsId: 'X123456',
      eventNumber: 7,
    });
    expect(await read(EpfCaseParams, { hmppsId: 'X123456', eventNumber: '' }, 'param')).toMatchObject({
      eventNumber: 1,
    });
    expect(await read(EpfCaseParams, { hmppsId: 'X123456', eventNumber: '0' }, 'param')).toBe(
      wholeNumber('eventNumber'),
    );
  });
});

describe('a query', () => {
  it('is refused for its first bad parameter only, in the order its DTO declares them', async () => {
    expect(await read(PageQuery, { perPage: '0', page: 'x' })).toBe(wholeNumber('page'));
    expect(await read(PageQuery, { perPage: ['1', '2'], page: '0' })).toBe(wholeNumber('page'));
    expect(await read(CaseNotesQuery, { page: '0', endDate: 'x', startDate: ['a', 'b'] })).toBe(
      repeated('startDate'),
    );
  });

  it('ignores parameters its DTO does not declare, as Spring does', async () => {
    expect(await read(PageQuery, { page: '2', extra: 'x', other: ['a', 'b'] })).toMatchObject({ page: 2 });
  });
});

describe('dates', () => {
  it.each(['2024-02-29', '0000-02-29', '9999-12-31'])('accept the calendar date %s', async (startDate) => {
    expect(await read(CaseNotesQuery, { startDate })).toMatchObject({ startDate });
  });

  it.each(['2023-02-30', '2024-13-01', '02/04/1975', '2024-1-01', '2024-01-01T00:00:00Z', '+2024-01-01'])(
    'refuse %s',
    async (endDate) => {
      expect(await read(CaseNotesQuery, { endDate })).toBe(INVALID_DATE);
    },
  );

  it('take an empty date as none, and refuse a repeated one', async () => {
    expect(await read(CaseNotesQuery, { startDate: '' })).toEqual({ page: 1, perPage: 10 });
    expect(await read(CaseNotesQuery, { endDate: ['2024-01-01', '2024-01-01'] })).toBe(repeated('endDate'));
  });

  it('of transactions come both or neither, once each is a date; neither means today', async () => {
    const both = 'Both fromDate and toDate must be supplied if one is populated';
    expect(await read(TransactionsQuery, { from_date: '2024-01-01' })).toBe(`400 ${both}`);
    expect(await read(TransactionsQuery, { to_date: '2024-01-01', from_date: '' })).toBe(`400 ${both}`);
    expect(await read(TransactionsQuery, { from_date: 'x' })).toBe(INVALID_DATE);
    expect(await read(TransactionsQuery, { from_date: '2024-01-01', to_date: '2024-02-30' })).toBe(
      INVALID_DATE,
    );
    const dates = await read(TransactionsQuery, { from_date: '2024-01-01', to_date: '2024-01-31' });
    expect(transactionDates(dates as TransactionsQuery)).toEqual({
      fromDate: '2024-01-01',
      toDate: '2024-01-31',
    });
    const today = transactionDates((await read(TransactionsQuery, {})) as TransactionsQuery);
    expect(today.fromDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(today.toDate).toBe(today.fromDate);
  });
});

describe('the name searches', () => {
  it('read the names, the date of birth and search_within_aliases as Spring binds booleans', async () => {
    const query = await read(PersonSearchQuery, {
      first_name: 'Ann',
      last_name: '',
      date_of_birth: '1975-02-01',
      search_within_aliases: 'tRuE',
      pnc_number: '2004/13116M',
    });
    expect(query).toEqual({
      first_name: 'Ann',
      date_of_birth: '1975-02-01',
      search_within_aliases: true,
      pnc_number: '2004/13116M',
      page: 1,
      perPage: 10,
    });
    expect(nameSearchOf(query as PersonSearchQuery)).toEqual({
      firstName: 'Ann',
      dateOfBirth: '1975-02-01',
      searchWithinAliases: true,
    });
  });

  it.each([
    ['False', false],
    ['', false],
  ])('read search_within_aliases %j as %s', async (search_within_aliases, expected) => {
    expect(await read(PrisonerSearchQuery, { last_name: 'L', search_within_aliases })).toMatchObject({
      search_within_aliases: expected,
    });
  });

  it.each(['yes', '1', 'on'])('refuse search_within_aliases %j', async (search_within_aliases) => {
    expect(await read(PrisonerSearchQuery, { last_name: 'L', search_within_aliases })).toBe(
      "400 Invalid value for 'search_within_aliases': must be true or false",
    );
  });

  it('need a criterion before any parameter is looked at', async () => {
    for (const query of [
      {},
      { first_name: '', last_name: '' },
      { search_within_aliases: 'maybe', page: '0' },
    ]) {
      expect(await read(PersonSearchQuery, query)).toBe(NO_CRITERIA);
      expect(await read(PrisonerSearchQuery, query)).toBe(NO_CRITERIA);
    }
    expect(await read(PrisonerSearchQuery, { pnc_number: '2004/13116M' })).toBe(NO_CRITERIA);
    expect(await read(PersonSearchQuery, { pnc_number: '2004/13116M' })).toMatchObject({
      pnc_number: '2004/13116M',
    });
  });

  it('refuse a criterion repeated before the first one given, then look at each parameter in turn', async () => {
    expect(await read(PrisonerSearchQuery, { last_name: ['a', 'b'], date_of_birth: 'x' })).toBe(
      repeated('last_name'),
    );
    expect(await read(PersonSearchQuery, { pnc_number: ['a', 'b'], search_within_aliases: 'maybe' })).toBe(
      repeated('pnc_number'),
    );
    expect(
      await read(PersonSearchQuery, { first_name: 'A', pnc_number: ['a', 'b'], search_within_aliases: 'x' }),
    ).toBe("400 Invalid value for 'search_within_aliases': must be true or false");
    expect(await read(PersonSearchQuery, { first_name: 'A', date_of_birth: '1975-02-30', page: '0' })).toBe(
      INVALID_DATE,
    );
  });
});

describe('the visit search', () => {
  it('is what Manage Prison Visits is asked, a missing status left to the service', async () => {
    const query = (await read(VisitSearchQuery, {
      hmppsId: '',
      fromDate: '2024-01-01',
      page: '2',
    })) as VisitSearchQuery;
    expect(visitSearchOf('MDI', query)).toEqual({
      prisonId: 'MDI',
      visitStatus: '',
      fromDate: '2024-01-01',
      page: 2,
      size: 10,
    });
    expect(await read(VisitSearchQuery, { visitStatus: ['BOOKED', 'BOOKED'] })).toBe(repeated('visitStatus'));
  });
});
