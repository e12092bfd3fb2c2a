import type { ICredentialTestFunctions, INodeParameters } from 'n8n-workflow';

import { startHarness } from './harness/fixture';
import type { Harness } from './harness/fixture';
import type { WebhookHost } from './harness/webhookHost';
import { standardized, testMessage } from './fixtures/notifications';

/**
 * CIPP Trigger version 2: webhook secrets in a credential, self-registration in CIPP's
 * notification settings, and intake of bodies that are not clean JSON.
 */

const TRIGGER = 'n8n-nodes-cipp-api.cippTrigger';
const HOOK_CREDENTIAL = 'hook-1';
let h: Harness;
let host: WebhookHost | undefined;

beforeAll(async () => {
	h = await startHarness();
});
afterAll(async () => await h.close());
beforeEach(() => {
	h.reset();
	for (const key of Object.keys(h.runner.staticData)) delete h.runner.staticData[key];
});
afterEach(async () => {
	await host?.stop();
	host = undefined;
});

async function send(body: string, headers: Record<string, string>, url = host!.url): Promise<{ status: number; text: string }> {
	const response = await fetch(url, { method: 'POST', headers, body });
	return { status: response.status, text: await response.text() };
}

async function serve(parameters: INodeParameters): Promise<WebhookHost> {
	host = await h.runner.hostWebhook(TRIGGER, parameters, { webhookCredentialId: HOOK_CREDENTIAL });
	return host;
}

describe('webhook secrets in a CIPP Webhook Auth credential', () => {
	const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
	const cases: Array<[string, Record<string, string>, Record<string, string>, Array<Record<string, string>>]> = [
		['bearer', { authType: 'bearer', token: 'tok-9c1d' }, { Authorization: 'Bearer tok-9c1d' }, [{}, { Authorization: 'Bearer tok-9c1e' }]],
		['basic', { authType: 'basic', username: 'cipp', password: 'pw-21' }, { Authorization: basic('cipp', 'pw-21') }, [{}, { Authorization: basic('cipp', 'pw-22') }]],
		['header', { authType: 'header', headerName: 'X-CIPP-Key', headerSecret: 'key-5' }, { 'X-CIPP-Key': 'key-5' }, [{}, { 'X-CIPP-Key': 'key-6' }]],
	];

	test.each(cases)('%s: the right secret starts one execution, a wrong one gets 401 and starts nothing', async (_type, credential, good, bad) => {
		h.runner.saveCredential(HOOK_CREDENTIAL, credential);
		await serve({});
		for (const headers of bad) {
			const answer = await send(JSON.stringify(testMessage), { 'Content-Type': 'application/json', ...headers });
			expect(answer.status).toBe(401);
			expect(answer.text).not.toMatch(/tok-9c1d|pw-21|key-5/);
		}
		expect(host!.executions).toHaveLength(0);
		expect((await send(JSON.stringify(testMessage), { 'Content-Type': 'application/json', ...good })).status).toBe(200);
		expect(host!.executions).toHaveLength(1);
	});

	test('no secret is a node parameter any more', () => {
		const properties = h.runner.nodeType(TRIGGER, 2).description.properties;
		expect(properties.filter((property) => property.typeOptions?.password)).toEqual([]);
	});

	test("the credential's test says what is missing", async () => {
		const check = h.runner.nodeType(TRIGGER, 2).methods?.credentialTest?.checkWebhookAuth;
		const verdict = async (data: Record<string, string>) =>
			await check!.call({} as ICredentialTestFunctions, { id: 'x', name: 'x', type: 'cippWebhookAuthApi', data });
		expect(await verdict({ authType: 'basic', username: 'cipp', password: '' })).toMatchObject({ status: 'Error', message: expect.stringMatching(/'Password'/) });
		expect(await verdict({ authType: 'header', headerName: 'X-Key', headerSecret: 'v' })).toMatchObject({ status: 'OK' });
	});
});

describe('bodies that are not clean JSON', () => {
	beforeEach(async () => {
		h.runner.saveCredential(HOOK_CREDENTIAL, { authType: 'bearer', token: 'tok-1' });
		await serve({});
	});
	const auth = { Authorization: 'Bearer tok-1' };
	const sample = standardized('Alert', 'Expiring licenses', 'contoso.onmicrosoft.com', [{ Message: 'E5 expires in 7 days' }]);
	const envelope = JSON.stringify(sample);

	test('a prose line before the JSON: one execution, repaired', async () => {
		expect((await send(`CIPP Alert - contoso\n${envelope}`, { 'Content-Type': 'text/plain', ...auth })).status).toBe(200);
		expect(host!.executions).toHaveLength(1);
		expect(host!.executions[0].items[0].json).toMatchObject({ bodyReading: 'repaired', source: sample.source, title: sample.title });
	});

	test('an empty value ("addedFields": ,) is read as null: one execution, repaired', async () => {
		const broken = '{"Title":"CIPP Notification Test","Text":"hello","addedFields": ,"Tenant":"contoso.onmicrosoft.com",}';
		expect((await send(broken, { 'Content-Type': 'text/plain', ...auth })).status).toBe(200);
		expect(host!.executions).toHaveLength(1);
		expect(host!.executions[0].items[0].json).toMatchObject({ bodyReading: 'repaired', payload: { Text: 'hello', addedFields: null } });
	});

	test('text that is no JSON at all: one execution carrying the text', async () => {
		expect((await send('Alert: mailbox full for jane@contoso.com', { 'Content-Type': 'text/plain', ...auth })).status).toBe(200);
		expect(host!.executions).toHaveLength(1);
		expect(host!.executions[0].items[0].json).toMatchObject({ bodyReading: 'unparsed', rawBody: 'Alert: mailbox full for jane@contoso.com' });
	});

	test('another content type is read from the raw body', async () => {
		expect((await send(envelope, { 'Content-Type': 'application/octet-stream', ...auth })).status).toBe(200);
		expect(host!.executions).toHaveLength(1);
		expect(host!.executions[0].items[0].json).toMatchObject({ source: sample.source });
	});

	test('a body over 1 MB gets 413 and starts nothing; an unauthenticated one gets 401 first', async () => {
		const big = `{"Text":"${'x'.repeat(1024 * 1024)}"}`;
		expect((await send(big, { 'Content-Type': 'text/plain', ...auth })).status).toBe(413);
		expect((await send(big, { 'Content-Type': 'text/plain' })).status).toBe(401);
		expect(host!.executions).toHaveLength(0);
	});
});

describe('registration in CIPP', () => {
	const registering: INodeParameters = { registerInCipp: true };
	const lifecycle = async (method: 'checkExists' | 'create' | 'delete', parameters = registering) =>
		await h.runner.webhookLifecycle(TRIGGER, parameters, method, { productionUrl: `${host!.url}/prod-hook` });
	const existing = { email: 'alerts@msp.example', severity: ['Alert', 'Critical'], logs: ['Updates', 'Standards'] };

	beforeEach(async () => {
		await serve(registering);
	});

	test('activation points CIPP at the trigger and keeps the rest; a test notification starts one execution; deactivation restores', async () => {
		h.cipp.notifications.seed({ ...existing, webhook: 'https://psa.example/hook', authType: 'none' });
		expect(await lifecycle('checkExists')).toBe(false);
		expect(await lifecycle('create')).toBe(true);
		const stored = h.cipp.notifications.list();
		expect(stored).toMatchObject({ email: 'alerts@msp.example', Severity: ['Alert', 'Critical'], UseStandardizedSchema: true, webhookAuthType: 'apikey' });
		expect(stored.logsToInclude).toEqual(expect.arrayContaining(['Updates', 'Standards']));
		expect(String(stored.webhook)).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/webhook\//);
		expect(await lifecycle('checkExists')).toBe(true);
		// The generated secret is in CIPP's Key Vault only; the workflow keeps its hash.
		expect(JSON.stringify(h.runner.staticData)).not.toContain(h.cipp.notifications.keyVault.get('webhookAuthHeaderValue'));

		const sent = await h.runCipp({ resource: 'cippCore', operation: 'ExecAddAlert', sendWebhookNow: true, additionalFields: { text: 'registered', sendWebhookNow: true } });
		expect(sent.items[0].json.resultText).toBe('Webhook sent (status 200)');
		expect(host!.executions).toHaveLength(1);
		expect(host!.executions[0].items[0].json).toMatchObject({ source: 'Alert', payload: { Text: 'registered' } });
		// Without the registered secret, nothing starts.
		expect((await send(JSON.stringify(testMessage), { 'Content-Type': 'application/json' })).status).toBe(401);

		expect(await lifecycle('delete')).toBe(true);
		expect(h.cipp.notifications.list()).toMatchObject({ email: 'alerts@msp.example', webhook: 'https://psa.example/hook', webhookAuthType: 'none', Severity: ['Alert', 'Critical'] });
		expect(h.cipp.violations).toEqual([]);
	});

	test('another webhook with a secret is not replaced unless asked; with Replace on it is, and its other secrets stay', async () => {
		h.cipp.notifications.seed({ ...existing, webhook: 'https://psa.example/hook', authType: 'bearer', secrets: { webhookAuthToken: 'psa-token' } });
		await expect(lifecycle('create')).rejects.toThrow(/another webhook that uses a secret/);
		expect(h.cipp.notifications.list().webhook).toBe('https://psa.example/hook');
		expect(h.cipp.callsTo('ExecNotificationConfig')).toHaveLength(0);

		const replacing = { ...registering, replaceExistingWebhook: true };
		expect(await lifecycle('create', replacing)).toBe(true);
		expect(await lifecycle('delete', replacing)).toBe(true);
		expect(h.cipp.notifications.list()).toMatchObject({ webhook: 'https://psa.example/hook', webhookAuthType: 'bearer', webhookAuthToken: 'SentToKeyVault' });
		expect(h.cipp.notifications.target()?.headers).toEqual({ Authorization: 'Bearer psa-token' });
	});

	test('with registration off nothing in CIPP is read or changed', async () => {
		expect(await lifecycle('checkExists', { registerInCipp: false })).toBe(true);
		expect(await lifecycle('create', { registerInCipp: false })).toBe(true);
		expect(await lifecycle('delete', { registerInCipp: false })).toBe(true);
		expect(h.cipp.requests).toHaveLength(0);
	});

	test('a client without CIPP.AppSettings.ReadWrite is told which permission to add', async () => {
		h.cipp.inject({ kind: 'status', status: 403, body: 'Access to this CIPP API endpoint is not allowed' });
		await expect(lifecycle('create')).rejects.toThrow(/refused to read its notification settings \(403\)/);
	});
});
