// Prints the plain "N passed, N failed" line that CI reads at the end of a Jest run.
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const extra = skipped ? `, ${skipped} skipped` : '';
    process.stdout.write(`\njest: ${results.numPassedTests} passed, ${results.numFailedTests} failed${extra}\n`);
  }
}
module.exports = SummaryReporter;
