import { Controller, HttpCode, Post, Query, UseFilters } from '@nestjs/common';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { EnvelopeExceptionFilter } from '@libs/errors';
import { IsIn, IsInt, IsNotEmpty, IsOptional, Min } from 'class-validator';
import { ToInteger } from './rules';
import { bodyDecorators } from './body-pipes';
import { RequestValidationError } from './request-validation.error';
import { RequestValidationPipe } from './request-validation.pipe';

class Criteria {
  @IsNotEmpty()
  name!: string;
}

class Page {
  @IsOptional()
  @ToInteger()
  @IsInt()
  @Min(1)
  page?: number;
}

class Mark {
  @IsInt()
  @Min(1)
  id!: number;

  @IsIn(['ATTENDED', 'ABSENT'])
  status!: string;
}

const { OptionalBody, BodyList } = bodyDecorators();

/** Every refusal as the issues the pipes reported, so the test reads exactly what an app's mapper gets. */
const issuesFilter = new EnvelopeExceptionFilter((error) =>
  error instanceof RequestValidationError
    ? { status: 400, body: { location: error.location, issues: error.issues } }
    : { status: 500, body: { error: String(error) } },
);

@Controller()
@UseFilters(issuesFilter)
class SearchController {
  @Post('search')
  @HttpCode(200)
  search(@Query() query: Page, @OptionalBody(Criteria) body: Criteria | undefined) {
    return { page: query.page ?? 1, criteria: body ?? null, isDto: body instanceof Criteria };
  }

  @Post('marks')
  @HttpCode(200)
  marks(@BodyList(Mark, { min: 1, max: 3 }) marks: Mark[]) {
    return { ids: marks.map((mark) => mark.id), allDtos: marks.every((mark) => mark instanceof Mark) };
  }
}

describe('bodyDecorators (behind the platform’s global pipe)', () => {
  let app: NestFastifyApplication;

  beforeAll(async () => {
    const module = await Test.createTestingModule({ controllers: [SearchController] }).compile();
    app = module.createNestApplication<NestFastifyApplication>(new FastifyAdapter());
    app.useGlobalPipes(new RequestValidationPipe());
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
  });

  afterAll(() => app.close());

  const post = async (url: string, payload?: unknown, raw?: string) => {
    const response = await app.inject({
      method: 'POST',
      url,
      ...(raw !== undefined
        ? { payload: raw, headers: { 'content-type': 'application/json' } }
        : payload !== undefined
          ? { payload: payload as object }
          : {}),
    });
    return { status: response.statusCode, body: response.json() as Record<string, unknown> };
  };

  describe('OptionalBody', () => {
    it('is undefined when no body, JSON null or nothing is sent, and the query still applies', async () => {
      expect(await post('/search?page=2')).toEqual({
        status: 200,
        body: { page: 2, criteria: null, isDto: false },
      });
      expect((await post('/search', undefined, 'null')).body).toMatchObject({ criteria: null });
    });

    it('is the checked DTO when a body is sent', async () => {
      expect(await post('/search', { name: 'Ann' })).toEqual({
        status: 200,
        body: { page: 1, criteria: { name: 'Ann' }, isDto: true },
      });
    });

    it('refuses a body breaking its rules, and one that is not an object, as body issues', async () => {
      const empty = await post('/search', { name: '' });
      expect(empty.status).toBe(400);
      expect(empty.body).toMatchObject({ location: 'body', issues: [{ path: 'name' }] });
      const list = await post('/search', ['Ann']);
      expect(list.body).toMatchObject({
        location: 'body',
        issues: [{ path: '', constraints: { bodyNotAnObject: expect.any(String) } }],
      });
    });

    it('answers a bad query before a bad body, as Nest resolves the query parameter first', async () => {
      expect((await post('/search?page=0', { name: '' })).body).toMatchObject({ location: 'query' });
      expect((await post('/search?page=0', ['Ann'])).body).toMatchObject({ location: 'query' });
      expect((await post('/search?page=x', { name: '' })).body).toMatchObject({ location: 'query' });
    });

    it('refuses text no store can hold inside the body, as every other body', async () => {
      const response = await post('/search', { name: 'A\u0000nn' });
      expect(response.body).toMatchObject({
        issues: [{ path: 'name', constraints: { unstorableText: expect.any(String) } }],
      });
    });
  });

  describe('BodyList', () => {
    const mark = { id: 7, status: 'ATTENDED' };

    it('is the list of checked DTOs', async () => {
      expect(await post('/marks', [mark, { ...mark, id: 8 }])).toEqual({
        status: 200,
        body: { ids: [7, 8], allDtos: true },
      });
    });

    it('refuses a body that is not a list, and lists of too few or too many items', async () => {
      expect((await post('/marks', mark)).body).toMatchObject({
        issues: [{ path: '', constraints: { bodyNotAList: 'Request body must be a JSON array' } }],
      });
      expect((await post('/marks', [])).body).toMatchObject({
        issues: [{ constraints: { bodyListSize: 'Request body must hold between 1 and 3 items' } }],
      });
      expect((await post('/marks', [mark, mark, mark, mark])).body).toMatchObject({
        issues: [{ constraints: { bodyListSize: 'Request body must hold between 1 and 3 items' } }],
      });
    });

    it('reports every bad item at its place in the list', async () => {
      const response = await post('/marks', [
        mark,
        { id: 0, status: 'ATTENDED' },
        'text',
        { ...mark, status: 'LATE' },
      ]);
      expect(response.status).toBe(400);
      // Four items is over the limit: the size is checked before any item.
      expect((response.body.issues as unknown[]).length).toBe(1);
      const items = await post('/marks', [
        { id: 0, status: 'ATTENDED' },
        'text',
        { ...mark, status: 'LATE' },
      ]);
      expect((items.body.issues as Array<{ path: string }>).map((issue) => issue.path)).toEqual([
        '[0].id',
        '[1]',
        '[2].status',
      ]);
    });
  });
});
