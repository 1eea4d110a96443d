// Prints the plain "N passed, N failed" line that CI reads at the end of a Jest run. A test file that
// could not run (its worker crashed, it did not compile) has no failed tests of its own, so it counts as
// one failure here: otherwise CI would read "0 failed" over a file whose tests never ran.
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const extra = skipped ? `, ${skipped} skipped` : '';
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    process.stdout.write(`\njest: ${results.numPassedTests} passed, ${failed} failed${extra}\n`);
  }
}
module.exports = SummaryReporter;
