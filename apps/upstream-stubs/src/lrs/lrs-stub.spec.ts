import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { join } from 'node:path';
import { createClientAsync, Client } from 'soap';
import { LRS_WSDL_DIR } from './lrs-fixtures';
import { LrsStubModule } from './lrs.module';

const credentials = { UKPRN: '10000001', OrgPassword: 'local-org-password' };
const organisation = { Password: 'local-org-password', Ukprn: '10000001', Username: 'stub-test' };

function findArgs(overrides: Record<string, string>): Record<string, string> {
  return {
    FindType: 'FUL',
    ...credentials,
    UserName: 'stub-test',
    FamilyName: 'Tester',
    GivenName: 'Test',
    DateOfBirth: '1976-08-16',
    Gender: '2',
    LastKnownPostCode: 'CV49EE',
    PreviousFamilyName: '',
    SchoolAtAge16: '',
    PlaceOfBirth: '',
    EmailAddress: '',
    ...overrides,
  };
}

function eventsArgs(givenName: string, uln = '1174112637'): Record<string, unknown> {
  return {
    invokingOrganisation: organisation,
    userType: 'ORG',
    vendorID: '01',
    language: 'ENG',
    uln,
    givenName,
    familyName: 'TesterOne',
    dateOfBirth: '',
    gender: '',
    getType: 'FULL',
  };
}

describe('LRS stand-in', () => {
  let app: NestFastifyApplication;
  let base: string;
  let find: Client;
  let events: Client;

  beforeAll(async () => {
    app = await NestFactory.create<NestFastifyApplication>(LrsStubModule, new FastifyAdapter(), {
      logger: false,
    });
    await app.listen(0, '127.0.0.1');
    base = await app.getUrl();
    find = await createClientAsync(join(LRS_WSDL_DIR, 'LearnerService.wsdl'), {
      endpoint: `${base}/lrs/LearnerService.svc`,
      preserveWhitespace: true,
    });
    events = await createClientAsync(join(LRS_WSDL_DIR, 'LearnerServiceR9.wsdl'), {
      endpoint: `${base}/lrs/LearnerServiceR9.svc`,
    });
  });

  afterAll(() => app.close());

  it('answers the reference exact match for Test Tester, born 1976-08-16 at CV49EE', async () => {
    const [result] = await find.FindLearnerByDemographicsAsync(findArgs({}));
    expect(result.ResponseCode).toBe('WSRC0004');
    expect(result.Learner).toHaveLength(1);
    expect(result.Learner[0]).toMatchObject({
      ULN: '1026893096',
      Title: 'Mrs',
      LastKnownPostCode: 'CV4 9EE',
      Gender: '2',
      PlaceOfBirth: 'Blean ',
    });
    expect(find.lastResponse).toContain(
      '<fin:FindLearnerResponse xmlns:fin="http://api.lrs.miap.gov.uk/findmsg"><ResponseCode>',
    );
  });

  it.each([
    ['Nobody', 'WSRC0001', []],
    ['Everybody', 'WSRC0002', []],
    ['Abbie', 'WSRC0003', ['7667649978']],
    ['Sample', 'WSRC0003', ['1964986809', '8383558804']],
    ['Linked', 'WSRC0022', ['6936002314']],
  ])('selects the find answer for given name %s', async (givenName, code, ulns) => {
    const [result] = await find.FindLearnerByDemographicsAsync(findArgs({ GivenName: givenName }));
    expect(result.ResponseCode).toBe(code);
    const learners = result.Learner === undefined ? [] : [result.Learner].flat();
    expect(learners.map((learner: { ULN: string }) => learner.ULN)).toEqual(ulns);
  });

  it('answers the learning record in the LRS model namespace', async () => {
    const [result] = await events.GetLearnerLearningEventsAsync(eventsArgs('TestOne'));
    const answer = result.GetLearnerLearningEventsResult;
    expect(answer).toMatchObject({
      ResponseCode: 'WSRC0004',
      FoundULN: '1174112637',
      IncomingULN: '1174112637',
    });
    expect(answer.LearnerRecord.LearningEvent.map((event: { ID: string }) => event.ID)).toEqual([
      '2931',
      '2932',
      '252',
      '253',
      '254',
      '255',
      '38075232',
    ]);
    expect(events.lastResponse).toContain('<a:ResponseCode>WSRC0004</a:ResponseCode>');
    expect(events.lastResponse).toContain('<a:Level xsi:nil="true"');
  });

  it.each([
    ['Sample', 'WSRC0022', '6936002314', '4444599390', 18],
    ['tester', 'WSEC0206', '1026922983', '1026922983', 0],
    ['Test', 'WSEC0208', '', '1174112637', 0],
  ])(
    'selects the learning-events answer for given name %s',
    async (givenName, code, found, incoming, count) => {
      const [result] = await events.GetLearnerLearningEventsAsync(eventsArgs(givenName));
      const answer = result.GetLearnerLearningEventsResult;
      expect(answer.ResponseCode).toBe(code);
      expect(answer.FoundULN ?? '').toBe(found);
      expect(answer.IncomingULN).toBe(incoming);
      expect([answer.LearnerRecord?.LearningEvent ?? []].flat()).toHaveLength(count);
    },
  );

  it('answers a SOAP fault with the MIAPAPIException detail for Fault and for wrong credentials', async () => {
    await expect(find.FindLearnerByDemographicsAsync(findArgs({ GivenName: 'Fault' }))).rejects.toMatchObject(
      {
        response: { status: 500 },
        body: expect.stringContaining(
          '<ns10:MIAPAPIException xmlns:ns10="http://api.lrs.miap.gov.uk/exceptions"><ErrorCode>WSEC0001</ErrorCode>',
        ),
      },
    );
    await expect(
      find.FindLearnerByDemographicsAsync(findArgs({ OrgPassword: 'wrong' })),
    ).rejects.toMatchObject({
      body: expect.stringContaining('<ErrorCode>WSEC0002</ErrorCode>'),
    });
    await expect(
      events.GetLearnerLearningEventsAsync({ ...eventsArgs('TestOne'), vendorID: '99' }),
    ).rejects.toMatchObject({
      body: expect.stringContaining('<ErrorCode>WSEC0002</ErrorCode>'),
    });
  });

  it('answers the DfE maintenance page for Maintenance', async () => {
    await expect(events.GetLearnerLearningEventsAsync(eventsArgs('Maintenance'))).rejects.toMatchObject({
      response: { status: 405 },
      body: expect.stringContaining('<title>UnsupportedHttpVerb</title>'),
    });
  });

  it('serves its WSDL', async () => {
    const response = await fetch(`${base}/lrs/LearnerServiceR9.svc?wsdl`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain(
      'soapAction="http://tempuri.org/ILearnerServiceR9/GetLearnerLearningEvents"',
    );
  });
});
