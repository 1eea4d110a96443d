import {
  DeleteMessageBatchCommand,
  GetQueueAttributesCommand,
  GetQueueUrlCommand,
  ReceiveMessageCommand,
  SQSClient,
} from '@aws-sdk/client-sqs';
import { SNSClient } from '@aws-sdk/client-sns';
import { loadEnv, PlatformEnv } from '@libs/platform';
import {
  AwsClients,
  QueueDeclaration,
  resolveSqsConfig,
  SqsConfig,
  TopicDeclaration,
  withSqsEnv,
} from '@libs/queue';
import { ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { EnvOverrides } from './env';

export interface EmulatedMessage {
  /** SQS's id of this delivery's message. */
  messageId: string;
  body: string;
  /** The body parsed as JSON (undefined when it is not JSON). */
  json: unknown;
  /** String message attributes. */
  attributes: Record<string, string>;
}

export interface QueueEmulator {
  /** e.g. `http://127.0.0.1:41234`. */
  url: string;
  /** Points an app at the emulator: `HMPPS_SQS_PROVIDER=localstack`, `HMPPS_SQS_LOCALSTACK_URL`. */
  env: EnvOverrides;
  sqs: SQSClient;
  sns: SNSClient;
  /** Creates the queues, DLQs, topics and subscriptions of an app's declarations, as the app would. */
  provision(
    declared: { queues: Record<string, QueueDeclaration>; topics?: Record<string, TopicDeclaration> },
    env?: EnvOverrides,
  ): Promise<void>;
  /** Takes (receives and deletes) what is on a queue now, up to `max`. */
  receive(queueName: string, max?: number): Promise<EmulatedMessage[]>;
  /**
   * Takes messages from a queue until `count` have arrived, then keeps listening for `quietMs` more (so a
   * message too many shows up); gives up after `timeoutMs` with what it has.
   */
  collect(
    queueName: string,
    options: { count: number; timeoutMs?: number; quietMs?: number },
  ): Promise<EmulatedMessage[]>;
  /** Visible messages on a queue (`ApproximateNumberOfMessages`). */
  depth(queueName: string): Promise<number>;
  /** Stops the emulator process: an SQS outage. */
  stop(): Promise<void>;
  /** Starts it again on the same port, with every queue, topic and subscription provisioned so far (empty). */
  start(): Promise<void>;
  close(): Promise<void>;
}

const PROCESS = join(__dirname, 'queue-emulator.process.mjs');
const START_TIMEOUT_MS = 15_000;
const REGION = 'eu-west-2';

/**
 * The fauxqs SNS/SQS emulator in a child process on a free loopback port, reached with the real AWS SDK.
 * Its state is in memory (fauxqs 2.4's on-disk mode fails ChangeMessageVisibility), so a restart brings
 * back what was provisioned, created before the emulator answers, but not the messages.
 */
export async function startQueueEmulator(): Promise<QueueEmulator> {
  let child: ChildProcess | undefined;
  let port = 0;
  const provisioned: SqsConfig[] = [];

  const launch = async () => {
    const started = fork(PROCESS, [], {
      env: {
        ...process.env,
        FAUXQS_PORT: String(port),
        FAUXQS_DEFAULT_REGION: REGION,
        FAUXQS_INIT_JSON: JSON.stringify(fauxqsInit(provisioned)),
      },
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      execArgv: [],
    });
    let stderr = '';
    started.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)));
    port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`fauxqs did not start: ${stderr}`)), START_TIMEOUT_MS);
      started.once('message', (message: { port: number }) => {
        clearTimeout(timer);
        resolve(message.port);
      });
      started.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`fauxqs exited with ${code}: ${stderr}`));
      });
    });
    child = started;
  };
  const halt = async () => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      running.once('exit', () => resolve());
      running.kill('SIGTERM');
    });
  };

  await launch();
  const url = `http://127.0.0.1:${port}`;
  const clientSettings = {
    region: REGION,
    endpoint: url,
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
  };
  const sqs = new SQSClient(clientSettings);
  const sns = new SNSClient(clientSettings);
  const env: EnvOverrides = {
    HMPPS_SQS_PROVIDER: 'localstack',
    HMPPS_SQS_LOCALSTACK_URL: url,
    HMPPS_SQS_REGION: REGION,
  };
  const queueUrl = async (name: string) =>
    (await sqs.send(new GetQueueUrlCommand({ QueueName: name }))).QueueUrl as string;

  const receive = async (queueName: string, max = 10): Promise<EmulatedMessage[]> => {
    const QueueUrl = await queueUrl(queueName);
    const taken: EmulatedMessage[] = [];
    while (taken.length < max) {
      const answer = await sqs.send(
        new ReceiveMessageCommand({
          QueueUrl,
          MaxNumberOfMessages: Math.min(10, max - taken.length),
          MessageAttributeNames: ['All'],
        }),
      );
      const messages = answer.Messages ?? [];
      if (messages.length === 0) break;
      await sqs.send(
        new DeleteMessageBatchCommand({
          QueueUrl,
          Entries: messages.map((message, index) => ({
            Id: String(index),
            ReceiptHandle: message.ReceiptHandle,
          })),
        }),
      );
      for (const message of messages) {
        let json: unknown;
        try {
          json = JSON.parse(message.Body ?? '');
        } catch {
          json = undefined;
        }
        taken.push({
          messageId: message.MessageId ?? '',
          body: message.Body ?? '',
          json,
          attributes: Object.fromEntries(
            Object.entries(message.MessageAttributes ?? {}).map(([name, value]) => [
              name,
              value.StringValue ?? '',
            ]),
          ),
        });
      }
    }
    return taken;
  };

  return {
    url,
    env,
    sqs,
    sns,
    provision: async (declared, extraEnv = {}) => {
      const declarations = { queues: declared.queues, topics: declared.topics ?? {} };
      const source = { ...extraEnv, ...env };
      const config = resolveSqsConfig(
        declarations,
        loadEnv('queue emulator', withSqsEnv(PlatformEnv, declarations), source),
      );
      const clients = new AwsClients(config);
      try {
        await clients.ensureProvisioned();
        provisioned.push(config);
      } finally {
        clients.onApplicationShutdown();
      }
    },
    receive,
    collect: async (queueName, { count, timeoutMs = 20_000, quietMs = 300 }) => {
      const taken: EmulatedMessage[] = [];
      const deadline = Date.now() + timeoutMs;
      let quietUntil: number | undefined;
      for (;;) {
        taken.push(...(await receive(queueName, 1000)));
        const now = Date.now();
        if (taken.length >= count) quietUntil ??= now + quietMs;
        if ((quietUntil !== undefined && now >= quietUntil) || now >= deadline) return taken;
        await sleep(50);
      }
    },
    depth: async (queueName) => {
      const answer = await sqs.send(
        new GetQueueAttributesCommand({
          QueueUrl: await queueUrl(queueName),
          AttributeNames: ['ApproximateNumberOfMessages'],
        }),
      );
      return Number(answer.Attributes?.ApproximateNumberOfMessages ?? 0);
    },
    stop: halt,
    start: launch,
    close: async () => {
      await halt();
      sqs.destroy();
      sns.destroy();
    },
  };
}

/** What `provision` created, as fauxqs's start-up init (so a restarted emulator has it before it answers). */
function fauxqsInit(configs: SqsConfig[]): object {
  const arn = (name: string) => `arn:aws:sqs:${REGION}:000000000000:${name}`;
  const queues = configs.flatMap((config) =>
    config.queues.flatMap((queue) => [
      ...(queue.dlqName ? [{ name: queue.dlqName }] : []),
      {
        name: queue.name,
        attributes: {
          VisibilityTimeout: String(queue.visibilityTimeout),
          ...(queue.dlqName
            ? {
                RedrivePolicy: JSON.stringify({
                  deadLetterTargetArn: arn(queue.dlqName),
                  maxReceiveCount: String(queue.dlqMaxReceiveCount),
                }),
              }
            : {}),
        },
      },
    ]),
  );
  const topics = configs.flatMap((config) => config.topics.map((topic) => ({ name: topic.name })));
  const subscriptions = configs.flatMap((config) =>
    config.queues.flatMap((queue) => {
      const topic = config.topics.find((t) => t.id === queue.subscribeTopicId);
      return topic
        ? [
            {
              topic: topic.name,
              queue: queue.name,
              attributes: queue.subscribeFilter ? { FilterPolicy: queue.subscribeFilter } : undefined,
            },
          ]
        : [];
    }),
  );
  return { queues, topics, subscriptions };
}
