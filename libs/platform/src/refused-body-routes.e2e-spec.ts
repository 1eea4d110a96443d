import {
  All,
  CanActivate,
  Controller,
  Delete,
  ExecutionContext,
  Get,
  Module,
  Patch,
  Post,
  Put,
  UseGuards,
} from '@nestjs/common';
import { INTERCEPTORS_METADATA } from '@nestjs/common/constants';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyRequest } from 'fastify';
import { classifyError, ErrorRequest } from '@libs/errors';
import { rawRequest } from '@libs/testing';
import { createApp } from './bootstrap';
import { RefusedBodyInterceptor } from './body-parsers';
import { PlatformModule } from './platform.module';

/** Lets a request in only with `x-let-in: yes`, as an auth guard would. */
class LetInGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    return context.switchToHttp().getRequest<FastifyRequest>().headers['x-let-in'] === 'yes';
  }
}

let handled: string[] = [];

@Controller('things')
@UseGuards(LetInGuard)
class ThingsController {
  @Get(':id')
  one() {
    handled.push('GET');
    return { ok: 'GET' };
  }

  @Post()
  create() {
    handled.push('POST');
    return { ok: 'POST' };
  }

  @Put(':id')
  replace() {
    handled.push('PUT');
    return { ok: 'PUT' };
  }

  @Patch(':id')
  change() {
    handled.push('PATCH');
    return { ok: 'PATCH' };
  }

  @Delete(':id')
  remove() {
    handled.push('DELETE');
    return { ok: 'DELETE' };
  }

  @All('any/where')
  anything() {
    handled.push('ALL');
    return { ok: 'ALL' };
  }
}

@Module({
  imports: [PlatformModule.forRoot({ name: 'refused-body-test', required: [] })],
  controllers: [ThingsController],
})
class RefusedBodyTestModule {}

function mapper(error: unknown, request: ErrorRequest) {
  const kind = classifyError(error, request.method, request.url);
  const status = kind.kind === 'http' ? kind.status : kind.kind === 'malformed-body' ? 400 : 500;
  return { status, body: { status, kind: kind.kind } };
}

const build = () =>
  createApp(RefusedBodyTestModule, {
    name: 'refused-body-test',
    defaultPort: 0,
    title: 'refused body test',
    errorMapper: mapper,
  });

const interceptorsOf = (name: keyof ThingsController) =>
  (Reflect.getMetadata(INTERCEPTORS_METADATA, ThingsController.prototype[name]) ?? []) as unknown[];

describe('refused bodies: reported after the guards, on the routes that can have a body', () => {
  let app: NestFastifyApplication;
  let url: string;

  beforeAll(async () => {
    // Two apps from the same classes, as tests and replicas in one process make them.
    await (await build()).close();
    app = await build();
    await app.listen(0, '127.0.0.1');
    url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  });

  afterAll(() => app.close());
  beforeEach(() => (handled = []));

  const send = (method: string, path: string, headers: Record<string, string> = {}) =>
    fetch(`${url}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...headers },
      body: '{"unclosed": ',
    });

  it.each([
    ['POST', '/things'],
    ['PUT', '/things/1'],
    ['PATCH', '/things/1'],
    ['DELETE', '/things/1'],
    ['POST', '/things/any/where'],
  ])(
    '%s %s with a malformed body: refused by the guard first (403), then 400 for a caller it lets in; the handler never runs',
    async (method, path) => {
      const outsider = await send(method, path);
      expect(outsider.status).toBe(403);
      const insider = await send(method, path, { 'x-let-in': 'yes' });
      expect(insider.status).toBe(400);
      expect(await insider.json()).toEqual({ status: 400, kind: 'malformed-body' });
      expect(handled).toEqual([]);
    },
  );

  it('GET: the body is never read (fetch will not even send one), so a malformed one changes nothing', async () => {
    const answer = await rawRequest(url, {
      method: 'GET',
      target: '/things/1',
      headers: { 'x-let-in': 'yes', 'content-type': 'application/json', 'content-length': '13' },
      body: '{"unclosed": ',
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ ok: 'GET' });
    expect(handled).toEqual(['GET']);
  });

  it('puts the check on each body-carrying handler once, however many apps are built, and on no GET handler', () => {
    for (const name of ['create', 'replace', 'change', 'remove', 'anything'] as const) {
      const refusedBody = interceptorsOf(name).filter(
        (interceptor) => interceptor instanceof RefusedBodyInterceptor,
      );
      expect(refusedBody).toHaveLength(1);
    }
    expect(interceptorsOf('one')).toEqual([]);
  });
});
