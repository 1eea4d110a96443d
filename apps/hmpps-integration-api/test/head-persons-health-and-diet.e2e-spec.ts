import { expectHeadShape } from './head-contract';
import { as, useHmppsApi } from './hmpps-test-app';

const ALL = as('all-access');
const KEY = 'GET /v1/persons/{hmppsId}/health-and-diet';

describe('HEAD GET /v1/persons/{hmppsId}/health-and-diet', () => {
  const context = useHmppsApi();

  it('answers the diet from Health and Medication and smoking from Prisoner Search, by NOMIS number or CRN', async () => {
    const response = await context.api.get('/v1/persons/G2996UX/health-and-diet', ALL);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      data: {
        diet: {
          foodAllergies: [
            {
              id: 'FOOD_ALLERGY_PEANUTS',
              code: 'PEANUTS',
              description: 'Peanuts',
              comment: 'Carries an adrenaline pen',
            },
          ],
          medicalDietaryRequirements: [
            {
              id: 'MEDICAL_DIET_COELIAC',
              code: 'COELIAC',
              description: 'Coeliac (cannot eat gluten)',
              comment: null,
            },
          ],
          personalisedDietaryRequirements: [
            { id: 'PERSONALISED_DIET_VEGAN', code: 'VEGAN', description: 'Vegan', comment: null },
          ],
          cateringInstructions: { value: 'Prepare separately from gluten' },
        },
        smoking: 'V',
      },
    });
    expectHeadShape(KEY, response);
    expect((await context.api.get('/v1/persons/AB123123/health-and-diet', ALL)).body).toEqual(response.body);
  });

  it('answers an empty diet for a prisoner Health and Medication holds nothing for', async () => {
    const response = await context.api.get('/v1/persons/A1234AA/health-and-diet', ALL);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      data: {
        diet: {
          foodAllergies: [],
          medicalDietaryRequirements: [],
          personalisedDietaryRequirements: [],
          cateringInstructions: { value: null },
        },
        smoking: null,
      },
    });
    expectHeadShape(KEY, response);
  });

  it('gives the filter answer outside the consumer’s prisons, 404 for an unknown prisoner and 400 for a bad id', async () => {
    const outside = await context.api.get('/v1/persons/A1234AA/health-and-diet', as('specific-prison'));
    expect(outside.status).toBe(404);
    expect(outside.body.userMessage).toBe('The requested resource could not be found');
    const unknown = await context.api.get('/v1/persons/Z9999ZZ/health-and-diet', ALL);
    expect(unknown.status).toBe(404);
    expect(unknown.body.userMessage).toBe('Could not find information for id: Z9999ZZ');
    const invalid = await context.api.get('/v1/persons/not-an-id/health-and-diet', ALL);
    expect(invalid.status).toBe(400);
    expect(invalid.body.userMessage).toBe('Invalid HMPPS ID: not-an-id');
  });

  it('names Health and Medication when it fails or is too slow', async () => {
    await context.stubs.setFault({ prefix: '/health-and-medication/prisoners', status: 500 });
    const failed = await context.api.get('/v1/persons/G2996UX/health-and-diet', ALL);
    expect(failed.status).toBe(500);
    expect(failed.body.userMessage).toContain('health-and-medication');
    await context.stubs.resetFaults();
    await context.stubs.setFault({ prefix: '/health-and-medication/prisoners', latencyMs: 4000 });
    const started = Date.now();
    const slow = await context.api.get('/v1/persons/G2996UX/health-and-diet', ALL);
    expect(Date.now() - started).toBeLessThan(3500);
    expect(slow.status).toBe(500);
  });

  it('audits a successful call as GET_PERSON_HEALTH_AND_DIET_INFORMATION', async () => {
    await context.queues.collect('audit', { count: 0, quietMs: 1000 });
    await context.api.get('/v1/persons/G2996UX/health-and-diet', ALL);
    const [event] = await context.queues.collect('audit', { count: 1, quietMs: 1000 });
    expect(event.json).toMatchObject({
      what: 'GET_PERSON_HEALTH_AND_DIET_INFORMATION',
      details: '{"hmppsId":"G2996UX"}',
    });
  });
});
