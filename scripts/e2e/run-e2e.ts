/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-dangerous-functions, no-console -- dev tooling: runs in Node on a developer machine or in CI, never inside n8n; it starts processes (n8n, node) on purpose */
/**
 * End-to-end suite: the packed package inside a real, pinned n8n (CLI and server) against the
 * sandbox (loopback Entra + CIPP simulators). Run with `npm run test:e2e` after `npm run build`.
 * Prints one line per check and closes with "e2e: N passed, N failed".
 */
import { execFileSync } from 'child_process';
import type { ChildProcess } from 'child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

import { SANDBOX, startSandbox } from '../sandbox/sandbox';
import type { Sandbox } from '../sandbox/sandbox';
import { runBrowserCheck } from './browserCheck';
import { installIntoUserFolder, packPackage } from './installPackage';
import { REPO, n8nCli, outputOf, parseRun, startServer, stopServer } from './n8nProcess';
import type { N8nInstance, RunJson } from './n8nProcess';
import { EXAMPLE_IDS, TEST_WORKFLOWS, exampleWorkflows, pollingWorkflow } from './workflows';

let passed = 0;
let failed = 0;
const timings: Array<[string, number]> = [];

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
	timings.push([name, Date.now() - started]);
}

function assert(condition: unknown, message: string): asserts condition {
	if (!condition) throw new Error(message);
}

async function execute(instance: N8nInstance, id: string): Promise<RunJson> {
	const result = await n8nCli(instance, ['execute', `--id=${id}`, '--rawOutput']);
	const run = parseRun(result.stdout);
	assert(run, `no run JSON from n8n execute (exit ${result.code}): ${(result.stderr + result.stdout).slice(-1500)}`);
	assert(run.status === 'success', `run status ${run.status}: ${JSON.stringify(run.data.resultData.error ?? {}).slice(0, 800)}`);
	return run;
}

async function main(): Promise<void> {
	const suiteStarted = Date.now();
	const runtimeStarted = Date.now();
	execFileSync('bash', [join(REPO, 'scripts', 'e2e', 'ensure-n8n.sh')], { stdio: 'inherit' });
	console.log(`# n8n runtime ready in ${((Date.now() - runtimeStarted) / 1000).toFixed(0)}s`);

	const work = mkdtempSync(join(tmpdir(), 'cipp-e2e-'));
	const instance: N8nInstance = { userFolder: join(work, 'user'), port: 5688, brokerPort: 5696, env: {} };
	let sandbox: Sandbox | undefined;
	let server: ChildProcess | undefined;
	try {
		const pack = packPackage();
		await check('npm pack ships only dist/, README.md, LICENSE and package.json', async () => {
			const unexpected = pack.files.filter((file) => !/^(dist\/|README\.md$|LICENSE$|package\.json$)/.test(file));
			assert(unexpected.length === 0, `unexpected files: ${unexpected.join(', ')}`);
			for (const needed of ['dist/nodes/Cipp/Cipp.node.js', 'dist/nodes/CippTrigger/CippTrigger.node.js', 'dist/credentials/CippApi.credentials.js', 'dist/nodes/Cipp/cipp.svg', 'dist/nodes/Cipp/Cipp.node.json']) {
				assert(pack.files.includes(needed), `missing ${needed}`);
			}
			assert(!pack.files.some((file) => file.startsWith('dist/') && /test|\.ts$/.test(file.replace(/\.d\.ts$/, ''))), 'test or TypeScript sources in dist');
			return `${pack.files.length} files`;
		});
		installIntoUserFolder(pack, instance.userFolder);

		sandbox = await startSandbox();
		const box = sandbox;
		writeFileSync(join(work, 'credentials.json'), JSON.stringify([box.credential()]));
		const workflows = [...exampleWorkflows(box.ticketUrl), ...Object.values(TEST_WORKFLOWS), pollingWorkflow(box.ticketUrl)];
		writeFileSync(join(work, 'workflows.json'), JSON.stringify(workflows));

		await check('the packed package loads as a community package: both nodes and the credential are registered', async () => {
			const out = join(work, 'nodes.json');
			const result = await n8nCli(instance, ['export:nodes', `--output=${out}`]);
			assert(result.code === 0, `export:nodes failed: ${result.stderr.slice(-800)}`);
			const exported = execFileSync('node', ['-e', `const n=require(${JSON.stringify(out)});console.log(JSON.stringify(n.map(x=>x.name).filter(x=>x.startsWith('n8n-nodes-cipp-api'))))`], { encoding: 'utf8' });
			const names = JSON.parse(exported) as string[];
			assert(names.includes('n8n-nodes-cipp-api.cipp') && names.includes('n8n-nodes-cipp-api.cippTrigger'), `registered: ${names.join(', ')}`);
			return names.join(', ');
		});

		await check('import the sandbox credential and the workflows', async () => {
			const credentials = await n8nCli(instance, ['import:credentials', `--input=${join(work, 'credentials.json')}`]);
			assert(credentials.code === 0, `import:credentials: ${credentials.stderr.slice(-800)}`);
			const imported = await n8nCli(instance, ['import:workflow', `--input=${join(work, 'workflows.json')}`]);
			assert(imported.code === 0, `import:workflow: ${imported.stderr.slice(-800)}`);
			return `${workflows.length} workflows`;
		});

		await check('the tenant list loads through the real n8n (credential imported and decrypted by n8n)', async () => {
			const run = await execute(instance, TEST_WORKFLOWS.tenants.id as string);
			const tenants = outputOf(run, 'CIPP');
			assert(tenants.length === box.cipp.data.tenants.length, `got ${tenants.length} tenants`);
			assert(tenants.every((tenant) => typeof tenant.defaultDomainName === 'string'), 'tenant rows lack defaultDomainName');
			assert(box.entra.tokenRequestCount === 1, `token requests: ${box.entra.tokenRequestCount}`);
		});

		await check('a second execution reuses the token stored in n8n\'s database (still 1 token request)', async () => {
			await execute(instance, TEST_WORKFLOWS.tenants.id as string);
			assert(box.entra.tokenRequestCount === 1, `token requests: ${box.entra.tokenRequestCount}`);
		});

		await check('Return All follows Graph paging across pages', async () => {
			box.cipp.requests.length = 0;
			const run = await execute(instance, TEST_WORKFLOWS.paging.id as string);
			const users = outputOf(run, 'CIPP');
			assert(users.length === 25, `got ${users.length} users`);
			const pages = box.cipp.callsTo('ListGraphRequest');
			assert(pages.length === 3, `expected 3 pages, got ${pages.length}`);
			assert(pages.every((page) => page.query.manualPagination === 'true'), 'manualPagination not sent');
			assert(pages.slice(1).every((page) => String(page.query.nextLink).startsWith('https://graph.microsoft.com/')), 'nextLink not followed');
		});

		await check('continue-on-fail: 3 items in, 3 out, the bad one paired with its input', async () => {
			const run = await execute(instance, TEST_WORKFLOWS.continueOnFail.id as string);
			const items = run.data.resultData.runData.Reset?.[0]?.data?.main?.[0] ?? [];
			assert(items.length === 3, `got ${items.length} items`);
			assert(String(items[1].json.error).includes('nobody@contoso.onmicrosoft.com'), `item 1: ${JSON.stringify(items[1].json)}`);
			assert(items[0].json.success === true && items[2].json.success === true, 'good items failed');
			assert(JSON.stringify(items.map((item) => item.pairedItem)) === JSON.stringify([{ item: 0 }, { item: 1 }, { item: 2 }]), `pairing ${JSON.stringify(items.map((item) => item.pairedItem))}`);
		});

		await check('example "new-user onboarding" creates the user with {value,label} fields', async () => {
			box.cipp.requests.length = 0;
			const run = await execute(instance, EXAMPLE_IDS.onboard);
			const details = outputOf(run, 'Welcome Details');
			assert(details.length === 2 && details[0].value === 'ada.lovelace@contoso.onmicrosoft.com', `output ${JSON.stringify(details)}`);
			const [call] = box.cipp.callsTo('AddUser');
			assert(call && call.violations.length === 0, `violations: ${call?.violations.join('; ')}`);
			const body = call.body as Record<string, unknown>;
			assert(JSON.stringify(body.usageLocation) === '{"value":"GB","label":"GB"}', `usageLocation ${JSON.stringify(body.usageLocation)}`);
			assert(Array.isArray(body.licenses), 'licenses not a list');
		});

		await check('example "offboard a user" (test path) sends users as {value,label} and the switches as true', async () => {
			box.cipp.requests.length = 0;
			const run = await execute(instance, EXAMPLE_IDS.offboard);
			assert(outputOf(run, 'Offboard User').length === 1, 'no offboarding result');
			const [call] = box.cipp.callsTo('ExecOffboardUser');
			const body = call.body as Record<string, unknown>;
			assert(call.violations.length === 0, call.violations.join('; '));
			assert(JSON.stringify(body.user) === '[{"value":"user00004@contoso.onmicrosoft.com","label":"user00004@contoso.onmicrosoft.com"}]', `user ${JSON.stringify(body.user)}`);
			assert(body.ConvertToShared === true && body.RemoveLicenses === true, 'switches not sent as true');
		});

		await check('example "nightly license report" waits for the All Tenants queue and builds the CSV', async () => {
			const run = await execute(instance, EXAMPLE_IDS.licenseReport);
			const rows = outputOf(run, 'Report Rows');
			assert(rows.length === box.cipp.data.tenants.length * 3, `got ${rows.length} rows`);
			const csv = run.data.resultData.runData['CSV Report']?.[0]?.data?.main?.[0]?.[0] as { binary?: Record<string, unknown> } | undefined;
			assert(csv?.binary?.data, 'no CSV file');
		});

		await check('an expired token is refreshed once and the run succeeds', async () => {
			box.entra.expireAllTokens();
			const before = box.entra.tokenRequestCount;
			box.cipp.requests.length = 0;
			await execute(instance, TEST_WORKFLOWS.tenants.id as string);
			assert(box.entra.tokenRequestCount === before + 1, `token requests ${before} -> ${box.entra.tokenRequestCount}`);
			const statuses = box.cipp.requests.map((request) => request.status);
			assert(JSON.stringify(statuses) === '[401,200]', `CIPP saw ${JSON.stringify(statuses)}`);
		});

		const POLLING_ID = pollingWorkflow(box.ticketUrl).id as string;
		const ONBOARDING_FORM_ID = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d'; // webhookId of the example's form trigger
		const triggerUrl = `http://127.0.0.1:${instance.port}/webhook/9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b/cipp`;
		await check('publish the webhook and polling workflows and start n8n', async () => {
			for (const id of [EXAMPLE_IDS.alertToTicket, EXAMPLE_IDS.offboard, EXAMPLE_IDS.onboard, POLLING_ID]) {
				const result = await n8nCli(instance, ['publish:workflow', `--id=${id}`]);
				assert(result.code === 0, `publish ${id}: ${result.stderr.slice(-500)}`);
			}
			server = await startServer(instance);
			// n8n activates published workflows in the background after it reports ready.
			const deadline = Date.now() + 90_000;
			let status = 0;
			while (Date.now() < deadline) {
				status = (await fetch(triggerUrl, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' })).status;
				if (status !== 404) break;
				await new Promise((resolve) => setTimeout(resolve, 500));
			}
			assert(status === 401, `CIPP Trigger webhook not active (last status ${status})`);
			await new Promise((resolve) => setTimeout(resolve, 2000));
		});

		const notification = {
			schemaVersion: '1.0',
			source: 'Audit Log Alert',
			invoking: 'Start-AuditLogProcessingOrchestrator',
			title: 'New inbox rule forwarding externally',
			tenant: 'contoso.onmicrosoft.com',
			generatedAt: new Date().toISOString(),
			alertCount: 1,
			payload: [{ Title: 'New inbox rule forwarding externally', RawData: { Operation: 'New-InboxRule' } }],
		};

		await check('CIPP Trigger refuses a notification without the bearer token (401, nothing started)', async () => {
			const answer = await fetch(triggerUrl, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(notification) });
			assert(answer.status === 401, `status ${answer.status}`);
			await new Promise((resolve) => setTimeout(resolve, 1500));
			assert(box.tickets.length === 0, `tickets: ${box.tickets.length}`);
		});

		await check('CIPP Trigger with the right token starts "alert to ticket" and the ticket is created', async () => {
			const answer = await fetch(triggerUrl, {
				method: 'POST',
				headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${SANDBOX.webhookToken}` },
				body: JSON.stringify(notification),
			});
			assert(answer.status === 200, `status ${answer.status}`);
			const deadline = Date.now() + 30_000;
			while (box.tickets.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 250));
			assert(box.tickets.length === 1, `tickets: ${box.tickets.length}`);
			const ticket = box.tickets[0];
			assert(ticket.subject === '[Audit Log Alert] New inbox rule forwarding externally' && ticket.priority === 'high', JSON.stringify(ticket));
		});

		await check('the offboarding webhook runs CIPP offboarding for the posted user', async () => {
			box.cipp.requests.length = 0;
			const answer = await fetch(`http://127.0.0.1:${instance.port}/webhook/cipp-offboard-user`, {
				method: 'POST',
				headers: { 'Content-Type': 'application/json' },
				body: JSON.stringify({ tenant: 'fabrikam.onmicrosoft.com', upn: 'user00002@fabrikam.onmicrosoft.com', forwardTo: 'user00001@fabrikam.onmicrosoft.com' }),
			});
			assert(answer.status === 200, `status ${answer.status}`);
			const deadline = Date.now() + 30_000;
			while (box.cipp.callsTo('ExecOffboardUser').length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 250));
			const [call] = box.cipp.callsTo('ExecOffboardUser');
			assert(call, 'CIPP never received ExecOffboardUser');
			assert(call.tenant === 'fabrikam.onmicrosoft.com' && call.violations.length === 0, `tenant ${call.tenant}; ${call.violations.join('; ')}`);
		});

		await check('example "new-user onboarding": a submitted form creates the user through CIPP', async () => {
			box.cipp.requests.length = 0;
			// The form's fields in order: first name, last name, tenant, usage location.
			const form = new FormData();
			for (const [index, value] of ['Grace', 'Hopper', 'fabrikam.onmicrosoft.com', 'US'].entries()) form.append(`field-${index}`, value);
			const answer = await fetch(`http://127.0.0.1:${instance.port}/form/${ONBOARDING_FORM_ID}`, { method: 'POST', body: form });
			assert(answer.status === 200, `form answer ${answer.status}: ${(await answer.text()).slice(0, 300)}`);
			const deadline = Date.now() + 30_000;
			while (box.cipp.callsTo('AddUser').length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 250));
			const [call] = box.cipp.callsTo('AddUser');
			assert(call, 'CIPP never received AddUser');
			const body = call.body as Record<string, unknown>;
			assert(call.violations.length === 0, `violations: ${call.violations.join('; ')}`);
			assert(body.username === 'grace.hopper' && JSON.stringify(body.usageLocation) === '{"value":"US","label":"US"}', JSON.stringify(body));
			assert(call.tenant === 'fabrikam.onmicrosoft.com', `tenant ${call.tenant}`);
			return `AddUser for ${String(body.username)}@${String(call.tenant)}`;
		});

		await check('the polling trigger, active in n8n, emits a new logbook entry once and never the older one', async () => {
			const logbookTickets = () => box.tickets.filter((ticket) => String(ticket.subject).startsWith('[Logbook]'));
			// Activation polled once and stored its cursor; the seeded entry from an hour ago stays quiet.
			assert(logbookTickets().length === 0, `older entry replayed: ${JSON.stringify(logbookTickets())}`);
			const now = new Date().toISOString();
			box.cipp.data.logs.push(
				{ DateTime: now, RowKey: 'e2e-log-info', Severity: 'Info', Message: 'Standards run finished', Tenant: 'contoso.onmicrosoft.com', API: 'Standards' },
				{ DateTime: now, RowKey: 'e2e-log-error', Severity: 'Error', Message: 'Failed to apply standard AuditLog', Tenant: 'contoso.onmicrosoft.com', API: 'Standards' },
			);
			// n8n polls once a minute (its minimum); allow one full minute plus the run.
			const deadline = Date.now() + 90_000;
			while (logbookTickets().length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 500));
			await new Promise((resolve) => setTimeout(resolve, 1000));
			const tickets = logbookTickets();
			assert(tickets.length === 1 && tickets[0].rowKey === 'e2e-log-error', `logbook tickets: ${JSON.stringify(tickets)}`);
			const polls = box.cipp.callsTo('ListLogs');
			assert(polls.length > 0 && polls.every((call) => call.violations.length === 0), `ListLogs polls: ${polls.length}, violations: ${polls.flatMap((call) => call.violations).join('; ')}`);
			return `ticket "${String(tickets[0].subject)}"`;
		});

		if (process.env.E2E_SKIP_BROWSER !== '1') {
			await runBrowserCheck({ instance, sandbox: box, check, assert, screenshotsDir: join(REPO, '.e2e-artifacts') });
		}
	} finally {
		await stopServer(server);
		await sandbox?.stop();
		rmSync(work, { recursive: true, force: true });
	}
	console.log(`# e2e suite took ${((Date.now() - suiteStarted) / 1000).toFixed(0)}s`);
	console.log(`e2e: ${passed} passed, ${failed} failed`);
	process.exitCode = failed > 0 ? 1 : 0;
}

main().catch((error: Error) => {
	console.error(error.stack ?? error.message);
	console.log(`e2e: ${passed} passed, ${failed + 1} failed`);
	process.exitCode = 1;
});
