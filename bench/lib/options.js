// Command-line options of `npm run bench`.
const USAGE = `Usage: npm run bench -- [options]
  --duration <s>      seconds of load per run (default 10; --quick: 2)
  --connections <n>   concurrent connections (default 50)
  --rounds <n>        baseline/app pairs per scenario, alternating (default 2; --quick: 1)
  --latency-ms <ms>   delay injected into every upstream in the latency scenarios (default 50)
  --latency-connections <n>  connections in the latency scenarios (default 5: light load, so the
                      figure shows how calls are ordered rather than how requests queue)
  --quick             a few seconds per scenario, one round: proves the benchmark works (CI)
  --only <name>       run only scenarios whose name contains <name> (repeatable, or comma-separated)
  --database-url <u>  PostgreSQL server for the apps with a database (a fresh database per app, dropped
                      afterwards); default: an embedded PostgreSQL per app, in its own process
  --app-node-options "<flags>"  node flags for the apps after their ConfigMap NODE_OPTIONS, e.g. "--max-semi-space-size=64"
  --cpu-prof          start the apps with --cpu-prof; profiles go to bench/results/profiles/
  --help`;

function positive(name, raw) {
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0)
    throw new Error(`${name} must be a positive number, got "${raw}"`);
  return value;
}

/** Parses argv (without node and script); throws with the usage text on anything unknown. */
function parseOptions(argv) {
  const given = {};
  const only = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    const value = () => {
      if (inline !== undefined) return inline;
      i += 1;
      if (i >= argv.length) throw new Error(`${flag} needs a value\n${USAGE}`);
      return argv[i];
    };
    switch (flag) {
      case '--duration':
        given.duration = positive(flag, value());
        break;
      case '--connections':
        given.connections = Math.round(positive(flag, value()));
        break;
      case '--rounds':
        given.rounds = Math.round(positive(flag, value()));
        break;
      case '--latency-ms':
        given.latencyMs = Math.round(positive(flag, value()));
        break;
      case '--latency-connections':
        given.latencyConnections = Math.round(positive(flag, value()));
        break;
      case '--app-node-options':
        given.appNodeOptions = value().split(/\s+/).filter(Boolean);
        break;
      case '--database-url':
        given.databaseUrl = value();
        break;
      case '--only':
        only.push(
          ...value()
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean),
        );
        break;
      case '--quick':
        given.quick = true;
        break;
      case '--cpu-prof':
        given.cpuProf = true;
        break;
      case '--help':
      case '-h':
        given.help = true;
        break;
      default:
        throw new Error(`Unknown option "${arg}"\n${USAGE}`);
    }
  }
  const quick = given.quick === true;
  return {
    help: given.help === true,
    quick,
    duration: given.duration ?? (quick ? 2 : 10),
    connections: given.connections ?? 50,
    rounds: given.rounds ?? (quick ? 1 : 2),
    latencyMs: given.latencyMs ?? 50,
    latencyConnections: given.latencyConnections ?? 5,
    only,
    databaseUrl: given.databaseUrl,
    appNodeOptions: given.appNodeOptions ?? [],
    cpuProf: given.cpuProf === true,
  };
}

module.exports = { parseOptions, USAGE };
