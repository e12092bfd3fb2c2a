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
					.replace('https://psa.example.com/api/tickets', ticketUrl)
					.replace('change-me-to-a-long-random-token', SANDBOX.webhookToken),
			) as Json,
		);
}

export const TEST_WORKFLOWS = {
	tenants: manualThen('CippE2eTenants01', 'e2e: tenant list', { resource: 'tenant', operation: 'ListTenants', returnAll: true }),
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
export function pollingWorkflow(ticketUrl: string): Json {
	return {
		id: 'CippE2ePolling01',
		name: 'e2e: logbook entries to tickets (polling)',
		active: false,
		settings: { executionOrder: 'v1' },
		connections: { Logbook: { main: [[{ node: 'Ticket', type: 'main', index: 0 }]] } },
		nodes: [
			{
				id: 'poll-logbook',
				name: 'Logbook',
				type: 'n8n-nodes-cipp-api.cippTrigger',
				typeVersion: 1,
				position: [0, 0],
				parameters: { event: 'logbook', severities: ['Alert', 'Critical', 'Error'], pollTimes: { item: [{ mode: 'everyMinute' }] } },
				credentials: CRED,
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

export const EXAMPLE_IDS = {
	offboard: 'CippExOffboard01',
	licenseReport: 'CippExLicRep0001',
	alertToTicket: 'CippExAlertTkt01',
	onboard: 'CippExOnboard001',
};
