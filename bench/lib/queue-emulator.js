// The SQS/SNS emulator (fauxqs, as `npm start` runs it) for the apps that send or receive messages, in its
// own process on a free loopback port; the app creates its queues, topics and subscriptions there.
const path = require('node:path');
const { setTimeout: sleep } = require('node:timers/promises');
const { ListQueuesCommand, SQSClient } = require('@aws-sdk/client-sqs');
const { SNSClient } = require('@aws-sdk/client-sns');
const { freePort, startNode, stop } = require('./processes');

const REGION = 'eu-west-2';
const READY_TIMEOUT_MS = 30_000;
const CLI = path.join(__dirname, '..', '..', 'node_modules', 'fauxqs', 'dist', 'cli.js');

async function startQueueEmulator() {
  const port = await freePort();
  const proc = startNode('fauxqs', [CLI], {
    FAUXQS_PORT: String(port),
    FAUXQS_DEFAULT_REGION: REGION,
    FAUXQS_LOGGER: 'false',
  });
  const url = `http://127.0.0.1:${port}`;
  const settings = {
    region: REGION,
    endpoint: url,
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
  };
  const sqs = new SQSClient(settings);
  const sns = new SNSClient(settings);
  const deadline = performance.now() + READY_TIMEOUT_MS;
  for (;;) {
    if (proc.hasExited()) throw new Error(`fauxqs exited before it was ready:\n${proc.output()}`);
    try {
      await sqs.send(new ListQueuesCommand({}));
      break;
    } catch (error) {
      if (performance.now() > deadline) throw new Error(`fauxqs was not ready within 30 s: ${error.message}`);
      await sleep(50);
    }
  }
  return {
    url,
    sqs,
    sns,
    /** What points an app at it. */
    env: { HMPPS_SQS_PROVIDER: 'localstack', HMPPS_SQS_LOCALSTACK_URL: url, HMPPS_SQS_REGION: REGION },
    stop: async () => {
      sqs.destroy();
      sns.destroy();
      await stop(proc);
    },
  };
}

module.exports = { startQueueEmulator };
