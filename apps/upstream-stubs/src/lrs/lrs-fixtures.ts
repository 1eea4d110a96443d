import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const FIXTURE_DIR = join(__dirname, '..', '..', 'fixtures', 'lrs');
/** The LRS client's own WSDL files: the stand-in serves exactly the contract the client is built from. */
export const LRS_WSDL_DIR = join(__dirname, '..', '..', '..', 'learner-records', 'src', 'upstream', 'wsdl');

/** LRS element name → text; `null` is sent as `xsi:nil`. */
export type LrsElements = Record<string, string | null>;

export type StubBehaviour = 'fault' | 'maintenance' | 'slow';

export interface FindScenario {
  when: Record<string, string>;
  responseCode: string;
  learners: string[];
}

export interface EventsScenario {
  when: Record<string, string>;
  responseCode: string;
  foundUln: string;
  /** `$uln` echoes the requested ULN. */
  incomingUln: string;
  /** Key into the learning records; none means an empty record. */
  record?: string;
}

export interface LrsFixtures {
  learners: Record<string, LrsElements>;
  records: Record<string, LrsElements[]>;
  find: { scenarios: FindScenario[]; otherwise: Omit<FindScenario, 'when'> };
  events: { scenarios: EventsScenario[]; otherwise: Omit<EventsScenario, 'when'> };
  behaviours: Record<string, StubBehaviour>;
  fault: LrsElements;
  slowDelayMs: number;
}

function readJson<T>(name: string): T {
  return JSON.parse(readFileSync(join(FIXTURE_DIR, name), 'utf8')) as T;
}

export function loadLrsFixtures(): LrsFixtures {
  const scenarios = readJson<{
    findLearnerByDemographics: LrsFixtures['find'];
    getLearnerLearningEvents: LrsFixtures['events'];
    behaviours: LrsFixtures['behaviours'];
    fault: LrsElements;
    slowDelayMs: number;
  }>('scenarios.json');
  return {
    learners: readJson<{ learners: LrsFixtures['learners'] }>('learners.json').learners,
    records: readJson<{ records: LrsFixtures['records'] }>('learning-records.json').records,
    find: scenarios.findLearnerByDemographics,
    events: scenarios.getLearnerLearningEvents,
    behaviours: scenarios.behaviours,
    fault: scenarios.fault,
    slowDelayMs: scenarios.slowDelayMs,
  };
}

/** Whether every element named by the scenario has exactly that value in the request. */
export function scenarioMatches(when: Record<string, string>, request: Record<string, unknown>): boolean {
  return Object.entries(when).every(([element, value]) => request[element] === value);
}
