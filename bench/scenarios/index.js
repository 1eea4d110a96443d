// Every app under benchmark, with its scenarios, in the order they run.
module.exports = [
  require('./birth-registration-matching'),
  require('./learner-records'),
  require('./vera-integration'),
  require('./hmpps-integration-api'),
];
