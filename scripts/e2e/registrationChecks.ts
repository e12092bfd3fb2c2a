/* eslint-disable @n8n/community-nodes/no-restricted-globals -- dev tooling: runs in Node on a developer machine or in CI, never inside n8n */
import type { Sandbox } from '../sandbox/sandbox';
import { SANDBOX } from '../sandbox/sandbox';
import type { N8nInstance } from './n8nProcess';
import { REGISTERED_REPLACING_ID, REGISTERED_WORKFLOW_ID } from './workflows';

/**
 * The CIPP Trigger's self-registration in a running n8n: activation points the sandbox CIPP's
 * notification settings at the trigger and keeps the rest, CIPP's own test notification starts
 * one execution, bodies that are not clean JSON still start one, deactivation puts the settings
 * back, and another webhook that uses a secret is replaced only when the workflow says so.
 */

type Check = (name: string, body: () => Promise<string | void>) => Promise<void>;
type Assert = (condition: unknown, message: string) => asserts condition;

const EXISTING = { email: 'alerts@msp.example', webhook: 'https://psa.example/cipp-hook', severity: ['Alert', 'Critical'], logs: ['Standards', 'Updates'] };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Settings as an MSP would have made them in CIPP, before n8n activates anything. */
export function seedNotificationSettings(box: Sandbox): void {
	box.cipp.notifications.seed({ ...EXISTING, authType: 'none' });
}

/** A token of the sandbox's API client, to call the simulated CIPP the way any API client does. */
async function cippToken(box: Sandbox): Promise<string> {
	const form = new URLSearchParams({
		grant_type: 'client_credentials',
		client_id: SANDBOX.clientId,
		client_secret: SANDBOX.clientSecret,
		scope: `api://${SANDBOX.clientId}/.default`,
	});
	const answer = await fetch(`${box.entra.url}/${SANDBOX.partnerTenant}/oauth2/v2.0/token`, { method: 'POST', body: form });
	return ((await answer.json()) as { access_token: string }).access_token;
}

async function sendTestNotification(box: Sandbox, text: string): Promise<string> {
	const answer = await fetch(`${box.cipp.url}/api/ExecAddAlert`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${await cippToken(box)}` },
		body: JSON.stringify({ text, sendWebhookNow: true }),
	});
	return JSON.stringify(await answer.json());
}

async function waitFor<T>(read: () => T, done: (value: T) => boolean, ms = 30_000): Promise<T> {
	const deadline = Date.now() + ms;
	let value = read();
	while (!done(value) && Date.now() < deadline) {
		await sleep(250);
		value = read();
	}
	return value;
}

/** The checks that need only the running n8n (the workflow was published before it started). */
export async function runRegistrationChecks(options: { instance: N8nInstance; box: Sandbox; check: Check; assert: Assert }): Promise<void> {
	const { instance, box, check } = options;
	const assert: Assert = options.assert;
	const registered = () => box.tickets.filter((ticket) => String(ticket.subject).startsWith('[Registered]'));

	await check('activation registers the CIPP Trigger in CIPP: webhook URL, standardized schema and a secret header; email, severities and log types kept', async () => {
		const settings = await waitFor(() => box.cipp.notifications.list(), (value) => String(value.webhook).includes(`:${instance.port}/webhook/`));
		assert(String(settings.webhook).includes(`:${instance.port}/webhook/`), `webhook is ${String(settings.webhook)}`);
		assert(settings.email === EXISTING.email && JSON.stringify(settings.Severity) === JSON.stringify(EXISTING.severity), JSON.stringify(settings));
		assert(EXISTING.logs.every((log) => (settings.logsToInclude as string[]).includes(log)), `log types ${JSON.stringify(settings.logsToInclude)}`);
		assert(settings.UseStandardizedSchema === true && settings.webhookAuthType === 'apikey' && settings.webhookAuthHeaderValue === 'SentToKeyVault', JSON.stringify(settings));
		return `CIPP now posts to ${String(settings.webhook)}`;
	});

	await check("CIPP's test notification (ExecAddAlert with sendWebhookNow) starts one execution of the registered trigger", async () => {
		const before = registered().length;
		const answer = await sendTestNotification(box, 'registered in CIPP');
		const tickets = await waitFor(registered, (list) => list.length > before);
		await sleep(1500);
		assert(registered().length === before + 1, `tickets: ${registered().length - before}; CIPP said ${answer}`);
		assert(tickets.at(-1)?.text === 'registered in CIPP', JSON.stringify(tickets.at(-1)));
		return answer;
	});

	await check('bodies that are not clean JSON (a preamble, an empty value, plain text) each start one execution; invalid JSON sent as application/json is refused by n8n (422)', async () => {
		const target = box.cipp.notifications.target();
		assert(target, 'no webhook configured');
		const post = async (body: string, contentType: string) =>
			(await fetch(target.url, { method: 'POST', headers: { ...target.headers, 'Content-Type': contentType }, body })).status;
		const envelope = JSON.stringify({ schemaVersion: '1.0', source: 'Alert', title: 'Preamble test', tenant: 'contoso.onmicrosoft.com', generatedAt: new Date().toISOString(), alertCount: 1, payload: [{ Text: 'after a preamble' }] });
		const before = registered().length;
		const statuses = [
			await post(`CIPP Alert for contoso\n${envelope}`, 'text/plain'),
			await post('{"Title":"Empty value test","Text":"empty value","addedFields": ,}', 'text/plain'),
			await post('Mailbox full for jane@contoso.com', 'text/plain'),
		];
		assert(statuses.every((status) => status === 200), `statuses ${statuses.join(', ')}`);
		await waitFor(registered, (list) => list.length >= before + 3);
		await sleep(1500);
		assert(registered().length === before + 3, `tickets: ${registered().length - before}`);
		const refused = await post(`prose\n${envelope}`, 'application/json');
		return `3 executions; application/json with a preamble: ${refused}`;
	});
}

/** Logs in as the owner (set up by the editor check, or here) and returns REST call helpers. */
async function ownerSession(base: string, owner: { email: string; password: string } | undefined) {
	const headers = { 'Content-Type': 'application/json', 'browser-id': 'cipp-e2e' };
	const login = owner ?? { email: 'owner@example.com', password: `Reg-${Date.now()}-X9a` };
	if (!owner) {
		const setup = await fetch(`${base}/rest/owner/setup`, { method: 'POST', headers, body: JSON.stringify({ email: login.email, firstName: 'Olive', lastName: 'Owner', password: login.password }) });
		if (setup.status !== 200) throw new Error(`owner setup: ${setup.status} ${(await setup.text()).slice(0, 300)}`);
	}
	const answer = await fetch(`${base}/rest/login`, { method: 'POST', headers, body: JSON.stringify({ emailOrLdapLoginId: login.email, password: login.password }) });
	if (answer.status !== 200) throw new Error(`login: ${answer.status} ${(await answer.text()).slice(0, 300)}`);
	const cookie = (answer.headers.get('set-cookie') ?? '').split(';')[0];
	const rest = async (method: 'GET' | 'POST', path: string, body?: object) => {
		const response = await fetch(`${base}/rest${path}`, { method, headers: { ...headers, cookie }, body: body ? JSON.stringify(body) : undefined });
		return { status: response.status, text: await response.text() };
	};
	return {
		deactivate: async (id: string) => await rest('POST', `/workflows/${id}/deactivate`, {}),
		// Activation publishes a version of the workflow: the editor sends the current one.
		activate: async (id: string) => {
			const current = JSON.parse((await rest('GET', `/workflows/${id}`)).text) as { data?: { versionId?: string } };
			return await rest('POST', `/workflows/${id}/activate`, { versionId: current.data?.versionId });
		},
	};
}

/** The checks that deactivate and activate through n8n's REST API, as the editor's switch does. */
export async function runDeactivationChecks(options: {
	instance: N8nInstance;
	box: Sandbox;
	check: Check;
	assert: Assert;
	owner?: { email: string; password: string };
}): Promise<void> {
	const { instance, box, check } = options;
	const assert: Assert = options.assert;
	const base = `http://127.0.0.1:${instance.port}`;
	let call: Awaited<ReturnType<typeof ownerSession>> | undefined;

	await check('deactivating the workflow puts CIPP\'s previous webhook and auth type back', async () => {
		call = await ownerSession(base, options.owner);
		const answer = await call.deactivate(REGISTERED_WORKFLOW_ID);
		assert(answer.status === 200, `deactivate: ${answer.status} ${answer.text.slice(0, 300)}`);
		const settings = await waitFor(() => box.cipp.notifications.list(), (value) => value.webhook === EXISTING.webhook);
		assert(settings.webhook === EXISTING.webhook && settings.webhookAuthType === 'none' && settings.email === EXISTING.email, JSON.stringify(settings));
	});

	await check('another webhook with a secret is not replaced: activation writes nothing to CIPP; with "Replace the Existing Webhook" on it is replaced and later restored', async () => {
		assert(call, 'no owner session');
		box.cipp.notifications.seed({ ...EXISTING, authType: 'bearer', secrets: { webhookAuthToken: 'psa-token' } });
		// n8n 2.x answers the activation request at once and activates in the background, recording
		// a failure as the workflow's activation error (the editor shows it on the workflow).
		box.cipp.requests.length = 0;
		// n8n 2.41 answers the activation request with 200, keeps retrying the failed webhook setup in
		// the background and shows the error in the editor: the outcome is read from what CIPP was
		// sent and how its settings look.
		const refused = await call.activate(REGISTERED_WORKFLOW_ID);
		await waitFor(() => box.cipp.callsTo('ListNotificationConfig').length, (reads) => reads > 0);
		await sleep(3000);
		assert(box.cipp.callsTo('ListNotificationConfig').length > 0, 'the trigger never read the notification settings');
		assert(box.cipp.callsTo('ExecNotificationConfig').length === 0, 'the notification settings were written although activation was refused');
		assert(box.cipp.notifications.list().webhook === EXISTING.webhook, 'CIPP was changed although activation was refused');
		const stopRetrying = await call.deactivate(REGISTERED_WORKFLOW_ID);
		assert(stopRetrying.status === 200 && box.cipp.callsTo('ExecNotificationConfig').length === 0, `deactivate: ${stopRetrying.status}`);
		const replaced = await call.activate(REGISTERED_REPLACING_ID);
		assert(replaced.status === 200, `activate with Replace: ${replaced.status} ${replaced.text.slice(0, 300)}`);
		const pointed = await waitFor(() => box.cipp.notifications.list(), (value) => String(value.webhook).includes(`:${instance.port}/webhook/`));
		assert(String(pointed.webhook).includes(`:${instance.port}/webhook/`), JSON.stringify(pointed));
		const back = await call.deactivate(REGISTERED_REPLACING_ID);
		assert(back.status === 200, `deactivate: ${back.status}`);
		const restored = await waitFor(() => box.cipp.notifications.list(), (value) => value.webhook === EXISTING.webhook);
		assert(restored.webhookAuthType === 'bearer' && restored.webhookAuthToken === 'SentToKeyVault', JSON.stringify(restored));
		assert(box.cipp.notifications.target()?.headers.Authorization === 'Bearer psa-token', 'the PSA webhook lost its token');
		return `refused (activation answered ${refused.status}; CIPP read ${box.cipp.callsTo('ListNotificationConfig').length} times, written 0 times before Replace); replaced and restored with the bearer token intact`;
	});
}
