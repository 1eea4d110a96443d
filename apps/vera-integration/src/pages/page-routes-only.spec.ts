import fastifyPlugin from 'fastify-plugin';
import Fastify, { type FastifyInstance } from 'fastify';
import { pageRoutesOnly } from './page-routes-only';

/** A plugin shaped like @fastify/session: a root decorator, an onRequest and an onSend hook. */
const tagging = fastifyPlugin((instance: FastifyInstance, _options: object, done: () => void) => {
  instance.decorateRequest('tagged', false);
  instance.addHook('onRequest', (request, _reply, next) => {
    (request as unknown as { tagged: boolean }).tagged = true;
    next();
  });
  instance.addHook('onSend', (_request, reply, payload, next) => {
    void reply.header('x-tagged', 'yes');
    next(null, `${String(payload)}!`);
  });
  done();
});

describe('pageRoutesOnly', () => {
  let app: FastifyInstance;

  beforeAll(async () => {
    app = Fastify();
    await app.register(pageRoutesOnly(tagging));
    const answer = (request: { tagged?: boolean }) => `tagged=${String(request.tagged)}`;
    for (const path of ['/look-up-by-uln', '/api/providers/1/learners/2', '/admin/providers', '/health'])
      app.get(path, async (request) => answer(request as unknown as { tagged?: boolean }));
    await app.ready();
  });
  afterAll(async () => app.close());

  it('runs the plugin hooks on a page route, and its decorator reaches the routes outside the plugin', async () => {
    const page = await app.inject({ method: 'GET', url: '/look-up-by-uln?x=1' });
    expect(page.body).toBe('tagged=true!');
    expect(page.headers['x-tagged']).toBe('yes');
  });

  it.each(['/api/providers/1/learners/2', '/admin/providers', '/health'])(
    'leaves %s alone: no hook ran and the answer is untouched',
    async (url) => {
      const json = await app.inject({ method: 'GET', url });
      expect(json.body).toBe('tagged=false');
      expect(json.headers['x-tagged']).toBeUndefined();
    },
  );

  it('refuses a plugin that adds a hook it cannot scope, rather than running it everywhere', async () => {
    const other = Fastify();
    const preHandler = fastifyPlugin((instance: FastifyInstance, _options: object, done: () => void) => {
      instance.addHook('preHandler', (_request, _reply, next) => next());
      done();
    });
    void other.register(pageRoutesOnly(preHandler));
    await expect(other.ready()).rejects.toThrow(/preHandler hook/);
    await other.close();
  });
});
