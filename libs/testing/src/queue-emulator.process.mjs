// The SQS/SNS emulator (fauxqs, an ES module) in a process of its own, for tests: it listens on
// FAUXQS_PORT (0: a free port), creates what FAUXQS_INIT_JSON lists before it answers, reports its port
// to the parent and stops on SIGTERM.
import { startFauxqs } from 'fauxqs';

const server = await startFauxqs({
  port: Number(process.env.FAUXQS_PORT ?? 0),
  logger: false,
  defaultRegion: process.env.FAUXQS_DEFAULT_REGION ?? 'eu-west-2',
  init: process.env.FAUXQS_INIT_JSON ? JSON.parse(process.env.FAUXQS_INIT_JSON) : undefined,
});
process.send?.({ port: server.port });

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await server.stop().catch(() => undefined);
  process.exit(0);
};
process.on('SIGTERM', stop);
// The test process went away without stopping us: do not outlive it.
process.on('disconnect', stop);
