import { expect } from '@jest/globals';
import { appendCaseRecord } from './run-dir';

export interface CaseFailure {
  case: string;
  problems: string[];
}

/** How many failures a test prints in full (RESILIENCE_SHOW_FAILURES); the count covers all of them. */
const SHOWN_FAILURES = Number(process.env.RESILIENCE_SHOW_FAILURES ?? 8);

/**
 * The cases one test tried and the ones that failed. A test runs every case, then `finish()` writes the
 * counts for the summary table and fails the test with the first failures (input, answer, expectation).
 */
export class CaseLog {
  private tried = 0;
  private readonly failures: CaseFailure[] = [];
  private readonly notes: string[] = [];

  check(label: string, problems: string[]): boolean {
    this.tried += 1;
    if (problems.length > 0) this.failures.push({ case: label, problems });
    return problems.length === 0;
  }

  /** Counts cases that were tried in bulk (e.g. the requests of a load run) and checked as a whole. */
  tally(cases: number): void {
    this.tried += cases;
  }

  /** A line for the summary (e.g. measured figures), printed under the table. */
  note(text: string): void {
    this.notes.push(text);
  }

  /** How many cases failed with each problem. */
  private byProblem(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const problem of this.failures.flatMap((failure) =>
      failure.problems.map((text) => text.slice(0, 120)),
    )) {
      counts[problem] = (counts[problem] ?? 0) + 1;
    }
    return counts;
  }

  /** The first failing case of each distinct problem, then further ones up to SHOWN_FAILURES. */
  private examples(): CaseFailure[] {
    const seen = new Set<string>();
    const distinct = this.failures.filter((failure) => {
      const key = failure.problems.join('|').slice(0, 120);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    return [...distinct, ...this.failures.filter((failure) => !distinct.includes(failure))].slice(
      0,
      SHOWN_FAILURES,
    );
  }

  finish(): void {
    const state = expect.getState();
    appendCaseRecord({
      testPath: state.testPath ?? '',
      testName: state.currentTestName ?? '',
      cases: this.tried,
      failures: this.failures.length,
      notes: this.notes,
    });
    expect(this.tried).toBeGreaterThan(0);
    expect({
      failed: this.failures.length,
      of: this.tried,
      byProblem: this.byProblem(),
      examples: this.examples(),
    }).toEqual({
      failed: 0,
      of: this.tried,
      byProblem: {},
      examples: [],
    });
  }
}
