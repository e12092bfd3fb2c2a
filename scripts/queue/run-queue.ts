/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-dangerous-functions, no-console -- dev tooling: runs in Node on a developer machine or in CI, never inside n8n; it starts processes (n8n, Redis, PostgreSQL) on purpose */
/**
 * `npm run test:queue`: the packed package in n8n's queue mode on loopback. Redis and a throwaway
 * PostgreSQL cluster (apt-get installs them when missing), one n8n main and two workers, the
 * sandbox with CIPP's rate limiter on, and five cases: load spread, token sharing, polling, the
 * webhook trigger and a worker killed mid-run. Each case prints its figures; the run closes with
 * "queue: N passed, N failed". Everything it started is stopped and its temp folders removed,
 * also when it fails or is interrupted.
 *
 * Settings: QUEUE_SKIP_BUILD=1 (dist/ is current), QUEUE_KEEP_LOGS=1 (copy the n8n, Redis and
 * PostgreSQL logs to .e2e-artifacts/queue/; done anyway when a check fails),
 * SANDBOX_RATE_LIMIT / SANDBOX_BATCH_COUNTS (default 100/10 and each), QUEUE_REQUESTS_PER_WINDOW
 * (the workers' credential's rate limit; default 100 / number of workers).
 */
import { execFileSync } from 'child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { dirname, join } from 'path';

import { packPackage } from '../e2e/installPackage';
import { REPO } from '../e2e/n8nProcess';
import { startSandbox } from '../sandbox/sandbox';
import type { QueueContext } from './context';
import { QueueDeployment } from './deployment';
import { loadSpreadCase, tokenCase, webhookTriggerCase } from './executionCases';
import { killedWorkerCase } from './killedWorkerCase';
import { pollingCase } from './pollingCase';
import { ALERT, LOAD, POLL, WRITE, queueCredentials, queueWorkflows, registerPollerClient, requestsPerWindowFor } from './queueWorkflows';
import { ensureDebianPackages, startPostgres, startRedis } from './services';
import { Teardown } from './teardown';

const WORKERS = 2;

let passed = 0;
let failed = 0;
const summary: Array<[string, Record<string, string | number>]> = [];

async function check(name: string, body: () => Promise<string | void>): Promise<void> {
	const started = Date.now();
	try {
		const note = await body();
		passed += 1;
		console.log(`ok   - ${name} (${((Date.now() - started) / 1000).toFixed(1)}s)${note ? ` ${note}` : ''}`);
	} catch (error) {
		failed += 1;
		console.log(`FAIL - ${name}: ${(error as Error).message}`);
	}
}

function assert(condition: unknown, message: string): asserts condition {
	if (!condition) throw new Error(message);
}

function figures(caseName: string, values: Record<string, string | number>): void {
	summary.push([caseName, values]);
	for (const [key, value] of Object.entries(values)) console.log(`#   ${caseName} | ${key}: ${value}`);
}

const log = (line: string) => console.log(`# ${line}`);

/** Copies the logs out of the work folder before it is removed. */
function keepLogs(work: string): void {
	const target = join(REPO, '.e2e-artifacts', 'queue');
	rmSync(target, { recursive: true, force: true });
	mkdirSync(target, { recursive: true });
	for (const file of readdirSync(work).filter((name) => name.endsWith('.log'))) cpSync(join(work, file), join(target, file));
	log(`logs kept in ${target}`);
}

async function main(): Promise<void> {
	const runStarted = Date.now();
	const teardown = new Teardown();
	teardown.stopOnSignals();
	const timings: string[] = [];
	const timed = async <T>(name: string, step: () => Promise<T> | T): Promise<T> => {
		const started = Date.now();
		const result = await step();
		timings.push(`${name} ${((Date.now() - started) / 1000).toFixed(0)}s`);
		return result;
	};
	let work: string | undefined;
	try {
		const aptSeconds = ensureDebianPackages(log);
		timings.push(`apt-get ${aptSeconds.toFixed(0)}s`);
		if (process.env.QUEUE_SKIP_BUILD !== '1') await timed('build', () => execFileSync('npm', ['run', 'build'], { cwd: REPO, stdio: 'inherit' }));
		await timed('n8n runtime', () => execFileSync('bash', [join(REPO, 'scripts', 'e2e', 'ensure-n8n.sh')], { stdio: 'inherit' }));
		const pack = packPackage();
		teardown.add('packed tarball', () => rmSync(dirname(pack.tarball), { recursive: true, force: true }));
		const workFolder = mkdtempSync(join(tmpdir(), 'cipp-queue-'));
		work = workFolder;
		teardown.add('work folder', () => {
			if (failed > 0 || process.env.QUEUE_KEEP_LOGS === '1') keepLogs(workFolder);
			rmSync(workFolder, { recursive: true, force: true });
		});

		// CIPP's rate limiter in the simulator: 100 requests per 10 s per API client, a $batch counted per request inside it.
		process.env.SANDBOX_RATE_LIMIT ??= '100/10';
		process.env.SANDBOX_BATCH_COUNTS ??= 'each';
		const requestsPerWindow = Number(process.env.QUEUE_REQUESTS_PER_WINDOW ?? requestsPerWindowFor(WORKERS));
		log(`sandbox rate limit ${process.env.SANDBOX_RATE_LIMIT}, batch counts ${process.env.SANDBOX_BATCH_COUNTS}; the workers' credential paces each process to ${requestsPerWindow} requests per 10 s`);
		const box = await startSandbox();
		teardown.add('sandbox', async () => await box.stop());
		registerPollerClient(box);

		const services = await timed('Redis + PostgreSQL', async () => await Promise.all([startRedis(workFolder), startPostgres(workFolder)]));
		const [redis, postgres] = services;
		teardown.add('Redis', async () => await redis.stop());
		teardown.add('PostgreSQL', async () => await postgres.stop());
		log(`Redis on 127.0.0.1:${redis.port}, PostgreSQL on 127.0.0.1:${postgres.port}`);

		const deployment = await QueueDeployment.prepare({ work: workFolder, pack, postgres, redis, workerCount: WORKERS });
		teardown.add('n8n main and workers', async () => await deployment.stopAll());
		await timed('import', async () => await deployment.importAndPublish(queueCredentials(box, requestsPerWindow), queueWorkflows(box), [LOAD.id, WRITE.id, POLL.id, ALERT.id]));
		await timed('n8n main + workers start', async () => await deployment.startAll());
		log(`main on 127.0.0.1:${deployment.main.instance.port}; ${deployment.workers.map((worker) => `${worker.name} health/metrics on 127.0.0.1:${worker.healthPort}`).join(', ')}`);
		await check('main and 2 workers ready on Redis + PostgreSQL; each worker answers on its own health and metrics port', async () => {
			for (const worker of deployment.workers) {
				for (const path of ['/healthz/readiness', '/metrics']) {
					const answer = await fetch(`http://127.0.0.1:${worker.healthPort}${path}`);
					assert(answer.ok, `${worker.name} ${path}: ${answer.status}`);
				}
			}
			const complaints = [deployment.main, ...deployment.workers].filter((node) => deployment.logLines(node).some((line) => /n8n-nodes-cipp-api.*(error|fail)/i.test(line)));
			assert(complaints.length === 0, `package errors in the logs of ${complaints.map((node) => node.name).join(', ')}`);
		});

		const context: QueueContext = { deployment, box, check, assert, figures };
		// The polling case waits for three poll cycles (about three minutes); it runs beside cases 1, 2 and 4.
		const polling = pollingCase(context);
		const loadGrants = await timed('case 1', async () => await loadSpreadCase(context));
		await timed('case 2', async () => await tokenCase(context, loadGrants));
		await timed('case 4', async () => await webhookTriggerCase(context));
		await timed('case 3 (rest)', async () => await polling);
		await timed('case 5', async () => await killedWorkerCase(context));
	} catch (error) {
		failed += 1;
		console.log(`FAIL - the queue-mode run stopped early: ${(error as Error).stack ?? String(error)}`);
	} finally {
		await teardown.run();
	}
	console.log('# summary');
	for (const [caseName, values] of summary) console.log(`#   ${caseName}: ${Object.entries(values).map(([key, value]) => `${key}: ${value}`).join('; ')}`);
	console.log(`# steps: ${timings.join(', ')}`);
	console.log(`# queue-mode run took ${((Date.now() - runStarted) / 1000).toFixed(0)}s${work ? '' : ' (stopped before the deployment)'}`);
	console.log(`queue: ${passed} passed, ${failed} failed`);
	process.exitCode = failed > 0 ? 1 : 0;
}

void main();
