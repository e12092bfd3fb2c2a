/**
 * The workflows and credentials the queue-mode run imports. Two webhook workflows split a list
 * of users from the request body into items and call CIPP once per item (a read for the load
 * case, a write for the killed-worker case), answering when the last node is done; the
 * logbook poller and the "alert to ticket" example come from the e2e suite.
 */
import { SANDBOX } from '../sandbox/sandbox';
import type { Sandbox } from '../sandbox/sandbox';
import { EXAMPLE_IDS, exampleWorkflows, pollingWorkflow } from '../e2e/workflows';

type Json = Record<string, unknown>;

export const TENANT = 'contoso.onmicrosoft.com';

export const LOAD = { id: 'CippQueueLoad001', path: 'cipp-queue-load' };
export const WRITE = { id: 'CippQueueWrite01', path: 'cipp-queue-write' };
export const POLL = { id: 'CippQueuePoll001' };
export const ALERT = { id: EXAMPLE_IDS.alertToTicket, path: '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b/cipp' };

/**
 * A second CIPP API client, used only by the poller: its token grants and its rate-limit
 * budget (counted per client ID) stay apart from the workers' client.
 */
export const POLLER_CLIENT = {
	clientId: '7d1c2b3a-4e5f-4a6b-9c8d-0e1f2a3b4c5d',
	secret: 'Sandbox~Poller.Secret.NotForProduction.7',
	credentialId: 'CippQueuePoller1',
	credentialName: 'CIPP Sandbox (poller)',
};

/** Every CIPP call waits at most this long in total for 429s to pass (the node's default is 60 s). */
const MAX_RETRY_SECONDS = 120;

function webhookThenCipp(id: string, name: string, path: string, cippParameters: Json): Json {
	return {
		id,
		name,
		active: false,
		settings: { executionOrder: 'v1' },
		connections: {
			Request: { main: [[{ node: 'Users', type: 'main', index: 0 }]] },
			Users: { main: [[{ node: 'CIPP', type: 'main', index: 0 }]] },
		},
		nodes: [
			{
				id: `${id}-hook`,
				name: 'Request',
				type: 'n8n-nodes-base.webhook',
				typeVersion: 2,
				position: [0, 0],
				webhookId: `${id}-hook`,
				parameters: { httpMethod: 'POST', path, responseMode: 'lastNode', responseData: 'allEntries', options: {} },
			},
			{
				id: `${id}-split`,
				name: 'Users',
				type: 'n8n-nodes-base.splitOut',
				typeVersion: 1,
				position: [220, 0],
				parameters: { fieldToSplitOut: 'body.users', include: 'noOtherFields', options: {} },
			},
			{
				id: `${id}-cipp`,
				name: 'CIPP',
				type: 'n8n-nodes-cipp-api.cipp',
				typeVersion: 1,
				position: [440, 0],
				parameters: { ...cippParameters, options: { maxRetrySeconds: MAX_RETRY_SECONDS } },
				credentials: { cippApi: { id: SANDBOX.credentialId, name: SANDBOX.credentialName } },
			},
		],
	};
}

/** One "get user" read per item: Get Many Users filtered to the item's user (one row out per item). */
export function loadWorkflow(): Json {
	return webhookThenCipp(LOAD.id, 'queue: get each user', LOAD.path, {
		resource: 'user',
		operation: 'ListUsers',
		tenant: { __rl: true, mode: 'domain', value: TENANT },
		returnAll: true,
		additionalFields: { UserID: '={{ $json.upn }}' },
	});
}

/** One write per item: Block Sign-In for the item's user (ExecDisableUser). */
export function writeWorkflow(): Json {
	return webhookThenCipp(WRITE.id, 'queue: block sign-in for each user', WRITE.path, {
		resource: 'user',
		operation: 'ExecDisableUser',
		tenant: { __rl: true, mode: 'domain', value: TENANT },
		ID: '={{ $json.upn }}',
		Enable: false,
	});
}

/** The users of one webhook request: real sandbox users for reads, labelled IDs for writes (so each write can be told apart). */
export function loadUsers(count: number, usersPerTenant: number): Array<{ upn: string }> {
	return Array.from({ length: count }, (_, index) => ({ upn: `user${String((index % usersPerTenant) + 1).padStart(5, '0')}@${TENANT}` }));
}

export function labelledUsers(run: string, count: number): Array<{ upn: string }> {
	return Array.from({ length: count }, (_, index) => ({ upn: `${run}-item${String(index).padStart(2, '0')}@${TENANT}` }));
}

/** Lets the sandbox's Entra tenant issue tokens to the poller's client as well. */
export function registerPollerClient(box: Sandbox): void {
	const partner = box.entra.tenants.find((tenant) => tenant.tenantId === SANDBOX.partnerTenant);
	if (!partner) throw new Error('the sandbox has no partner tenant');
	partner.apps.push({ clientId: POLLER_CLIENT.clientId, secret: POLLER_CLIENT.secret, hasIdentifierUri: true });
}

/**
 * CIPP's limit (100 requests per 10 s per API client) divided between the processes that use the
 * workers' API client, as the README advises: each n8n process paces on its own with the
 * credential's "requests per window" (a package without those fields ignores them).
 */
export function requestsPerWindowFor(processes: number): number {
	return Math.floor(100 / processes);
}

export function queueCredentials(box: Sandbox, requestsPerWindow: number): Json[] {
	const base = box.credential();
	const workers = { ...base, data: { ...(base.data as Json), rateLimitRequests: requestsPerWindow, rateLimitWindowSeconds: 10 } };
	const poller = {
		...base,
		id: POLLER_CLIENT.credentialId,
		name: POLLER_CLIENT.credentialName,
		data: { ...(base.data as Json), clientId: POLLER_CLIENT.clientId, clientSecret: POLLER_CLIENT.secret },
	};
	return [workers, poller, box.webhookCredential()];
}

export function queueWorkflows(box: Sandbox): Json[] {
	const alertToTicket = exampleWorkflows(box.ticketUrl).filter((workflow) => workflow.id === ALERT.id);
	const poll = pollingWorkflow(box.ticketUrl, { id: POLL.id, credential: { id: POLLER_CLIENT.credentialId, name: POLLER_CLIENT.credentialName } });
	return [loadWorkflow(), writeWorkflow(), poll, ...alertToTicket];
}
