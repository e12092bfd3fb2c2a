import { CippApi } from '../credentials/CippApi.credentials';
import { CIPP_API_ROOT_EXPRESSION, cippApiRoot } from '../credentials/cippApiUrl';
import { CLIENT_ID, CLIENT_SECRET, PARTNER_TENANT, op, startHarness } from './harness/fixture';
import type { Harness } from './harness/fixture';

/** The cippApi credential: token grant, token reuse and refresh, errors, base URL handling. */

let h: Harness;
const apiTest = op('cippCore', 'ListApiTest');

beforeAll(async () => {
	h = await startHarness();
});
afterAll(async () => await h.close());
beforeEach(() => h.reset());

function issuedTokens(): string[] {
	return [...h.entra.issued.keys()];
}

/** Asserts neither the client secret nor any issued token appears anywhere in the value. */
function expectNoSecrets(value: unknown): void {
	const text = JSON.stringify(value, Object.getOwnPropertyNames(value ?? {}));
	expect(text).not.toContain(CLIENT_SECRET);
	for (const token of issuedTokens()) expect(text).not.toContain(token);
}

describe('token grant', () => {
	test('sends the exact client-credentials form to <authority>/<tenant>/oauth2/v2.0/token', async () => {
		const result = await h.runCipp(apiTest);
		expect(result.status).toBe('success');
		expect(h.entra.tokenRequests).toHaveLength(1);
		const [request] = h.entra.tokenRequests;
		expect(request.tenant).toBe(PARTNER_TENANT);
		expect(request.contentType).toMatch(/^application\/x-www-form-urlencoded/);
		expect(request.form).toEqual({
			grant_type: 'client_credentials',
			client_id: CLIENT_ID,
			client_secret: CLIENT_SECRET,
			scope: `api://${CLIENT_ID}/.default`,
		});
		expect(h.cipp.callsTo('ListApiTest')).toHaveLength(1);
	});

	test('uses a configured API scope instead of the default', async () => {
		h.credential({ scope: `api://${CLIENT_ID}/.default` });
		await h.runCipp(apiTest);
		expect(h.entra.tokenRequests[0].form.scope).toBe(`api://${CLIENT_ID}/.default`);
	});

	test('two executions in a row make exactly one token request; the token is persisted', async () => {
		const first = await h.runCipp(apiTest);
		const second = await h.runCipp(apiTest);
		expect([first.status, second.status]).toEqual(['success', 'success']);
		expect(h.entra.tokenRequestCount).toBe(1);
		expect(h.runner.credentials.preAuthenticationRuns).toBe(1);
		expect(h.runner.storedCredential('cred-1')?.accessToken).toBe(issuedTokens()[0]);
		expect(h.cipp.callsTo('ListApiTest').map((call) => call.status)).toEqual([200, 200]);
	});

	test('an expired token leads to exactly one refresh and a successful retry', async () => {
		await h.runCipp(apiTest);
		const firstToken = h.runner.storedCredential('cred-1')?.accessToken;
		h.entra.expireAllTokens();
		const result = await h.runCipp(apiTest);
		expect(result.status).toBe('success');
		expect(result.items[0].json.Request).toBeDefined();
		expect(h.entra.tokenRequestCount).toBe(2);
		// CIPP saw: 200 (run 1), 401 with the expired token, 200 with the new one.
		expect(h.cipp.requests.map((request) => request.status)).toEqual([200, 401, 200]);
		const stored = h.runner.storedCredential('cred-1')?.accessToken;
		expect(stored).not.toBe(firstToken);
		expect(h.entra.check(String(stored))).toBe('valid');
	});

	test('concurrent first requests share one token request', async () => {
		h.entra.latencyMs = 150;
		const items = Array.from({ length: 10 }, () => ({}));
		const result = await h.runCipp({ ...apiTest, options: { parallelRequests: 10 } }, { items });
		expect(result.status).toBe('success');
		expect(result.items).toHaveLength(10);
		expect(h.entra.tokenRequestCount).toBe(1);
	});
});

describe('token errors name the cause and the fix', () => {
	const cases: Array<[string, Record<string, string>, RegExp]> = [
		['AADSTS7000215 invalid secret', { clientSecret: 'a-wrong-secret-value' }, /client secret is not valid.*7000215/],
		['AADSTS7000222 expired secret', { clientId: '11111111-2222-4333-8444-555555555555', clientSecret: 'expired-secret-value' }, /expired.*7000222/],
		['AADSTS700016 unknown application', { clientId: '22222222-3333-4444-8555-666666666666' }, /application was not found.*700016/],
		['AADSTS90002 unknown tenant', { tenantId: '33333333-4444-4555-8666-777777777777' }, /tenant was not found.*90002/],
		['AADSTS900023 malformed tenant', { tenantId: 'not_a_tenant' }, /malformed.*900023/],
		['AADSTS500011 no Application ID URI', { clientId: '99999999-8888-4777-8666-555555555555', clientSecret: 'no-uri-secret-value' }, /API resource was not found.*500011/],
		['AADSTS70011 invalid scope', { scope: `api://${CLIENT_ID}/.default api://other/.default` }, /scope is not valid.*70011/],
		['AADSTS1002012 invalid scope', { scope: `api://${CLIENT_ID}/user_impersonation` }, /scope is not valid.*1002012/],
		['unreachable token host', { customAuthority: 'http://127.0.0.1:9' }, /Could not reach the Microsoft Entra ID token endpoint at 127\.0\.0\.1:9/],
	];

	test.each(cases)('%s', async (_label, overrides, expected) => {
		h.credential(overrides);
		const result = await h.runCipp(apiTest);
		expect(result.status).toBe('error');
		expect(result.error?.message).toMatch(expected);
		expect(result.error?.description).toBeTruthy();
		expect(h.cipp.requests).toHaveLength(0);
		expectNoSecrets(result.error);
		expectNoSecrets(result.run.data.resultData);
		const wrong = String(overrides.clientSecret ?? '');
		if (wrong) expect(result.error?.message).not.toContain(wrong);
	});

	test('the fix for AADSTS7000215 is in the message (the credential test shows only the message)', async () => {
		h.credential({ clientSecret: 'a-wrong-secret-value' });
		const result = await h.runCipp(apiTest);
		expect(result.error?.message).toMatch(/ID was probably pasted instead of its value/);
		expect(result.error?.description).toMatch(/CIPP > Integrations > CIPP-API/);
	});

	test('with another API\'s scope the advice points at Entra, not at CIPP', async () => {
		h.credential({ clientSecret: 'a-wrong-secret-value', scope: 'https://apps.azureiotcentral.com/.default' });
		const result = await h.runCipp(apiTest);
		expect(result.error?.message).toMatch(/ID was probably pasted instead of its value/);
		expect(result.error?.description).toMatch(/Certificates & secrets/);
		expect(result.error?.description).not.toMatch(/CIPP/);
	});

	test('any other token error shows error and error_description', async () => {
		h.entra.nextFailure = {
			status: 400,
			body: { error: 'temporarily_unavailable', error_description: 'AADSTS50196: The server terminated an operation because it encountered a loop.\r\nTrace ID: x', error_codes: [50196] },
		};
		const result = await h.runCipp(apiTest);
		expect(result.error?.message).toContain('temporarily_unavailable');
		expect(result.error?.message).toContain('AADSTS50196: The server terminated an operation');
		expect(result.error?.message).not.toContain('Trace ID');
	});

	test('empty required credential fields are reported before any request', async () => {
		h.credential({ clientSecret: '' });
		const result = await h.runCipp(apiTest);
		expect(result.error?.message).toMatch(/'Client Secret' is empty/);
		expect(h.entra.tokenRequestCount).toBe(0);
	});
});

describe('CIPP API URL', () => {
	test.each(['', '/', '/api', '/api/', '/API/', '//'])('base URL with suffix %j works', async (suffix) => {
		h.credential({ baseUrl: `${h.cipp.url}${suffix}` });
		const result = await h.runCipp(apiTest);
		expect(result.status).toBe('success');
		expect(h.cipp.callsTo('ListApiTest')).toHaveLength(1);
	});

	test('the credential-test expression normalises exactly like the transport', () => {
		for (const url of ['https://cipp.example.com', 'https://cipp.example.com/', 'https://cipp.example.com/api', 'https://cipp.example.com/api/', ' https://cipp.example.com/API ']) {
			expect(h.runner.evaluateCredentialExpression(CIPP_API_ROOT_EXPRESSION, { baseUrl: url })).toBe(cippApiRoot(url));
		}
	});

	test('HTML from the web front end is detected and explained', async () => {
		h.cipp.inject({ kind: 'html' });
		const result = await h.runCipp(apiTest);
		expect(result.status).toBe('error');
		expect(result.error?.message).toMatch(/points at the CIPP web front end/);
		expect(result.error?.description).toMatch(/Integrations > CIPP-API/);
	});

	test('an invalid base URL is reported before any request', async () => {
		h.credential({ baseUrl: 'cipp.example.com' });
		const result = await h.runCipp(apiTest);
		expect(result.error?.message).toMatch(/'CIPP API URL' is not a valid URL/);
		expect(h.cipp.requests).toHaveLength(0);
	});
});

describe('credential test (the editor\'s Test button)', () => {
	test('passes against CIPP and calls ListApiTest with a bearer token', async () => {
		const verdict = await h.runner.testCredential('cippApi', 'cred-1');
		expect(verdict).toEqual({ status: 'OK', message: 'Connection successful!' });
		expect(h.cipp.callsTo('ListApiTest')).toHaveLength(1);
		expect(h.cipp.callsTo('ListApiTest')[0].status).toBe(200);
	});

	test('reports the Entra error without the secret', async () => {
		h.credential({ clientSecret: 'a-wrong-secret-value' });
		const verdict = await h.runner.testCredential('cippApi', 'cred-1');
		expect(verdict.status).toBe('Error');
		expect(verdict.message).toMatch(/7000215/);
		expect(verdict.message).toMatch(/paste the secret's value into 'Client Secret'/);
		expect(verdict.message).not.toContain('a-wrong-secret-value');
	});

	test('flags a front-end URL that answers HTML', async () => {
		h.cipp.inject({ kind: 'html', times: 1 });
		const verdict = await h.runner.testCredential('cippApi', 'cred-1');
		expect(verdict.status).toBe('Error');
		expect(verdict.message).toMatch(/web front end/);
	});

	test('the credential declares what n8n needs for preAuthentication', () => {
		const type = new CippApi();
		const expirable = type.properties.filter((p) => p.type === 'hidden' && p.typeOptions?.expirable);
		expect(expirable.map((p) => p.name)).toEqual(['accessToken']);
		expect(type.properties.find((p) => p.name === 'clientSecret')?.typeOptions?.password).toBe(true);
	});
});
