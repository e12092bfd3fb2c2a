/* eslint-disable @n8n/community-nodes/no-restricted-imports -- dev tooling: runs in Node on a developer machine or in CI, never inside n8n */
import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';

import { SANDBOX } from '../sandbox/sandbox';
import { REPO } from './n8nProcess';

/**
 * The workflows the end-to-end suite imports: the examples in examples/ (pointed at the sandbox's
 * ticket desk and webhook token) and a few focused test workflows.
 */

type Json = Record<string, unknown>;

const CRED = { cippApi: { id: SANDBOX.credentialId, name: SANDBOX.credentialName } };

function manualThen(id: string, name: string, cippParameters: Json, settings: Json = {}): Json {
	return {
		id,
		name,
		active: false,
		settings: { executionOrder: 'v1' },
		connections: { Start: { main: [[{ node: 'CIPP', type: 'main', index: 0 }]] } },
		nodes: [
			{ id: `${id}-start`, name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
			{ id: `${id}-cipp`, name: 'CIPP', type: 'n8n-nodes-cipp-api.cipp', typeVersion: 1, position: [220, 0], parameters: cippParameters, credentials: CRED, ...settings },
		],
	};
}

export function exampleWorkflows(ticketUrl: string): Json[] {
	const dir = join(REPO, 'examples');
	return readdirSync(dir)
		.filter((file) => file.endsWith('.json'))
		.sort()
		.map((file) =>
			JSON.parse(
				readFileSync(join(dir, file), 'utf8')
					.replace('https://psa.example.com/api/tickets', ticketUrl),
			) as Json,
		);
}

export const TEST_WORKFLOWS = {
	tenants: manualThen('CippE2eTenants01', 'e2e: tenant list', { resource: 'tenant', operation: 'ListTenants', returnAll: true }),
	users: manualThen('CippE2eUsers0001', 'e2e: Get Many Users', {
		resource: 'user',
		operation: 'ListUsers',
		tenant: { __rl: true, mode: 'list', value: 'contoso.onmicrosoft.com' },
		returnAll: true,
	}),
	paging: manualThen('CippE2ePaging001', 'e2e: Graph paging', {
		resource: 'cippCore',
		operation: 'ListGraphRequest',
		tenant: { __rl: true, mode: 'list', value: 'contoso.onmicrosoft.com' },
		Endpoint: 'users',
		returnAll: true,
		additionalFields: { top: 10 },
	}),
	continueOnFail: {
		id: 'CippE2eContFail1',
		name: 'e2e: continue on fail',
		active: false,
		settings: { executionOrder: 'v1' },
		connections: {
			Start: { main: [[{ node: 'Users', type: 'main', index: 0 }]] },
			Users: { main: [[{ node: 'Reset', type: 'main', index: 0 }]] },
		},
		nodes: [
			{ id: 'cof-start', name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
			{
				id: 'cof-users',
				name: 'Users',
				type: 'n8n-nodes-cipp-api.cipp',
				typeVersion: 1,
				position: [220, 0],
				parameters: { resource: 'user', operation: 'ListUsers', tenant: { __rl: true, mode: 'domain', value: 'contoso.onmicrosoft.com' }, returnAll: false, limit: 3 },
				credentials: CRED,
			},
			{
				id: 'cof-reset',
				name: 'Reset',
				type: 'n8n-nodes-cipp-api.cipp',
				typeVersion: 1,
				position: [440, 0],
				onError: 'continueRegularOutput',
				parameters: {
					resource: 'user',
					operation: 'ExecResetPass',
					tenant: { __rl: true, mode: 'domain', value: 'contoso.onmicrosoft.com' },
					ID: "={{ $itemIndex === 1 ? 'nobody@contoso.onmicrosoft.com' : $json.userPrincipalName }}",
				},
				credentials: CRED,
			},
		],
	} as Json,
};

/** The CIPP Trigger polling the logbook every minute; each new entry becomes a ticket. */
export function pollingWorkflow(ticketUrl: string, options: { id?: string; credential?: { id: string; name: string } } = {}): Json {
	return {
		id: options.id ?? 'CippE2ePolling01',
		name: 'e2e: logbook entries to tickets (polling)',
		active: false,
		settings: { executionOrder: 'v1' },
		connections: { Logbook: { main: [[{ node: 'Ticket', type: 'main', index: 0 }]] } },
		nodes: [
			{
				id: 'poll-logbook',
				name: 'Logbook',
				type: 'n8n-nodes-cipp-api.cippPollTrigger',
				typeVersion: 1,
				position: [0, 0],
				parameters: { event: 'logbook', severities: ['Alert', 'Critical', 'Error'], pollTimes: { item: [{ mode: 'everyMinute' }] } },
				credentials: options.credential ? { cippApi: options.credential } : CRED,
			},
			{
				id: 'poll-ticket',
				name: 'Ticket',
				type: 'n8n-nodes-base.httpRequest',
				typeVersion: 4.2,
				position: [220, 0],
				parameters: {
					method: 'POST',
					url: ticketUrl,
					sendBody: true,
					specifyBody: 'json',
					jsonBody: "={{ JSON.stringify({ subject: '[Logbook] ' + $json.Message, rowKey: $json.RowKey, tenant: $json.Tenant }) }}",
					options: {},
				},
			},
		],
	};
}

/** Path of the CIPP Trigger webhook in the "alert to ticket" example (its webhookId and path). */
export const ALERT_WEBHOOK_PATH = '/webhook/9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b/cipp';

export const EXAMPLE_IDS = {
	offboard: 'CippExOffboard01',
	licenseReport: 'CippExLicRep0001',
	alertToTicket: 'CippExAlertTkt01',
	onboard: 'CippExOnboard001',
};

/** An HTTP Request node that calls `url` with a CIPP API credential ("Predefined Credential Type"). */
function httpRequestWithCippCredential(id: string, name: string, url: string, credential: { id: string; name: string }): Json {
	return {
		id,
		name,
		active: false,
		settings: { executionOrder: 'v1' },
		connections: { Start: { main: [[{ node: 'HTTP Request', type: 'main', index: 0 }]] } },
		nodes: [
			{ id: `${id}-start`, name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
			{
				id: `${id}-http`,
				name: 'HTTP Request',
				type: 'n8n-nodes-base.httpRequest',
				typeVersion: 4.2,
				position: [220, 0],
				parameters: { method: 'GET', url, authentication: 'predefinedCredentialType', nodeCredentialType: 'cippApi', options: {} },
				credentials: { cippApi: credential },
			},
		],
	};
}

/** Credential of the CIPP sandbox client kept apart from "CIPP Sandbox", so its token grants can be counted alone. */
export const HTTP_REQUEST_CIPP_CREDENTIAL = { id: 'SandboxHttpCipp1', name: 'CIPP Sandbox (HTTP Request)' };

export const HTTP_REQUEST_IDS = {
	cippListLogs: 'E2eHttpCippLogs1',
	cendaLike: 'E2eHttpCenda0001',
	cendaLikeIdPasted: 'E2eHttpCendaBad1',
	iotCentralLike: 'E2eHttpIotCDev01',
};

/** HTTP Request nodes using the CIPP API credential for CIPP itself and for two other Entra-protected APIs. */
export function httpRequestWorkflows(urls: { cipp: string; cendaLike: string; iotCentralLike: string }, apiVersion: string): Json[] {
	const cred = (id: string, name: string) => ({ id, name });
	return [
		httpRequestWithCippCredential(HTTP_REQUEST_IDS.cippListLogs, 'e2e: HTTP Request, CIPP ListLogs', `${urls.cipp}/api/ListLogs`, HTTP_REQUEST_CIPP_CREDENTIAL),
		httpRequestWithCippCredential(HTTP_REQUEST_IDS.cendaLike, 'e2e: HTTP Request, Cenda-like configurations', `${urls.cendaLike}/api/v1/configurations`, cred('SandboxCendaCred', 'Cenda-like Configuration API (sandbox)')),
		httpRequestWithCippCredential(HTTP_REQUEST_IDS.cendaLikeIdPasted, 'e2e: HTTP Request, Cenda-like with the secret ID', `${urls.cendaLike}/api/v1/configurations`, cred('SandboxCendaBad1', 'Cenda-like Configuration API (secret ID pasted)')),
		httpRequestWithCippCredential(HTTP_REQUEST_IDS.iotCentralLike, 'e2e: HTTP Request, IoT Central-like devices', `${urls.iotCentralLike}/api/devices?api-version=${apiVersion}`, cred('SandboxIotCCred1', 'IoT Central-like API (sandbox)')),
	];
}

/** CIPP Triggers (version 2) that register themselves in CIPP's notification settings when published. */
export const REGISTERED_WORKFLOW_ID = 'CippE2eRegister1';
/** The same with 'Replace the Existing Webhook' on. */
export const REGISTERED_REPLACING_ID = 'CippE2eRegister2';

export function registeredTriggerWorkflows(ticketUrl: string): Json[] {
	return [
		registeredTriggerWorkflow(ticketUrl, REGISTERED_WORKFLOW_ID, '3c2b1a09-8f7e-4d6c-9b5a-4e3d2c1b0a98', false),
		registeredTriggerWorkflow(ticketUrl, REGISTERED_REPLACING_ID, '4d3c2b1a-9f8e-4e7d-8c6b-5f4e3d2c1b0a', true),
	];
}

function registeredTriggerWorkflow(ticketUrl: string, id: string, webhookId: string, replace: boolean): Json {
	return {
		id,
		name: `e2e: CIPP Trigger registered in CIPP${replace ? ' (replacing)' : ''}`,
		active: false,
		settings: { executionOrder: 'v1' },
		connections: { 'CIPP Trigger': { main: [[{ node: 'Ticket', type: 'main', index: 0 }]] } },
		nodes: [
			{
				id: 'reg-trigger',
				name: 'CIPP Trigger',
				type: 'n8n-nodes-cipp-api.cippTrigger',
				typeVersion: 2,
				position: [0, 0],
				webhookId,
				parameters: { registerInCipp: true, replaceExistingWebhook: replace, split: 'perEntry', filters: {} },
				credentials: CRED,
			},
			{
				id: 'reg-ticket',
				name: 'Ticket',
				type: 'n8n-nodes-base.httpRequest',
				typeVersion: 4.2,
				position: [220, 0],
				parameters: {
					method: 'POST',
					url: ticketUrl,
					sendBody: true,
					specifyBody: 'json',
					jsonBody: "={{ JSON.stringify({ subject: '[Registered] ' + $json.title, text: $json.payload.Text }) }}",
					options: {},
				},
			},
		],
	};
}
