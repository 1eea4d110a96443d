import { Injectable } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import type { IncomingHttpHeaders, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { listen, Server } from 'soap';
import {
  EventsScenario,
  FindScenario,
  LRS_WSDL_DIR,
  LrsElements,
  LrsFixtures,
  loadLrsFixtures,
  scenarioMatches,
  StubBehaviour,
} from './lrs-fixtures';
import { LrsStubSettings, lrsStubSettings } from './lrs-stub-settings';

export interface SoapAnswer {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}

type SoapArgs = Record<string, unknown>;

const MODEL_PREFIX = 'a:';
const MAINTENANCE_PAGE =
  '<!DOCTYPE html><html><head><title>UnsupportedHttpVerb</title></head>' +
  '<body><h1>Service Unavailable</h1><p>The Learning Records Service is undergoing planned maintenance.</p></body></html>';

/**
 * The LRS stand-in: two real SOAP 1.1 services (the `soap` package's server) built from the same WSDL
 * files as the client, answering from fixture files. Requests reach them through the stubs' Fastify
 * routes, so injected faults and request recording apply to LRS as to every other upstream.
 */
@Injectable()
export class LrsSoapService {
  private readonly fixtures: LrsFixtures = loadLrsFixtures();
  private readonly settings: LrsStubSettings = lrsStubSettings();
  private readonly servers: Record<string, { server: Server; wsdl: string }>;

  constructor() {
    this.servers = {
      '/lrs/LearnerService.svc': this.server('LearnerService.wsdl', '/lrs/LearnerService.svc', {
        LearnerService: {
          LearnerServicePort: {
            FindLearnerByDemographics: this.operation((args) => this.findLearner(args), 'GivenName'),
          },
        },
      }),
      '/lrs/LearnerServiceR9.svc': this.server('LearnerServiceR9.wsdl', '/lrs/LearnerServiceR9.svc', {
        LearnerServiceR9: {
          BasicHttpBinding_ILearnerServiceR9: {
            GetLearnerLearningEvents: this.operation((args) => this.learningEvents(args), 'givenName'),
          },
        },
      }),
    };
  }

  wsdl(path: string): string | undefined {
    return this.servers[path]?.wsdl;
  }

  async handle(path: string, xml: string, headers: IncomingHttpHeaders): Promise<SoapAnswer | undefined> {
    const server = this.servers[path]?.server;
    if (!server) return undefined;
    const answer = await server.processRequest(xml, {
      headers: headers as Record<string, string>,
      url: path,
    });
    return {
      statusCode: answer.statusCode,
      headers: answer.headers as Record<string, string>,
      body: answer.body,
    };
  }

  /** A SOAP server without its own listener: requests arrive through `handle`. */
  private server(wsdlFile: string, path: string, services: object): { server: Server; wsdl: string } {
    const wsdl = readFileSync(join(LRS_WSDL_DIR, wsdlFile), 'utf8');
    return { server: listen(null as never, { path, services, xml: wsdl } as never), wsdl };
  }

  /** Wraps an operation with what every LRS call goes through: organisation authentication, then the trigger names. */
  private operation(answer: (args: SoapArgs) => object, givenNameElement: string) {
    return (
      args: SoapArgs,
      _callback: unknown,
      _headers: unknown,
      _request: unknown,
      response: ServerResponse,
    ): Promise<object> | undefined => {
      const behaviour: StubBehaviour | undefined = this.fixtures.behaviours[String(args[givenNameElement])];
      if (behaviour === 'maintenance') {
        // The DfE gateway's maintenance page is not SOAP: an HTML 405 in place of the service's answer.
        response.statusCode = 405;
        response.setHeader('Content-Type', 'text/html; charset=utf-8');
        response.end(MAINTENANCE_PAGE);
        return undefined;
      }
      this.authenticate(args);
      if (behaviour === 'fault') throw lrsFault(this.fixtures.fault);
      if (behaviour === 'slow')
        return delay(this.fixtures.slowDelayMs, undefined, { ref: false }).then(() => answer(args));
      return Promise.resolve(answer(args));
    };
  }

  private authenticate(args: SoapArgs): void {
    const organisation = (args.invokingOrganisation ?? {}) as SoapArgs;
    const ukprn = args.UKPRN ?? organisation.Ukprn;
    const password = args.OrgPassword ?? organisation.Password;
    const vendorOk = args.vendorID === undefined || args.vendorID === this.settings.vendorId;
    if (ukprn !== this.settings.ukprn || password !== this.settings.orgPassword || !vendorOk) {
      throw lrsFault({
        ErrorCode: 'WSEC0002',
        ErrorActor: 'uk.gov.miap.lrs.api.security.OrganisationAuthenticator.authenticate()',
        Description: 'Organisation authentication failed: the UKPRN, password or vendor id is not valid',
        FurtherDetails: null,
        ErrorTimestamp: new Date().toISOString().replace('T', ' ').slice(0, 19),
      });
    }
  }

  private findLearner(args: SoapArgs): object {
    const { find, learners } = this.fixtures;
    const scenario: Omit<FindScenario, 'when'> =
      find.scenarios.find((candidate) => scenarioMatches(candidate.when, args)) ?? find.otherwise;
    const echoed = [
      'FamilyName',
      'GivenName',
      'DateOfBirth',
      'Gender',
      'LastKnownPostCode',
      'PreviousFamilyName',
      'SchoolAtAge16',
      'PlaceOfBirth',
      'EmailAddress',
    ];
    return {
      ResponseCode: scenario.responseCode,
      ...Object.fromEntries(echoed.map((element) => [element, args[element] ?? ''])),
      Learner: scenario.learners.map((key) => learners[key]),
    };
  }

  private learningEvents(args: SoapArgs): object {
    const { events, records } = this.fixtures;
    const scenario: Omit<EventsScenario, 'when'> =
      events.scenarios.find((candidate) => scenarioMatches(candidate.when, args)) ?? events.otherwise;
    const record = scenario.record ? records[scenario.record] : [];
    return {
      GetLearnerLearningEventsResult: inModelNamespace({
        ResponseCode: scenario.responseCode,
        FoundULN: scenario.foundUln,
        IncomingULN: scenario.incomingUln === '$uln' ? String(args.uln ?? '') : scenario.incomingUln,
        LearnerRecord: { LearningEvent: record },
      }),
    };
  }
}

/** The learning-record elements belong to the LRS model namespace, which the server only applies when named. */
function inModelNamespace(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(inModelNamespace);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [`${MODEL_PREFIX}${key}`, inModelNamespace(item)]),
  );
}

/** A SOAP 1.1 fault carrying LRS's MIAPAPIException detail, with the `ns10` prefix LRS uses. */
function lrsFault(exception: LrsElements): { Fault: object } {
  const children = Object.entries(exception)
    .filter(([, value]) => value !== null)
    .map(([name, value]) => `<${name}>${escapeXml(String(value))}</${name}>`)
    .join('');
  return {
    Fault: {
      faultcode: 'soap:Server',
      faultstring: 'uk.gov.miap.lrs.api.exceptions.MIAPAPIException',
      detail: {
        $xml: `<ns10:MIAPAPIException xmlns:ns10="http://api.lrs.miap.gov.uk/exceptions">${children}</ns10:MIAPAPIException>`,
      },
      statusCode: 500,
    },
  };
}

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
