// Prints the resilience summary table (cases tried, failures, time per suite and app) after the run, and
// the plain "resilience: N passed, N failed" line CI reads. Case counts come from the tests themselves
// (cases.jsonl in RESILIENCE_RUN_DIR); a test that failed without recording counts as one failed case.
const fs = require('node:fs');
const path = require('node:path');

function readCaseRecords() {
  const file = path.join(process.env.RESILIENCE_RUN_DIR ?? '', 'cases.jsonl');
  if (!fs.existsSync(file)) return new Map();
  const records = new Map();
  for (const line of fs.readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
    const record = JSON.parse(line);
    const key = `${record.testPath}\u0000${record.testName}`;
    const previous = records.get(key) ?? { cases: 0, failures: 0, notes: [] };
    records.set(key, {
      cases: previous.cases + record.cases,
      failures: previous.failures + record.failures,
      notes: [...previous.notes, ...(record.notes ?? [])],
    });
  }
  return records;
}

function pad(text, width, right) {
  const value = String(text);
  return right ? value.padStart(width) : value.padEnd(width);
}

function table(rows) {
  const headers = ['suite', 'app', 'tests', 'cases', 'failures', 'time (s)', 'result'];
  const cells = rows.map((row) => [
    row.suite,
    row.app,
    `${row.passed}/${row.passed + row.failed}`,
    row.cases,
    row.failures,
    (row.ms / 1000).toFixed(1),
    row.failed ? 'FAIL' : 'pass',
  ]);
  const widths = headers.map((header, index) =>
    Math.max(header.length, ...cells.map((cell) => String(cell[index]).length)),
  );
  const line = (values) =>
    `| ${values.map((value, index) => pad(value, widths[index], index >= 2 && index <= 5)).join(' | ')} |`;
  return [
    line(headers),
    `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`,
    ...cells.map(line),
  ].join('\n');
}

class ResilienceSummaryReporter {
  onRunComplete(_contexts, results) {
    const records = readCaseRecords();
    const rows = new Map();
    const row = (suite, app) => {
      const key = `${suite}\u0000${app}`;
      if (!rows.has(key)) rows.set(key, { suite, app, passed: 0, failed: 0, cases: 0, failures: 0, ms: 0 });
      return rows.get(key);
    };
    const notes = [];
    let passed = 0;
    let failed = 0;
    for (const file of results.testResults) {
      const suite = path.basename(file.testFilePath, '.resilience.ts');
      if (file.testExecError && file.testResults.length === 0) {
        const target = row(suite, '(suite did not run)');
        target.failed += 1;
        target.failures += 1;
        failed += 1;
        continue;
      }
      // Time spent outside tests (starting apps, a shared beforeAll) is shared out among the file's rows.
      const fileRows = new Set();
      const testMs = file.testResults.reduce((sum, test) => sum + (test.duration ?? 0), 0);
      for (const test of file.testResults) {
        if (test.status !== 'passed' && test.status !== 'failed') continue;
        const target = row(suite, test.ancestorTitles[0] ?? '-');
        fileRows.add(target);
        const recorded = records.get(`${file.testFilePath}\u0000${test.fullName}`) ?? {
          cases: 1,
          failures: 0,
          notes: [],
        };
        notes.push(...recorded.notes.map((note) => `${suite} / ${target.app}: ${note}`));
        target.cases += recorded.cases;
        target.ms += test.duration ?? 0;
        if (test.status === 'passed') {
          target.passed += 1;
          passed += 1;
        } else {
          target.failed += 1;
          target.failures += Math.max(1, recorded.failures);
          failed += 1;
        }
      }
      const outsideMs = Math.max(0, file.perfStats.end - file.perfStats.start - testMs);
      for (const target of fileRows) target.ms += outsideMs / fileRows.size;
    }
    const totals = [...rows.values()].reduce(
      (sum, current) => ({ cases: sum.cases + current.cases, failures: sum.failures + current.failures }),
      { cases: 0, failures: 0 },
    );
    const elapsed = ((Date.now() - results.startTime) / 1000).toFixed(0);
    const summary = [
      '',
      'Resilience summary',
      table([...rows.values()]),
      ...notes,
      `${totals.cases} cases tried, ${totals.failures} failed, ${elapsed} s in all`,
      `resilience: ${passed} passed, ${failed} failed`,
      '',
    ].join('\n');
    if (process.env.RESILIENCE_RUN_DIR && fs.existsSync(process.env.RESILIENCE_RUN_DIR))
      fs.writeFileSync(path.join(process.env.RESILIENCE_RUN_DIR, 'summary.txt'), summary);
    process.stdout.write(summary);
  }
}

module.exports = ResilienceSummaryReporter;
