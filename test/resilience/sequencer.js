// Runs the suites in the order of SUITE_ORDER: secrets last, since it reads the logs the others captured.
const Sequencer = require('@jest/test-sequencer').default;
const path = require('node:path');

const SUITE_ORDER = [
  'bad-input',
  'hostile-tokens',
  'probe-classes',
  'upstream-faults',
  'database-faults',
  'shutdown',
  'load',
  'secrets',
];

const rank = (test) => {
  const index = SUITE_ORDER.indexOf(path.basename(test.path, '.resilience.ts'));
  // A suite not listed runs before secrets, so its logs are checked too.
  return index === -1 ? SUITE_ORDER.length - 1.5 : index;
};

class ResilienceSequencer extends Sequencer {
  sort(tests) {
    return [...tests].sort((a, b) => rank(a) - rank(b));
  }
}

module.exports = ResilienceSequencer;
