/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/require-node-api-error -- dev tooling: runs in Node on a developer machine or in CI, never inside n8n, and its errors are not node errors */
import { randomBytes } from 'crypto';
import { mkdirSync, writeFileSync } from 'fs';
import { join } from 'path';
import { chromium } from 'playwright-core';

import type { Sandbox } from '../sandbox/sandbox';
import { SANDBOX } from '../sandbox/sandbox';
import type { N8nInstance } from './n8nProcess';
import { EXAMPLE_IDS } from './workflows';

/**
 * The editor check: Debian's Chromium driven by playwright-core through n8n's own UI. It creates
 * the owner account, creates the CIPP credential through the form (n8n tests it on save), adds
 * the CIPP node, picks a resource and an operation, loads the tenant list from the sandbox, runs
 * the node and reads its output, then picks a Custom API Call endpoint from the sandbox CIPP's
 * own spec and sees its fields in the resource mapper. Screenshots go to .e2e-artifacts/; a failure prints what was on
 * the screen.
 */

export interface BrowserCheckOptions {
	instance: N8nInstance;
	sandbox: Sandbox;
	check: (name: string, body: () => Promise<string | void>) => Promise<void>;
	assert: (condition: unknown, message: string) => asserts condition;
	screenshotsDir: string;
}

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** What MSPs type into n8n's node panel when they look for CIPP (the codex aliases). */
const SEARCH_TERMS = ['Microsoft 365', 'M365', 'Office 365', 'Entra', 'Intune', 'Exchange', 'Defender', 'MSP', 'offboard', 'onboard', 'reset password', 'license'];
// A fresh owner login per run (n8n wants 8+ characters with a digit and a capital letter).
const OWNER = { email: 'owner@example.com', firstName: 'Olive', lastName: 'Owner', login: `Sb-${randomBytes(8).toString('hex')}-X9` };

/** Runs the editor checks; returns the owner login it created, for later REST calls. */
export async function runBrowserCheck(options: BrowserCheckOptions): Promise<{ email: string; password: string }> {
	const { instance, sandbox, check, screenshotsDir } = options;
	const assert: BrowserCheckOptions['assert'] = options.assert;
	mkdirSync(screenshotsDir, { recursive: true });
	const base = `http://127.0.0.1:${instance.port}`;
	const browser = await chromium.launch({
		executablePath: CHROMIUM,
		args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
	});
	const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
	page.setDefaultTimeout(20_000);
	let shot = 0;
	const snap = async (name: string) => {
		shot += 1;
		await page.screenshot({ path: join(screenshotsDir, `${String(shot).padStart(2, '0')}-${name}.png`) });
	};
	const step = async (name: string, body: () => Promise<string | void>) =>
		await check(`editor: ${name}`, async () => {
			try {
				const note = await body();
				await snap(name.replace(/[^a-z0-9]+/gi, '-').toLowerCase());
				return note;
			} catch (error) {
				await snap(`FAILED-${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`);
				const visible = (await page.locator('body').innerText().catch(() => '')).replace(/\s+/g, ' ').slice(0, 1200);
				const testIds = await page
					.$$eval('[data-test-id]', (elements) => [...new Set(elements.map((element) => element.getAttribute('data-test-id')))].join(' '))
					.catch(() => '');
				writeFileSync(join(screenshotsDir, `FAILED-${shot}.txt`), `${page.url()}\n${visible}\n\ndata-test-ids: ${testIds}`);
				throw new Error(`${(error as Error).message.split('\n')[0]} | url ${page.url()} | on screen: ${visible}`);
			}
		});

	/** Opens a dropdown parameter and clicks the option whose title (first line) is `title`. */
	const pick = async (parameter: string, title: string) => {
		await page.click(`[data-test-id=parameter-input-${parameter}]`);
		await page.keyboard.type(title);
		await page.locator('.el-popper:visible').getByText(title, { exact: true }).first().click();
	};

	try {
		await step('create the owner account', async () => {
			await page.goto(`${base}/setup`);
			await page.fill('input[name=email]', OWNER.email);
			await page.fill('input[name=firstName]', OWNER.firstName);
			await page.fill('input[name=lastName]', OWNER.lastName);
			await page.fill('input[name=password]', OWNER.login);
			await page.click('[data-test-id=form-submit-button]');
			await page.waitForURL((url) => !url.pathname.startsWith('/setup'), { timeout: 30_000 });
			return page.url();
		});

		await step('create the CIPP credential through the form; n8n\'s test passes against the sandbox', async () => {
			await page.goto(`${base}/home/credentials/create`);
			await page.click('[data-test-id=new-credential-type-select]');
			await page.keyboard.type('CIPP API');
			await page.locator('[data-test-id=new-credential-type-select-option]', { hasText: 'CIPP API' }).first().click();
			await page.click('[data-test-id=new-credential-type-button]');
			const field = (name: string) => page.locator(`[data-test-id=parameter-input-${name}] input`).first();
			await field('baseUrl').fill(`${sandbox.cipp.url}/api/`);
			await field('tenantId').fill(SANDBOX.partnerTenant);
			await field('clientId').fill(SANDBOX.clientId);
			await field('clientSecret').fill(SANDBOX.clientSecret);
			await page.click('[data-test-id=parameter-input-authority]');
			await page.getByText('Custom Token Endpoint', { exact: true }).click();
			await field('customAuthority').fill(sandbox.entra.url);
			const before = sandbox.cipp.callsTo('ListApiTest').length;
			await page.click('[data-test-id=credential-save-button]');
			await page.locator('[data-test-id=credentials-config-container-test-success]').waitFor({ state: 'visible', timeout: 30_000 });
			assert(sandbox.cipp.callsTo('ListApiTest').length > before, 'the credential test did not call CIPP');
			await page.keyboard.press('Escape');
			return 'Connection tested successfully';
		});

		await step('add the CIPP node to a new workflow', async () => {
			await page.goto(`${base}/workflow/new`);
			// A workflow starts with a trigger: the manual one, then the CIPP node after it.
			await page.locator('[data-test-id=canvas-add-button]').first().click();
			await page.locator('[data-test-id=node-creator-search-bar]').fill('manual');
			await page.locator('[data-test-id=node-creator-item-name]', { hasText: /Trigger manually/i }).first().click();
			await page.keyboard.press('Escape');
			await snap('manual-trigger-added');
			await page.locator('[data-test-id=canvas-handle-plus]').first().click();
			await page.locator('[data-test-id=node-creator-search-bar]').fill('CIPP');
			await snap('search-cipp');
			await page.locator('[data-test-id=node-creator-item-name]', { hasText: /^CIPP$/ }).first().click();
			// The node's actions are listed by resource; pick one, which opens the node's settings.
			await page.locator('[data-test-id=node-creator]').getByText('Get many tenants', { exact: true }).first().click();
			await page.locator('[data-test-id=parameter-input-resource]').first().waitFor({ state: 'visible' });
			return 'CIPP node added after a manual trigger (action "Get many tenants")';
		});

		await step('pick a resource and an operation', async () => {
			await pick('resource', 'User');
			await pick('operation', 'Get Many Users');
			const resource = await page.locator('[data-test-id=parameter-input-resource] input').first().inputValue();
			const operation = await page.locator('[data-test-id=parameter-input-operation] input').first().inputValue();
			assert(resource === 'User' && operation === 'Get Many Users', `picked ${resource} / ${operation}`);
			return `${resource} / ${operation}`;
		});

		await step('the tenant list loads from the sandbox', async () => {
			await page.keyboard.press('Escape');
			await page.locator('[data-test-id=rlc-input]').first().click();
			const option = page.getByText('Contoso (contoso.onmicrosoft.com)', { exact: true }).first();
			await option.waitFor({ state: 'visible' });
			const names = await page.locator('[data-test-id=rlc-item]').allInnerTexts().catch(() => [] as string[]);
			await option.click();
			return names.length ? names.join(', ') : 'Contoso listed';
		});

		await step('run the node and read its output', async () => {
			await page.click('[data-test-id=node-execute-button]');
			const output = page.locator('[data-test-id=output-panel]');
			await output.getByText(/user00001@contoso\.onmicrosoft\.com/).first().waitFor({ state: 'visible', timeout: 30_000 });
			const text = (await output.innerText()).replace(/\s+/g, ' ');
			const match = /(\d+) items?/.exec(text);
			assert(match && Number(match[1]) === sandbox.cipp.data.users.get('contoso.onmicrosoft.com')?.length, `output panel says: ${text.slice(0, 200)}`);
			return `${match[1]} items`;
		});

		await step("Custom API Call: the endpoint list loads from the sandbox CIPP's spec; a newer endpoint's fields appear in the mapper", async () => {
			// The node added above is of the current version (1.1), which picks the endpoint from CIPP.
			const specReads = sandbox.cipp.callsTo('ListOpenApiSpec').length;
			await pick('resource', 'Custom API Call');
			await page.locator('[data-test-id=rlc-input]').first().click();
			// The search box's test id sits on the input itself or on its wrapper, by n8n version.
			const search = page.locator('input[data-test-id=rlc-search], [data-test-id=rlc-search] input').first();
			await search.fill('JITAdminRequest');
			const item = page.locator('[data-test-id=rlc-item]', { hasText: 'ExecJITAdminRequestDecision' }).first();
			await item.waitFor({ state: 'visible' });
			const listed = (await page.locator('[data-test-id=rlc-item]').allInnerTexts()).map((text) => text.trim());
			await item.click();
			const mapper = page.locator('[data-test-id=mapping-fields-container]').first();
			await mapper.getByText('Request Ids').first().waitFor({ state: 'visible' });
			const shown = (await mapper.innerText()).replace(/\s+/g, ' ');
			assert(sandbox.cipp.callsTo('ListOpenApiSpec').length > specReads, 'the spec was not read from the sandbox');
			assert(/Tenant Filter/.test(shown), `mapper shows: ${shown.slice(0, 300)}`);
			return `list for "JITAdminRequest": ${listed.join(' | ')}; mapper: ${shown.slice(0, 160)}`;
		});

		await step('node panel: CIPP is found by what MSPs type; the CIPP entry (n8n shows the node and the CIPP Trigger as one) describes both, the poll trigger has its own description', async () => {
			await page.goto(`${base}/workflow/new`);
			await page.locator('[data-test-id=canvas-add-button]').first().click();
			await page.locator('[data-test-id=node-creator-search-bar]').fill('manual');
			await page.locator('[data-test-id=node-creator-item-name]', { hasText: /Trigger manually/i }).first().click();
			await page.keyboard.press('Escape');
			await page.locator('[data-test-id=canvas-handle-plus]').first().click();
			const missing: string[] = [];
			for (const term of SEARCH_TERMS) {
				await page.locator('[data-test-id=node-creator-search-bar]').fill(term);
				await page.waitForTimeout(400);
				const names = await page.locator('[data-test-id=node-creator-item-name]').allInnerTexts();
				if (!names.some((name) => /^CIPP/.test(name.trim()))) missing.push(`${term} (${names.slice(0, 4).join(', ') || 'nothing'})`);
			}
			assert(missing.length === 0, `not found by: ${missing.join('; ')}`);
			await page.locator('[data-test-id=node-creator-search-bar]').fill('CIPP');
			await page.waitForTimeout(400);
			await snap('node-panel-cipp');
			const names = (await page.locator('[data-test-id=node-creator-item-name]').allInnerTexts()).map((text) => text.trim());
			const descriptions = (await page.locator('[data-test-id=node-creator-item-description]').allInnerTexts()).map((text) => text.trim());
			const cipp = names.map((name, index) => `${name} ${descriptions[index] ?? ''}`.replace(/\s+/g, ' ')).filter((text) => text.startsWith('CIPP'));
			// n8n shows the CIPP node and the CIPP Trigger (type cipp + "Trigger") as one entry with the
			// trigger's description, which therefore describes both; the poll trigger has its own.
			const app = cipp.find((text) => /^CIPP Manage Microsoft 365 tenants/.test(text));
			const poll = cipp.find((text) => /^CIPP Poll Checks CIPP on a schedule/.test(text));
			assert(app && poll, `panel shows: ${cipp.join(' | ')}`);
			return `${SEARCH_TERMS.length} terms find CIPP; panel: ${cipp.join(' | ')}`;
		});

		await step('CIPP Trigger: webhook mode shows no polling settings', async () => {
			// The "alert to ticket" example holds a CIPP Trigger of the current version.
			await page.goto(`${base}/workflow/${EXAMPLE_IDS.alertToTicket}`);
			await page.locator('[data-test-id=canvas-node]', { hasText: 'CIPP Alert' }).first().dblclick();
			await page.locator('[data-test-id=parameter-input-registerInCipp]').first().waitFor({ state: 'visible', timeout: 15_000 });
			await snap('cipp-trigger-settings');
			const pollTimes = await page.getByText('Poll Times', { exact: true }).count();
			assert(pollTimes === 0, 'Poll Times is shown');
			return 'Register in CIPP Automatically shown; no Poll Times';
		});

		await step('HTTP Request node: Authentication "Predefined Credential Type" offers the CIPP API credential type', async () => {
			await page.goto(`${base}/workflow/new`);
			await page.locator('[data-test-id=canvas-add-button]').first().click();
			await page.locator('[data-test-id=node-creator-search-bar]').fill('manual');
			await page.locator('[data-test-id=node-creator-item-name]', { hasText: /Trigger manually/i }).first().click();
			await page.keyboard.press('Escape');
			await page.locator('[data-test-id=canvas-handle-plus]').first().click();
			await page.locator('[data-test-id=node-creator-search-bar]').fill('HTTP Request');
			await page.locator('[data-test-id=node-creator-item-name]', { hasText: /^HTTP Request$/ }).first().click();
			await page.locator('[data-test-id=parameter-input-authentication]').first().waitFor({ state: 'visible' });
			await pick('authentication', 'Predefined Credential Type');
			await page.click('[data-test-id=parameter-input-nodeCredentialType]');
			await page.keyboard.type('CIPP');
			const option = page.locator('.el-popper:visible').getByText('CIPP API', { exact: true }).first();
			await option.waitFor({ state: 'visible' });
			const offered = (await page.locator('.el-popper:visible .el-select-dropdown__item:visible').allInnerTexts().catch(() => [] as string[])).map((text) => text.trim());
			assert(offered.includes('CIPP API'), `types offered for "CIPP": ${offered.join(', ')}`);
			await snap('http-request-credential-type-list');
			await option.click();
			const picked = await page.locator('[data-test-id=parameter-input-nodeCredentialType] input').first().inputValue();
			assert(picked === 'CIPP API', `picked "${picked}"`);
			return `offered for "CIPP": ${offered.join(', ') || 'CIPP API'}`;
		});
	} finally {
		await browser.close();
	}
	return { email: OWNER.email, password: OWNER.login };
}
