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
import { matrixVersions, runCompatSmoke } from './compat';
import { installIntoUserFolder, packPackage } from './installPackage';
import type { PackedPackage } from './installPackage';
import { REPO, n8nCli, outputOf, parseRun, startServer, stopServer } from './n8nProcess';
import type { N8nInstance, RunJson } from './n8nProcess';
import { IOT_CENTRAL_LIKE } from '../../test/harness/entraProtectedApi';
import {
	ALERT_WEBHOOK_PATH,
	EXAMPLE_IDS,
	HTTP_REQUEST_CIPP_CREDENTIAL,
	HTTP_REQUEST_IDS,
	TEST_WORKFLOWS,
	exampleWorkflows,
	REGISTERED_WORKFLOW_ID,
	httpRequestWorkflows,
	pollingWorkflow,
	registeredTriggerWorkflows,
} from './workflows';
import { runDeactivationChecks, runRegistrationChecks, seedNotificationSettings } from './registrationChecks';

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
	const run = await executeAnyStatus(instance, id);
	assert(run.status === 'success', `run status ${run.status}: ${JSON.stringify(run.data.resultData.error ?? {}).slice(0, 800)}`);
	return run;
}

async function executeAnyStatus(instance: N8nInstance, id: string): Promise<RunJson> {
	const result = await n8nCli(instance, ['execute', `--id=${id}`, '--rawOutput']);
	const run = parseRun(result.stdout);
	assert(run, `no run JSON from n8n execute (exit ${result.code}): ${(result.stderr + result.stdout).slice(-1500)}`);
	return run;
}

async function main(): Promise<void> {
	const suiteStarted = Date.now();
	const pack = packPackage();
	// One part stopping early (say, Chromium missing) still lets the other run.
	const part = async (name: string, body: () => Promise<void>) => {
		try {
			await body();
		} catch (error) {
			failed += 1;
			console.log(`FAIL - ${name} stopped early: ${(error as Error).stack ?? String(error)}`);
		}
	};
	if (process.env.E2E_SKIP_MAIN !== '1') await part('the main suite', async () => await mainSuite(pack));
	await part('the compatibility matrix', async () => await compatibilityMatrix(pack));
	console.log(`# e2e suite took ${((Date.now() - suiteStarted) / 1000).toFixed(0)}s`);
	for (const [name, ms] of timings.filter(([, spent]) => spent > 60_000)) console.log(`#   ${(ms / 1000).toFixed(0)}s ${name}`);
	console.log(`e2e: ${passed} passed, ${failed} failed`);
	process.exitCode = failed > 0 ? 1 : 0;
}

/**
 * The same smoke run on the oldest supported n8n of each major version and on the newest
 * (E2E_N8N_MATRIX overrides the list; empty skips it). Each runtime installs into its own folder.
 */
async function compatibilityMatrix(pack: PackedPackage): Promise<void> {
	const versions = matrixVersions();
	if (versions.length === 0) return;
	const work = mkdtempSync(join(tmpdir(), 'cipp-compat-'));
	const spent: string[] = [];
	try {
		for (const [index, version] of versions.entries()) {
			console.log(`# compatibility matrix: n8n ${version}`);
			const { installSeconds, smokeSeconds } = await runCompatSmoke({ version, pack, work, port: 5700 + index * 10, check, assert });
			spent.push(`n8n ${version}: runtime ${installSeconds.toFixed(0)}s, smoke ${smokeSeconds.toFixed(0)}s`);
		}
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
	console.log(`# compatibility matrix: ${spent.join('; ')}`);
}

async function mainSuite(pack: PackedPackage): Promise<void> {
	const runtimeStarted = Date.now();
	execFileSync('bash', [join(REPO, 'scripts', 'e2e', 'ensure-n8n.sh')], { stdio: 'inherit' });
	console.log(`# n8n runtime ready in ${((Date.now() - runtimeStarted) / 1000).toFixed(0)}s`);

	const work = mkdtempSync(join(tmpdir(), 'cipp-e2e-'));
	const instance: N8nInstance = { userFolder: join(work, 'user'), port: 5688, brokerPort: 5696, env: {} };
	let sandbox: Sandbox | undefined;
	let server: ChildProcess | undefined;
	try {
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
		const standIns = box.standInCredentials();
		const httpRequestCipp = { ...box.credential(), ...HTTP_REQUEST_CIPP_CREDENTIAL };
		writeFileSync(join(work, 'credentials.json'), JSON.stringify([box.credential(), box.webhookCredential(), httpRequestCipp, ...Object.values(standIns)]));
		const workflows = [
			...exampleWorkflows(box.ticketUrl),
			...Object.values(TEST_WORKFLOWS),
			pollingWorkflow(box.ticketUrl),
			...registeredTriggerWorkflows(box.ticketUrl),
			...httpRequestWorkflows({ cipp: box.cipp.url, cendaLike: box.cendaLike.url, iotCentralLike: box.iotCentralLike.url }, IOT_CENTRAL_LIKE.apiVersion),
		];
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

		// The CIPP API credential in n8n's HTTP Request node ("Predefined Credential Type"), for CIPP
		// and for other Entra-protected APIs. Grants are counted per scope on the Entra simulator.
		const grantsFor = (scope: string) => box.entra.tokenRequests.filter((request) => request.form.scope === scope);
		const cippScope = `api://${String((box.credential().data as Record<string, unknown>).clientId)}/.default`;

		await check('HTTP Request node + CIPP API credential: GET /api/ListLogs twice uses 1 token; after expiry CIPP sees 401 then 200 and 1 new grant', async () => {
			const grantsBefore = grantsFor(cippScope).length;
			box.cipp.requests.length = 0;
			for (let run = 0; run < 2; run += 1) {
				const rows = outputOf(await execute(instance, HTTP_REQUEST_IDS.cippListLogs), 'HTTP Request');
				assert(rows.length === box.cipp.data.logs.length && typeof rows[0]?.Message === 'string', `ListLogs rows: ${JSON.stringify(rows).slice(0, 300)}`);
			}
			const twoRuns = grantsFor(cippScope).length - grantsBefore;
			assert(twoRuns === 1, `token grants for 2 runs: ${twoRuns}`);
			box.entra.expireAllTokens();
			box.cipp.requests.length = 0;
			await execute(instance, HTTP_REQUEST_IDS.cippListLogs);
			const statuses = box.cipp.requests.map((request) => request.status);
			assert(JSON.stringify(statuses) === '[401,200]', `CIPP saw ${JSON.stringify(statuses)}`);
			const afterExpiry = grantsFor(cippScope).length - grantsBefore - twoRuns;
			assert(afterExpiry === 1, `token grants after expiry: ${afterExpiry}`);
			return `grants: ${twoRuns} for 2 runs, ${afterExpiry} after expiry (CIPP saw 401, 200)`;
		});

		await check('HTTP Request node + CIPP API credential for a Cenda-like Configuration API: token for <GatewayClientId>/.default from the permissions tenant, reused, refreshed once after "invalid_token"', async () => {
			const api = box.cendaLike;
			const tenantId = String((standIns.cendaLike.data as Record<string, unknown>).tenantId);
			for (let run = 0; run < 2; run += 1) {
				const rows = outputOf(await execute(instance, HTTP_REQUEST_IDS.cendaLike), 'HTTP Request');
				assert(rows.length === 1 && Array.isArray(rows[0].value) && (rows[0].value as unknown[]).length === 2, `configurations: ${JSON.stringify(rows).slice(0, 300)}`);
			}
			const grants = grantsFor(api.scope);
			assert(grants.length === 1 && grants[0].tenant === tenantId && grants[0].status === 200, `grants: ${JSON.stringify(grants.map((grant) => [grant.tenant, grant.status]))}`);
			assert(api.requests.every((request) => /^Bearer sim-/.test(request.authorization ?? '')), 'requests without a Bearer token');
			box.entra.expireAllTokens();
			api.requests.length = 0;
			await execute(instance, HTTP_REQUEST_IDS.cendaLike);
			assert(JSON.stringify(api.statuses) === '[401,200]', `API saw ${JSON.stringify(api.statuses)}`);
			const after = grantsFor(api.scope).length - 1;
			assert(after === 1, `grants after expiry: ${after}`);
			return `token URL <authority>/${tenantId}/oauth2/v2.0/token, scope ${api.scope}; grants: 1 for 2 runs, ${after} after expiry (API saw 401 invalid_token, 200)`;
		});

		await check('Cenda-like API with the secret ID pasted: Entra answers 400 invalid_client (AADSTS7000215); the node says to paste the secret value, not its ID, and does not mention CIPP', async () => {
			const before = box.entra.tokenRequests.length;
			const run = await executeAnyStatus(instance, HTTP_REQUEST_IDS.cendaLikeIdPasted);
			assert(run.status !== 'success', 'the run succeeded with a wrong secret');
			const failed = box.entra.tokenRequests.slice(before);
			assert(failed.length > 0 && failed.every((request) => request.status === 400 && request.errorCode === 7000215), `token requests: ${JSON.stringify(failed.map((request) => [request.status, request.errorCode]))}`);
			const error = run.data.resultData.runData['HTTP Request']?.[0]?.error ?? run.data.resultData.error;
			const said = `${error?.message ?? ''} ${(error as { description?: string } | undefined)?.description ?? ''}`;
			assert(/secret/i.test(said) && /value/i.test(said) && /\bID\b/.test(said) && /AADSTS7000215/.test(said), `message: ${said}`);
			assert(!/CIPP/i.test(said), `mentions CIPP: ${said}`);
			assert(box.cendaLike.requests.every((request) => request.authorization !== 'Bearer '), 'an empty token was sent to the API');
			return `${failed.length} token request(s), each 400; message: "${error?.message ?? ''}"`;
		});

		await check('HTTP Request node + CIPP API credential for an IoT Central-like API: GET /api/devices?api-version=2022-07-31 with Authorization: Bearer <token>', async () => {
			const api = box.iotCentralLike;
			const devices = outputOf(await execute(instance, HTTP_REQUEST_IDS.iotCentralLike), 'HTTP Request');
			await execute(instance, HTTP_REQUEST_IDS.iotCentralLike);
			const list = devices[0]?.value as Array<{ id: string }> | undefined;
			assert(list?.map((device) => device.id).join(',') === 'thermostat-01,thermostat-02', `devices: ${JSON.stringify(devices).slice(0, 300)}`);
			const [first] = api.requests;
			assert(first.path === '/api/devices' && first.query['api-version'] === IOT_CENTRAL_LIKE.apiVersion, `request ${first.path} ${JSON.stringify(first.query)}`);
			assert(/^Bearer sim-/.test(first.authorization ?? ''), `Authorization: ${String(first.authorization).slice(0, 12)}…`);
			const grants = grantsFor(api.scope).length;
			assert(grants === 1, `grants: ${grants}`);
			return `scope ${api.scope}; grants: ${grants} for 2 runs; API saw ${JSON.stringify(api.statuses)}`;
		});

		const POLLING_ID = pollingWorkflow(box.ticketUrl).id as string;
		const ONBOARDING_FORM_ID = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d'; // webhookId of the example's form trigger
		const triggerUrl = `http://127.0.0.1:${instance.port}${ALERT_WEBHOOK_PATH}`;
		await check('publish the webhook and polling workflows and start n8n', async () => {
			seedNotificationSettings(box);
			for (const id of [EXAMPLE_IDS.alertToTicket, EXAMPLE_IDS.offboard, EXAMPLE_IDS.onboard, POLLING_ID, REGISTERED_WORKFLOW_ID]) {
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

		await runRegistrationChecks({ instance, box, check, assert });

		let owner: { email: string; password: string } | undefined;
		if (process.env.E2E_SKIP_BROWSER !== '1') {
			owner = await runBrowserCheck({ instance, sandbox: box, check, assert, screenshotsDir: join(REPO, '.e2e-artifacts') });
		}
		await runDeactivationChecks({ instance, box, check, assert, owner });
	} finally {
		await stopServer(server);
		await sandbox?.stop();
		rmSync(work, { recursive: true, force: true });
	}
	console.log(`# main suite on n8n 2.41.1 took ${((Date.now() - runtimeStarted) / 1000).toFixed(0)}s`);
}

main().catch((error: Error) => {
	console.error(error.stack ?? error.message);
	console.log(`e2e: ${passed} passed, ${failed + 1} failed`);
	process.exitCode = 1;
});
