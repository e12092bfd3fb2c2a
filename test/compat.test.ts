import type { ICredentialDataDecryptedObject, IHttpRequestOptions, INode, IRequestOptionsSimplified, Workflow } from 'n8n-workflow';

import { SUPPORTED_N8N, unsupportedN8n } from '../nodes/shared/cipp/transport/n8nSupport';
import { op, startHarness } from './harness/fixture';
import type { Harness } from './harness/fixture';

/**
 * Works on every supported n8n. n8n before about 2.10 ignores `ignoreHttpStatusErrors.except`:
 * any truthy value means "ignore every status", so CIPP's 401 comes back as a response and n8n's
 * own refresh-and-retry never runs. The engine here is n8n-core 2.41, which honours `except`; to
 * run the old behaviour through it, the credentials helper hands n8n-core what an old n8n-core
 * makes of our options (`ignoreHttpStatusErrors: true`). Everything else is real: the engine, the
 * credential, the loopback Entra and CIPP servers.
 */

let h: Harness;
const apiTest = op('cippCore', 'ListApiTest');
const POLL_TRIGGER = 'n8n-nodes-cipp-api.cippPollTrigger';

/** preAuthentication calls as n8n made them: `expired` is true only on n8n's own 401 path. */
let preAuthentications: Array<{ expired: boolean; hadToken: boolean }> = [];
let ignoreExcept = false;

beforeAll(async () => {
	h = await startHarness();
	const helper = h.runner.credentials;
	const authenticate = helper.authenticate.bind(helper);
	helper.authenticate = async (
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		requestOptions: IHttpRequestOptions | IRequestOptionsSimplified,
		workflow?: Workflow,
		node?: INode,
	) => {
		const options = await authenticate(credentials, typeName, requestOptions, workflow, node);
		if (ignoreExcept && options.ignoreHttpStatusErrors) options.ignoreHttpStatusErrors = true;
		return options;
	};
	const preAuthentication = helper.preAuthentication.bind(helper);
	helper.preAuthentication = async (helpers, credentials, typeName, node, credentialsExpired) => {
		preAuthentications.push({ expired: credentialsExpired, hadToken: credentials.accessToken !== '' });
		return await preAuthentication(helpers, credentials, typeName, node, credentialsExpired);
	};
});
afterAll(async () => await h.close());
beforeEach(() => {
	h.reset();
	ignoreExcept = false;
	preAuthentications = [];
});

const cippStatuses = () => h.cipp.requests.map((request) => request.status);

describe.each([
	['an n8n that ignores `except` (401 as a response)', true],
	['an n8n that honours `except` (401 as an error)', false],
])('expired token on %s', (_name, oldN8n) => {
	beforeEach(() => {
		ignoreExcept = oldN8n;
	});

	test('the node refreshes once, persists the new token and succeeds', async () => {
		expect((await h.runCipp(apiTest)).status).toBe('success');
		const firstToken = h.runner.storedCredential('cred-1')?.accessToken;
		h.entra.expireAllTokens();
		preAuthentications = [];

		const result = await h.runCipp(apiTest);
		expect(result.error?.message).toBeUndefined();
		expect(result.status).toBe('success');
		expect(h.entra.tokenRequestCount).toBe(2);
		expect(cippStatuses()).toEqual([200, 401, 200]);
		const stored = h.runner.storedCredential('cred-1')?.accessToken;
		expect(stored).not.toBe(firstToken);
		expect(h.entra.check(String(stored))).toBe('valid');
		// Which path refreshed: n8n's own (expired=true) or ours (the token cleared, expired=false).
		const refresh = preAuthentications.filter((call) => call.expired || !call.hadToken);
		expect(refresh).toEqual([oldN8n ? { expired: false, hadToken: false } : { expired: true, hadToken: true }]);
		// A third run reuses the refreshed token.
		expect((await h.runCipp(apiTest)).status).toBe('success');
		expect(h.entra.tokenRequestCount).toBe(2);
	});

	test('a token CIPP refuses even after the refresh: one retry, then a clear 401 error', async () => {
		await h.runCipp(apiTest);
		h.cipp.inject({ kind: 'status', status: 401, endpoint: 'ListApiTest', times: Infinity, body: { error: 'unauthorized' } });
		const result = await h.runCipp(apiTest);
		expect(result.status).toBe('error');
		expect(result.error?.message).toMatch(/CIPP did not accept the access token \(401\) for ListApiTest/);
		expect(h.entra.tokenRequestCount).toBe(2);
		expect(cippStatuses()).toEqual([200, 401, 401]);
	});

	test('list search (tenant picker) refreshes the same way', async () => {
		await h.runCipp(apiTest);
		h.entra.expireAllTokens();
		const found = await h.runner.listSearch('n8n-nodes-cipp-api.cipp', 'searchTenants', { resource: 'user', operation: 'ListUsers' });
		expect(found.results.length).toBeGreaterThan(0);
		expect(h.entra.tokenRequestCount).toBe(2);
		expect(cippStatuses().slice(-2)).toEqual([401, 200]);
	});

	test('a polling trigger refreshes the same way', async () => {
		await h.runCipp(apiTest);
		h.entra.expireAllTokens();
		expect(await h.runner.poll(POLL_TRIGGER, { event: 'auditLog', tenant: 'AllTenants' })).toBeNull();
		expect(h.entra.tokenRequestCount).toBe(2);
		expect(cippStatuses().slice(-2)).toEqual([401, 200]);
		expect(h.entra.check(String(h.runner.storedCredential('cred-1')?.accessToken))).toBe('valid');
	});
});

test('an n8n that ignores `except`: 10 parallel requests hitting the expired token share one new grant', async () => {
	ignoreExcept = true;
	await h.runCipp(apiTest);
	h.entra.expireAllTokens();
	const items = Array.from({ length: 10 }, () => ({}));
	const result = await h.runCipp({ ...apiTest, options: { parallelRequests: 10 } }, { items });
	expect(result.status).toBe('success');
	expect(result.items).toHaveLength(10);
	expect(h.entra.tokenRequestCount).toBe(2);
	expect(cippStatuses().filter((status) => status === 401)).toHaveLength(10);
});

describe('supported n8n versions (n8n-workflow version of the running n8n)', () => {
	test.each([
		['1.120.0', 'n8n 1.123.0'],
		['1.120.31', 'n8n 1.123.81'],
		['2.0.0', 'n8n 2.0.0'],
		['2.41.0', 'n8n 2.41.1'],
	])('n8n-workflow %s (%s) is supported', (version) => {
		expect(unsupportedN8n(version, true)).toBeUndefined();
	});

	test.each([
		['1.119.1', /need n8n 1\.123\.0 or newer/],
		['1.88.0', /need n8n 1\.123\.0 or newer/],
		['0.236.0', /too old/],
	])('n8n-workflow %s is refused with a clear message', (version, expected) => {
		const refused = unsupportedN8n(version, true);
		expect(refused?.message).toMatch(expected);
		expect(refused?.description).toContain(version);
		expect(refused?.description).toContain(SUPPORTED_N8N);
	});

	test('an n8n without authenticated requests is refused', () => {
		expect(unsupportedN8n('2.41.0', false)?.message).toMatch(/httpRequestWithAuthentication/);
	});
});
