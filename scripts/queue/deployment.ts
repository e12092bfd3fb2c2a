/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- dev tooling: runs in Node on a developer machine or in CI, never inside n8n; it starts processes (n8n) on purpose */
/**
 * A queue-mode n8n on loopback: one main (`n8n start`, which receives webhooks and runs the
 * pollers) and workers (`n8n worker`, which run the executions), sharing Redis, PostgreSQL and
 * one encryption key. Each process has its own user folder with the packed package installed as
 * a community package, its own ports (HTTP, task broker, worker health/metrics) and its own log.
 */
import type { ChildProcess } from 'child_process';
import { randomBytes } from 'crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';

import { installIntoUserFolder } from '../e2e/installPackage';
import type { PackedPackage } from '../e2e/installPackage';
import { n8nCli, startN8nProcess, stopServer } from '../e2e/n8nProcess';
import type { N8nInstance } from '../e2e/n8nProcess';
import { freePort, freePorts } from './services';
import type { Postgres, Redis } from './services';

/**
 * Bull's lock settings for the workers. A killed worker's job is failed by Bull once its lock has
 * expired and another worker's stalled check finds it; n8n then re-reads the execution for a
 * 30 s grace window (in case the job did finish) before it fails it. With n8n's defaults (60 s
 * lock renewed every 10 s, stalled check every 30 s) that takes about 1.5–2.5 minutes; these
 * shorter settings make Bull's part about 35 s so the run stays short. n8n sets Bull's
 * `maxStalledCount` to 0 whatever the settings: a stalled job is failed, never run again.
 */
export const BULL_LOCK = { durationMs: 30_000, renewMs: 5_000, stalledCheckMs: 10_000 };

export const WORKER_CONCURRENCY = 10;

export interface QueueProcess {
	name: string;
	instance: N8nInstance;
	/** Worker health and metrics (`/healthz`, `/healthz/readiness`, `/metrics`); none on the main. */
	healthPort?: number;
	process?: ChildProcess;
	/** One log per start, oldest first. */
	logFiles: string[];
}

export interface ExecutionRow {
	id: string;
	workflowId: string;
	mode: string;
	status: string;
	startedAt: string;
	stoppedAt: string;
}

const ANSI_COLOUR = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

export class QueueDeployment {
	readonly main: QueueProcess;

	readonly workers: QueueProcess[] = [];

	private constructor(
		private readonly work: string,
		readonly postgres: Postgres,
		readonly redis: Redis,
		main: QueueProcess,
	) {
		this.main = main;
	}

	/** Prepares the user folders and ports of a main and `workerCount` workers (nothing runs yet). */
	static async prepare(options: { work: string; pack: PackedPackage; postgres: Postgres; redis: Redis; workerCount: number }): Promise<QueueDeployment> {
		const { work, pack, postgres, redis } = options;
		const encryptionKey = randomBytes(24).toString('hex');
		const mainPort = await freePort();
		const shared: Record<string, string> = {
			EXECUTIONS_MODE: 'queue',
			QUEUE_BULL_REDIS_HOST: '127.0.0.1',
			QUEUE_BULL_REDIS_PORT: String(redis.port),
			DB_TYPE: 'postgresdb',
			DB_POSTGRESDB_HOST: '127.0.0.1',
			DB_POSTGRESDB_PORT: String(postgres.port),
			DB_POSTGRESDB_DATABASE: postgres.database,
			DB_POSTGRESDB_USER: postgres.user,
			DB_POSTGRESDB_PASSWORD: '',
			// Production webhook URLs point at the main, whichever process builds them.
			N8N_WEBHOOK_URL: `http://127.0.0.1:${mainPort}/`,
			QUEUE_WORKER_LOCK_DURATION: String(BULL_LOCK.durationMs),
			QUEUE_WORKER_LOCK_RENEW_TIME: String(BULL_LOCK.renewMs),
			QUEUE_WORKER_STALLED_INTERVAL: String(BULL_LOCK.stalledCheckMs),
		};
		const instanceFor = async (name: string, port: number, env: Record<string, string>): Promise<N8nInstance> => {
			const userFolder = join(work, name);
			mkdirSync(userFolder, { recursive: true });
			installIntoUserFolder(pack, userFolder);
			return { userFolder, port, brokerPort: await freePorts(2), encryptionKey, env: { ...shared, ...env } };
		};
		const main: QueueProcess = { name: 'main', instance: await instanceFor('main', mainPort, {}), logFiles: [] };
		const deployment = new QueueDeployment(work, postgres, redis, main);
		for (let index = 1; index <= options.workerCount; index += 1) {
			const healthPort = await freePort();
			const name = `worker-${index}`;
			const instance = await instanceFor(name, await freePort(), {
				QUEUE_HEALTH_CHECK_ACTIVE: 'true',
				QUEUE_HEALTH_CHECK_PORT: String(healthPort),
				N8N_WORKER_SERVER_ADDRESS: '127.0.0.1',
				N8N_METRICS: 'true',
			});
			deployment.workers.push({ name, instance, healthPort, logFiles: [] });
		}
		return deployment;
	}

	/** Imports credentials and workflows into the shared database and publishes the given workflows (before the main starts). */
	async importAndPublish(credentials: unknown[], workflows: unknown[], publishIds: string[]): Promise<void> {
		const credentialsFile = join(this.work, 'credentials.json');
		const workflowsFile = join(this.work, 'workflows.json');
		writeFileSync(credentialsFile, JSON.stringify(credentials));
		writeFileSync(workflowsFile, JSON.stringify(workflows));
		const steps: string[][] = [
			['import:credentials', `--input=${credentialsFile}`],
			['import:workflow', `--input=${workflowsFile}`],
			...publishIds.map((id) => ['publish:workflow', `--id=${id}`]),
		];
		for (const args of steps) {
			const result = await n8nCli(this.main.instance, args);
			if (result.code !== 0) throw new Error(`n8n ${args.join(' ')}: ${(result.stderr + result.stdout).slice(-800)}`);
		}
	}

	private nextLogFile(node: QueueProcess): string {
		const file = join(this.work, `${node.name}.${node.logFiles.length + 1}.log`);
		node.logFiles.push(file);
		return file;
	}

	async startMain(): Promise<void> {
		const logFile = this.nextLogFile(this.main);
		this.main.process = await startN8nProcess(this.main.instance, { args: ['start'], logFile });
	}

	async startWorker(index: number): Promise<void> {
		const worker = this.workers[index];
		const logFile = this.nextLogFile(worker);
		worker.process = await startN8nProcess(worker.instance, {
			args: ['worker', `--concurrency=${WORKER_CONCURRENCY}`],
			readyUrl: `http://127.0.0.1:${worker.healthPort}/healthz/readiness`,
			logFile,
		});
	}

	/** Graceful stop (SIGTERM to the worker's process group: n8n lets running jobs finish). */
	async stopWorker(index: number): Promise<void> {
		await stopServer(this.workers[index].process);
		this.workers[index].process = undefined;
	}

	/** SIGKILL to the worker and its task runner at once, as when its container or machine dies. */
	async killWorker(index: number): Promise<void> {
		const child = this.workers[index].process;
		if (!child?.pid) return;
		const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
		process.kill(-child.pid, 'SIGKILL');
		await exited;
		this.workers[index].process = undefined;
	}

	async stopAll(): Promise<void> {
		await Promise.all(this.workers.map(async (worker) => await stopServer(worker.process)));
		await stopServer(this.main.process);
	}

	webhookUrl(path: string): string {
		return `http://127.0.0.1:${this.main.instance.port}/webhook/${path}`;
	}

	/** The log lines of a process, without colour codes (all its starts, or only the latest). */
	logLines(node: QueueProcess, latestStartOnly = false): string[] {
		const files = latestStartOnly ? node.logFiles.slice(-1) : node.logFiles;
		return files
			.filter((file) => existsSync(file))
			.flatMap((file) => readFileSync(file, 'utf8').replace(ANSI_COLOUR, '').split('\n'));
	}

	/**
	 * Execution IDs a worker logged as started ("Worker started execution N (job M)"). n8n's
	 * execution table does not record which process ran an execution, so the workers' own logs
	 * are the record of who ran what.
	 */
	startedBy(worker: QueueProcess, latestStartOnly = false): string[] {
		return this.logLines(worker, latestStartOnly)
			.map((line) => /Worker started execution (\d+)/.exec(line)?.[1])
			.filter((id): id is string => id !== undefined);
	}

	/** Bull job IDs of executions, from the workers' "Worker started execution N (job M)" lines. */
	jobOf(): Map<string, string> {
		const jobs = new Map<string, string>();
		for (const worker of this.workers) {
			for (const line of this.logLines(worker)) {
				const match = /Worker started execution (\d+) \(job (\d+)\)/.exec(line);
				if (match) jobs.set(match[1], match[2]);
			}
		}
		return jobs;
	}

	/** Bull jobs some worker holds right now (n8n's queue is "jobs" under Bull's default prefix). */
	activeJobs(): string[] {
		return this.redis.command('LRANGE', 'bull:jobs:active', '0', '-1').split('\n').filter((id) => id !== '');
	}

	/** Which worker started each execution, by execution ID. */
	workerOf(): Map<string, string> {
		const owners = new Map<string, string>();
		for (const worker of this.workers) for (const id of this.startedBy(worker)) owners.set(id, worker.name);
		return owners;
	}

	executions(workflowId: string): ExecutionRow[] {
		return this.postgres
			.query(`select id, "workflowId", mode, status, coalesce("startedAt"::text, ''), coalesce("stoppedAt"::text, '') from execution_entity where "workflowId" = '${workflowId.replace(/'/g, "''")}' order by id`)
			.map(([id, rowWorkflowId, mode, status, startedAt, stoppedAt]) => ({ id, workflowId: rowWorkflowId, mode, status, startedAt, stoppedAt }));
	}

	/** IDs of the executions whose stored data contains `marker` (e.g. a run label in the webhook body). */
	executionsContaining(marker: string): string[] {
		return this.postgres
			.query(`select "executionId" from execution_data where data like '%${marker.replace(/'/g, "''").replace(/[%_]/g, '\\$&')}%' order by "executionId"`)
			.map(([id]) => id);
	}

	/** Starts the main, then the workers (together): the main migrates the database first. */
	async startAll(): Promise<void> {
		await this.startMain();
		await Promise.all(this.workers.map(async (_, index) => await this.startWorker(index)));
	}
}
