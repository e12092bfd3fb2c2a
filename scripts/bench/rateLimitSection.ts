/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports, no-console -- dev tooling: runs in Node on a developer machine or in CI, never inside n8n */
/**
 * `npm run bench`, section 6: 1,000 "get user" items against CIPP's documented rate limit (100
 * requests per fixed 10-second window per API client, 429 + Retry-After beyond it), 200 ms per
 * answer. Every row runs in a real n8n (`n8n execute`) against the sandbox with its limiter on;
 * the row "2 n8n processes" runs two such processes at once with the same API client.
 *
 * The physical limit for N requests is (ceil(N/100) - 1) * 10 s: the last window's requests
 * cannot start earlier. Wall time is reported as a ratio to it.
 */
import { mkdirSync, writeFileSync } from 'fs';
import { join } from 'path';

import { installIntoUserFolder } from '../e2e/installPackage';
import type { PackedPackage } from '../e2e/installPackage';
import { n8nCli, parseRun } from '../e2e/n8nProcess';
import type { N8nInstance } from '../e2e/n8nProcess';
import type { Sandbox } from '../sandbox/sandbox';

type Json = Record<string, unknown>;

const LIMIT_REQUESTS = 100;
const LIMIT_WINDOW_MS = 10_000;
const LATENCY_MS = 200;

export interface RateLimitBenchSetup {
	box: Sandbox;
	/** The first instance; a second one is made beside it for the two-process rows. */
	instance: N8nInstance;
	work: string;
	pack: PackedPackage;
	items: number;
	tenant: string;
	cippGet: (options: Json) => Json;
	httpGet: (cippUrl: string) => Json;
	/** Credentials as the bench imports them (the CIPP one first). */
	credentials: () => Json[];
}

/**
 * "Make N user names, then get each user": the names come from an expression, not from CIPP, so
 * every request the API client makes in the run is one of the N measured ones.
 */
function upnWorkflow(id: string, count: number, tenant: string, get: Json): Json {
	const names = `={{ Array.from({ length: ${count} }, (_, index) => 'user' + String(index + 1).padStart(5, '0') + '@${tenant}') }}`;
	return {
		id,
		name: id,
		active: false,
		settings: { executionOrder: 'v1' },
		connections: {
			Start: { main: [[{ node: 'Names', type: 'main', index: 0 }]] },
			Names: { main: [[{ node: 'Split', type: 'main', index: 0 }]] },
			Split: { main: [[{ node: 'Get', type: 'main', index: 0 }]] },
		},
		nodes: [
			{ id: `${id}-s`, name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
			{
				id: `${id}-n`,
				name: 'Names',
				type: 'n8n-nodes-base.set',
				typeVersion: 3.4,
				position: [200, 0],
				parameters: { assignments: { assignments: [{ id: 'upns', name: 'upns', type: 'array', value: names }] }, options: {} },
			},
			{
				id: `${id}-p`,
				name: 'Split',
				type: 'n8n-nodes-base.splitOut',
				typeVersion: 1,
				position: [400, 0],
				parameters: { fieldToSplitOut: 'upns', options: { destinationFieldName: 'userPrincipalName' } },
			},
			{ id: `${id}-g`, name: 'Get', position: [600, 0], onError: 'continueRegularOutput', ...get },
		],
	};
}

interface RowResult {
	startMs: number;
	endMs: number;
	items: number;
	failed: number;
}

interface Row {
	label: string;
	/** What the simulator counts a $batch call as, for this row. */
	simulatorBatchCountsEach: boolean;
	/** Settings written into the CIPP API credential for this row. */
	credential: Json;
	/** Workflow IDs run at once, one per n8n process. */
	workflows: string[];
}

/** The task data of the Get node: start, duration and items, from `n8n execute --rawOutput`. */
async function runWorkflow(instance: N8nInstance, id: string): Promise<RowResult> {
	const result = await n8nCli(instance, ['execute', `--id=${id}`, '--rawOutput'], {}, 1_800_000);
	const run = parseRun(result.stdout);
	if (!run) throw new Error(`${id}: no run output (exit ${result.code}) ${result.stderr.slice(-800)}${result.stdout.slice(-800)}`);
	const task = run.data.resultData.runData.Get?.[0] as { startTime?: number; executionTime?: number; data?: { main?: Array<Array<{ json: Json }>> } } | undefined;
	const items = task?.data?.main?.[0] ?? [];
	const startMs = task?.startTime ?? NaN;
	return {
		startMs,
		endMs: startMs + (task?.executionTime ?? NaN),
		items: items.length,
		// A node that failed as a whole returns no items: then every input item counts as failed.
		failed: task?.data ? items.filter((item) => item.json.error !== undefined).length : NaN,
	};
}

async function importCredentials(instance: N8nInstance, folder: string, credentials: Json[]): Promise<void> {
	const file = join(folder, 'credentials-rate.json');
	writeFileSync(file, JSON.stringify(credentials));
	const result = await n8nCli(instance, ['import:credentials', `--input=${file}`]);
	if (result.code !== 0) throw new Error(`import:credentials: ${result.stderr.slice(-800)}`);
}

async function importWorkflows(instance: N8nInstance, folder: string, workflows: Json[]): Promise<void> {
	const file = join(folder, 'workflows-rate.json');
	writeFileSync(file, JSON.stringify(workflows));
	const result = await n8nCli(instance, ['import:workflow', `--input=${file}`]);
	if (result.code !== 0) throw new Error(`import:workflow: ${result.stderr.slice(-800)}`);
}

function cell(cells: Array<string | number>, widths: number[]): string {
	return cells.map((value, index) => String(value).padEnd(widths[index])).join(' | ');
}

export async function rateLimitSection(setup: RateLimitBenchSetup): Promise<void> {
	const { box, instance, work, items, tenant, cippGet, httpGet } = setup;
	const workflow = (id: string, count: number, get: Json) => upnWorkflow(id, count, tenant, get);
	const half = Math.ceil(items / 2);
	const second: N8nInstance = {
		...instance,
		userFolder: join(work, 'user-second'),
		port: instance.port + 20,
		brokerPort: instance.brokerPort + 20,
	};
	mkdirSync(second.userFolder, { recursive: true });
	installIntoUserFolder(setup.pack, second.userFolder);

	const flows = [
		workflow('RateCippSeq', items, cippGet({ parallelRequests: 1 })),
		workflow('RateCippPar10', items, cippGet({ parallelRequests: 10 })),
		workflow('RateCippBatch', items, cippGet({ batchRequests: true, parallelRequests: 10 })),
		workflow('RateHttpDefault', items, httpGet(box.cipp.url)),
		workflow('RateHttpRetry', items, { ...httpGet(box.cipp.url), retryOnFail: true, onError: 'stopWorkflow' }),
		workflow('RateCippHalf', half, cippGet({ parallelRequests: 10 })),
	];
	await importWorkflows(instance, work, flows);
	await importWorkflows(second, work, flows);

	const limiter = (requests: number, batchCounting: 'each' | 'one'): Json => ({
		rateLimitRequests: requests,
		rateLimitWindowSeconds: LIMIT_WINDOW_MS / 1000,
		batchCounting,
	});
	const rows: Row[] = [
		{ label: 'CIPP node, sequential (k=1)', simulatorBatchCountsEach: true, credential: limiter(100, 'each'), workflows: ['RateCippSeq'] },
		{ label: 'CIPP node, k=10', simulatorBatchCountsEach: true, credential: limiter(100, 'each'), workflows: ['RateCippPar10'] },
		{ label: 'CIPP node, $batch k=10, CIPP counts each', simulatorBatchCountsEach: true, credential: limiter(100, 'each'), workflows: ['RateCippBatch'] },
		{ label: 'CIPP node, $batch k=10, CIPP counts 1', simulatorBatchCountsEach: false, credential: limiter(100, 'one'), workflows: ['RateCippBatch'] },
		{ label: 'HTTP Request node, defaults', simulatorBatchCountsEach: true, credential: limiter(100, 'each'), workflows: ['RateHttpDefault'] },
		{ label: 'HTTP Request node, Retry On Fail', simulatorBatchCountsEach: true, credential: limiter(100, 'each'), workflows: ['RateHttpRetry'] },
		{ label: '2 n8n processes, 100/10 s each', simulatorBatchCountsEach: true, credential: limiter(100, 'each'), workflows: ['RateCippHalf', 'RateCippHalf'] },
		{ label: '2 n8n processes, 50/10 s each', simulatorBatchCountsEach: true, credential: limiter(50, 'each'), workflows: ['RateCippHalf', 'RateCippHalf'] },
	];
	const only = process.env.BENCH_RATE_ONLY?.split(',').map((part) => Number(part.trim()));

	const physicalLimitS = ((Math.ceil(items / LIMIT_REQUESTS) - 1) * LIMIT_WINDOW_MS) / 1000;
	console.log(`\n## 6. ${items} "get user" items against CIPP's rate limit (${LIMIT_REQUESTS} per ${LIMIT_WINDOW_MS / 1000} s per API client, ${LATENCY_MS} ms per answer); physical limit ${physicalLimitS} s`);
	const widths = [42, 9, 7, 12, 6, 6];
	console.log(cell(['workload', 'wall (s)', 'ratio', 'failed/items', '429s', 'tokens'], widths));
	for (const [index, row] of rows.entries()) {
		if (only && !only.includes(index + 1)) continue;
		box.cipp.reset();
		box.cipp.lightLog = true;
		box.cipp.latencyMs = LATENCY_MS;
		box.cipp.rateLimit = { requests: LIMIT_REQUESTS, windowMs: LIMIT_WINDOW_MS, batchCountsEach: row.simulatorBatchCountsEach };
		const credentials = setup.credentials().map((credential, position) =>
			position === 0 ? { ...credential, data: { ...(credential.data as Json), ...row.credential } } : credential,
		);
		const instances = row.workflows.length === 1 ? [instance] : [instance, second];
		for (const target of instances) await importCredentials(target, target.userFolder, credentials);
		const tokensBefore = box.entra.tokenRequestCount;
		const results = await Promise.all(row.workflows.map(async (id, position) => await runWorkflow(instances[position], id)));
		const throttled = box.cipp.requests.filter((request) => request.status === 429).length;
		const wallS = (Math.max(...results.map((result) => result.endMs)) - Math.min(...results.map((result) => result.startMs))) / 1000;
		const itemsOut = results.reduce((sum, result) => sum + result.items, 0);
		const failed = results.reduce((sum, result) => sum + (Number.isNaN(result.failed) ? items / results.length : result.failed), 0);
		console.log(
			cell(
				[row.label, wallS.toFixed(2), (wallS / physicalLimitS).toFixed(3), `${failed}/${itemsOut || items}`, throttled, box.entra.tokenRequestCount - tokensBefore],
				widths,
			),
		);
	}
	box.cipp.rateLimit = undefined;
	box.cipp.latencyMs = 0;
}
