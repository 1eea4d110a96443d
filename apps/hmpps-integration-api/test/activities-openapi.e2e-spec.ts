import { openApiProblems } from '@libs/testing';
import { as, useHmppsApi } from './hmpps-test-app';

/** The Activities operations of this app, as HEAD names their paths. */
const ACTIVITIES_OPERATIONS: [string, string][] = [
  ['get', '/v1/activities/attendance-reasons'],
  ['get', '/v1/activities/deallocation-reasons'],
  ['put', '/v1/activities/schedule/attendance'],
  ['get', '/v1/activities/schedule/{scheduleId}'],
  ['post', '/v1/activities/schedule/{scheduleId}/allocate'],
  ['put', '/v1/activities/schedule/{scheduleId}/deallocate'],
  ['get', '/v1/activities/schedule/{scheduleId}/suitability-criteria'],
  ['get', '/v1/activities/schedule/{scheduleId}/waiting-list-applications'],
  ['get', '/v1/activities/{activityId}/schedules'],
  ['get', '/v1/prison/prisoners/{hmppsId}/activities/attendances'],
  ['get', '/v1/prison/{prisonId}/activities'],
  ['post', '/v1/prison/{prisonId}/appointments/search'],
  ['get', '/v1/prison/{prisonId}/prison-pay-bands'],
  ['get', '/v1/prison/{prisonId}/prison-regime'],
  ['get', '/v1/prison/{prisonId}/prisoners/{hmppsId}/scheduled-instances'],
];

describe('the Activities operations in the OpenAPI document', () => {
  const context = useHmppsApi();

  it('documents each operation with a named response schema for every answer and its parameters', async () => {
    const document = (await context.api.get('/v3/api-docs', as('all-access'))).body;
    for (const [method, path] of ACTIVITIES_OPERATIONS) {
      const operation = document.paths[path]?.[method];
      expect({ path, method, documented: operation !== undefined }).toEqual({
        path,
        method,
        documented: true,
      });
      for (const [status, response] of Object.entries(
        operation.responses as Record<string, { content?: object }>,
      )) {
        expect({ path, status, content: response.content !== undefined }).toEqual({
          path,
          status,
          content: true,
        });
      }
      const pathParameters = (path.match(/\{(\w+)\}/g) ?? []).map((name) => name.slice(1, -1));
      const documentedPath = (operation.parameters as { name: string; in: string }[])
        .filter((parameter) => parameter.in === 'path')
        .map((parameter) => parameter.name);
      expect(documentedPath.sort()).toEqual(pathParameters.sort());
    }
    const scheduled = document.paths['/v1/prison/{prisonId}/prisoners/{hmppsId}/scheduled-instances'].get;
    expect(
      scheduled.parameters
        .filter((parameter: { in: string }) => parameter.in === 'query')
        .map((parameter: { name: string; required: boolean }) => [parameter.name, parameter.required]),
    ).toEqual([
      ['startDate', true],
      ['endDate', true],
      ['slot', false],
    ]);
  });

  it('has no lint errors or untyped responses on these operations', async () => {
    const document = (await context.api.get('/v3/api-docs', as('all-access'))).body;
    const problems = await openApiProblems(document);
    const ours = problems.filter((problem) =>
      ACTIVITIES_OPERATIONS.some(
        ([, path]) => problem.includes(path) || problem.includes(path.replace(/\//g, '~1')),
      ),
    );
    expect(ours).toEqual([]);
  }, 120_000);
});
