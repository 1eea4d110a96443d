// Preloaded (node --expose-gc --require) into an app the suites run as a child process, i.e. the BUILT app:
// - reports every unhandled rejection and uncaught exception on stderr with a marker the suite counts
//   (an uncaught exception still ends the process, with exit code 70);
// - on SIGUSR2, collects garbage and reports the heap in use, so memory growth is measured without noise.
const MARKER = 'resilience-child';
const report = (line) => process.stderr.write(`${MARKER} ${line}\n`);

process.on('unhandledRejection', (reason) => {
  report(`unhandledRejection ${reason instanceof Error ? reason.message : String(reason)}`);
});
process.on('uncaughtException', (error) => {
  report(`uncaughtException ${error.message}`);
  process.exit(70);
});
process.on('SIGUSR2', () => {
  if (typeof global.gc === 'function') {
    global.gc();
    global.gc();
  }
  report(`heapUsed ${process.memoryUsage().heapUsed}`);
});
