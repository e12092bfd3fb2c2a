/**
 * Cases 1, 2 and 4 of the queue-mode run: a load spread over the workers through the main's
 * production webhook against the rate-limited sandbox, the token shared through n8n's credential
 * store (also across a worker restart), and a CIPP notification arriving at the CIPP Trigger.
 */
import { SANDBOX } from '../sandbox/sandbox';
import type { Assert, QueueContext } from './context';
import { brief, describeTally, grantsFor, postJson, requestMark, seconds, since, sleep, tally, tooManyRequests, waitFor } from './context';
import { ALERT, LOAD, TENANT, loadUsers } from './queueWorkflows';

export const LOAD_SHAPE = { executions: 20, itemsPerExecution: 50 };

/** Users per sandbox tenant (the sandbox seeds 3 tenants of 25 users). */
const USERS_PER_TENANT = 25;

/** Case 1 and the first half of case 2: 20 × 50 items at once; returns the grants it caused. */
export async function loadSpreadCase(context: QueueContext): Promise<number> {
	const { deployment, box, check } = context;
	const assert: Assert = context.assert;
	let grants = 0;
	await check(`1. load spread: ${LOAD_SHAPE.executions} executions × ${LOAD_SHAPE.itemsPerExecution} items at once through the main's production webhook; every item answered, both workers ran executions, none failed on 429s`, async () => {
		const mark = requestMark(box);
		const grantsBefore = grantsFor(box, SANDBOX.clientId);
		const started = Date.now();
		const answers = await Promise.all(
			Array.from({ length: LOAD_SHAPE.executions }, async (_, run) =>
				await postJson(deployment.webhookUrl(LOAD.path), { run: `load-${run}`, users: loadUsers(LOAD_SHAPE.itemsPerExecution, USERS_PER_TENANT) }),
			),
		);
		const wallMs = Date.now() - started;
		grants = grantsFor(box, SANDBOX.clientId) - grantsBefore;
		const requests = since(box, mark).filter((request) => request.endpoint === 'ListUsers');
		const answered = requests.filter((request) => request.status === 200).length;
		const refused = tooManyRequests(requests);
		const itemsOut = answers.reduce((sum, answer) => sum + (Array.isArray(answer.body) ? answer.body.length : 0), 0);
		const rows = deployment.executions(LOAD.id);
		const owners = deployment.workerOf();
		const perWorker = tally(rows.map((row) => owners.get(row.id) ?? 'no worker logged it'));
		const statuses = tally(rows.map((row) => row.status));
		context.figures('1. load spread', {
			'items in': LOAD_SHAPE.executions * LOAD_SHAPE.itemsPerExecution,
			'items out': itemsOut,
			'CIPP calls answered 200': answered,
			'429s received': refused,
			'other CIPP answers': requests.length - answered - refused,
			'executions per worker': describeTally(perWorker),
			'execution statuses': describeTally(statuses),
			'token grants': grants,
			'wall time': seconds(wallMs),
			'slowest webhook answer': seconds(Math.max(...answers.map((answer) => answer.ms))),
		});
		const failed = answers.filter((answer) => answer.status !== 200);
		assert(failed.length === 0, `${failed.length} webhook calls failed: ${brief(failed[0], 600)}`);
		assert(itemsOut === LOAD_SHAPE.executions * LOAD_SHAPE.itemsPerExecution, `items out: ${itemsOut}`);
		assert(answered === LOAD_SHAPE.executions * LOAD_SHAPE.itemsPerExecution, `CIPP answered ${answered} calls with 200`);
		assert(rows.length === LOAD_SHAPE.executions && statuses.success === LOAD_SHAPE.executions, `executions: ${describeTally(statuses)}`);
		assert(deployment.workers.every((worker) => (perWorker[worker.name] ?? 0) > 0), `executions per worker: ${describeTally(perWorker)}`);
		return `${itemsOut} items out, ${describeTally(perWorker)}, ${refused} 429s, ${grants} grants, ${seconds(wallMs)}`;
	});
	return grants;
}

/** Case 2: the grants of case 1 stay within one per worker; a restarted worker's first execution reuses the stored token. */
export async function tokenCase(context: QueueContext, loadGrants: number): Promise<void> {
	const { deployment, box, check } = context;
	const assert: Assert = context.assert;
	await check(`2a. token: at most one grant per worker across the ${LOAD_SHAPE.executions} executions`, async () => {
		assert(loadGrants <= deployment.workers.length, `${loadGrants} grants for ${deployment.workers.length} workers`);
		return `${loadGrants} grants for ${deployment.workers.length} workers`;
	});

	await check('2b. token: after worker-1 restarts, its first execution reuses the token stored in the credential (no new grant, no 401)', async () => {
		const restarted = deployment.workers[0];
		const restartStarted = Date.now();
		await deployment.stopWorker(0);
		await deployment.startWorker(0);
		const restartMs = Date.now() - restartStarted;
		const grantsBefore = grantsFor(box, SANDBOX.clientId);
		const mark = requestMark(box);
		// Bull hands a job to whichever idle worker asks first: send one-item executions until the
		// restarted worker has run one.
		let sent = 0;
		while (deployment.startedBy(restarted, true).length === 0 && sent < 12) {
			sent += 1;
			const answer = await postJson(deployment.webhookUrl(LOAD.path), { run: `restart-${sent}`, users: loadUsers(1, USERS_PER_TENANT) });
			assert(answer.status === 200, `execution ${sent} after the restart: ${answer.status} ${brief(answer.body, 300)}`);
		}
		const first = deployment.startedBy(restarted, true)[0];
		const grants = grantsFor(box, SANDBOX.clientId) - grantsBefore;
		const statuses = since(box, mark).map((request) => request.status);
		context.figures('2. token', {
			'grants in case 1': `${loadGrants} (${deployment.workers.length} workers)`,
			'worker-1 restart': seconds(restartMs),
			'executions sent until worker-1 ran one': sent,
			"worker-1's first execution after the restart": first ?? 'none',
			'grants after the restart': grants,
			'CIPP answers after the restart': describeTally(tally(statuses.map(String))),
		});
		assert(first !== undefined, `worker-1 ran none of ${sent} executions after its restart`);
		assert(grants === 0, `${grants} new grants after the restart`);
		assert(!statuses.includes(401), `CIPP answered 401 after the restart: ${statuses.join(',')}`);
		return `execution ${first} on the restarted worker-1, ${grants} new grants`;
	});
}

/** Case 4: a CIPP notification POSTed to the main's production URL of the CIPP Trigger (v2) runs on a worker with its payload. */
export async function webhookTriggerCase(context: QueueContext): Promise<void> {
	const { deployment, box, check } = context;
	const assert: Assert = context.assert;
	await check("4. webhook trigger: a CIPP notification at the main's production URL runs on a worker and carries its payload", async () => {
		const entry = { Title: 'Queue-mode test: new inbox rule forwarding externally', RawData: { Operation: 'New-InboxRule', UserId: `user00003@${TENANT}` } };
		const notification = {
			schemaVersion: '1.0',
			source: 'Audit Log Alert',
			invoking: 'Start-AuditLogProcessingOrchestrator',
			title: entry.Title,
			tenant: TENANT,
			generatedAt: new Date().toISOString(),
			alertCount: 1,
			payload: [entry],
		};
		const fromTicketDesk = () => box.tickets.filter((ticket) => String(ticket.subject).includes('Queue-mode test'));
		const started = Date.now();
		const answer = await postJson(deployment.webhookUrl(ALERT.path), notification, { Authorization: `Bearer ${SANDBOX.webhookToken}` });
		assert(answer.status === 200, `CIPP Trigger answered ${answer.status}: ${brief(answer.body, 300)}`);
		const tickets = await waitFor(fromTicketDesk, (list) => list.length > 0, 30_000);
		const ticketMs = Date.now() - started;
		await sleep(1500);
		const rows = deployment.executions(ALERT.id);
		const owners = deployment.workerOf();
		context.figures('4. webhook trigger', {
			'trigger answered': `${answer.status} in ${seconds(answer.ms)}`,
			'ticket created after': seconds(ticketMs),
			executions: rows.map((row) => `${row.id} ${row.mode} ${row.status} on ${owners.get(row.id) ?? 'no worker'}`).join('; '),
		});
		assert(fromTicketDesk().length === 1, `tickets: ${fromTicketDesk().length}`);
		const ticket = tickets[0];
		assert(ticket.subject === `[Audit Log Alert] ${entry.Title}` && ticket.tenant === TENANT, `ticket ${JSON.stringify(ticket)}`);
		assert(JSON.stringify(ticket.details).includes('New-InboxRule'), `the payload did not reach the ticket: ${JSON.stringify(ticket.details)}`);
		assert(rows.length === 1 && rows[0].status === 'success' && rows[0].mode === 'webhook', `executions: ${JSON.stringify(rows)}`);
		const worker = owners.get(rows[0].id);
		assert(worker !== undefined, `no worker logged execution ${rows[0].id}`);
		return `execution ${rows[0].id} on ${worker}; ticket "${String(ticket.subject)}"`;
	});
}
