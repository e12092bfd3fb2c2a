/**
 * Case 3 of the queue-mode run: the CIPP Poll Trigger on a logbook source, active from the
 * main's start. In queue mode only the main polls; each poll that finds something starts an
 * execution that a worker runs. New logbook entries are added to the sandbox between polls; over
 * three poll cycles each must become exactly one execution and one ticket.
 */
import type { SimRequest } from '../../test/harness/cippSimulator';
import { POLLER_CLIENT, POLL, TENANT } from './queueWorkflows';
import type { Assert, QueueContext } from './context';
import { describeTally, grantsFor, seconds, sleep, tally, waitFor } from './context';

/** n8n polls at most once a minute; a cycle may come a little late on a busy machine. */
const CYCLE_TIMEOUT_MS = 90_000;

export async function pollingCase(context: QueueContext): Promise<void> {
	const { deployment, box, check } = context;
	const assert: Assert = context.assert;
	await check('3. polling: the CIPP Poll Trigger runs on the main only; each new logbook entry is emitted exactly once over 3 poll cycles', async () => {
		const polls = (): SimRequest[] => box.cipp.requests.filter((request) => request.endpoint === 'ListLogs' && request.status === 200);
		const started = Date.now();
		const activation = await waitFor(polls, (list) => list.length > 0, CYCLE_TIMEOUT_MS);
		assert(activation.length > 0, 'the poller never called ListLogs after the main started');
		const afterActivation = activation.length;
		const nextCycle = async (cycle: number) => {
			const list = await waitFor(polls, (current) => current.length >= afterActivation + cycle, CYCLE_TIMEOUT_MS, 500);
			assert(list.length >= afterActivation + cycle, `poll cycle ${cycle} did not come within ${CYCLE_TIMEOUT_MS / 1000} s`);
		};
		const ticketsFor = (rowKey: string) => box.tickets.filter((ticket) => ticket.rowKey === rowKey);
		const entry = (rowKey: string, severity: string, message: string) => ({ DateTime: new Date().toISOString(), RowKey: rowKey, Severity: severity, Message: message, Tenant: TENANT, API: 'Standards' });

		// Before cycle 1: one entry the trigger wants (Error).
		box.cipp.data.logs.push(entry('queue-log-1', 'Error', 'Queue mode: failed to apply standard AuditLog'));
		await nextCycle(1);
		await waitFor(() => ticketsFor('queue-log-1'), (list) => list.length > 0, 30_000);
		// Before cycle 2: one it wants (Critical) and one its severity filter drops (Info).
		box.cipp.data.logs.push(entry('queue-log-2', 'Critical', 'Queue mode: license assignment failed'), entry('queue-log-info', 'Info', 'Queue mode: standards run finished'));
		await nextCycle(2);
		await waitFor(() => ticketsFor('queue-log-2'), (list) => list.length > 0, 30_000);
		// Cycle 3 finds nothing new and must start nothing.
		await nextCycle(3);
		await sleep(5000);

		const pollTimes = polls().map((request) => request.receivedAt);
		const gaps = pollTimes.slice(1).map((time, index) => time - pollTimes[index]);
		const rows = deployment.executions(POLL.id);
		const owners = deployment.workerOf();
		const rowKeys = ['queue-log-1', 'queue-log-2', 'queue-log-info', 'log-1'];
		context.figures('3. polling', {
			'ListLogs polls (activation + cycles)': pollTimes.length,
			'seconds between polls': gaps.map((gap) => (gap / 1000).toFixed(0)).join(', '),
			'executions started': rows.length,
			'execution statuses': describeTally(tally(rows.map((row) => row.status))),
			'executions per worker': describeTally(tally(rows.map((row) => owners.get(row.id) ?? 'no worker logged it'))),
			'tickets per logbook entry': rowKeys.map((rowKey) => `${rowKey} ${ticketsFor(rowKey).length}`).join(', '),
			"poller's token grants": grantsFor(box, POLLER_CLIENT.clientId),
			'case time': seconds(Date.now() - started),
		});
		assert(ticketsFor('queue-log-1').length === 1 && ticketsFor('queue-log-2').length === 1, `tickets: ${rowKeys.map((rowKey) => `${rowKey} ${ticketsFor(rowKey).length}`).join(', ')}`);
		assert(ticketsFor('queue-log-info').length === 0 && ticketsFor('log-1').length === 0, 'an entry the trigger should not emit became a ticket');
		// One process polls: one ListLogs per cycle, about a minute apart (two or three pollers would call it two or three times a cycle).
		assert(pollTimes.length === afterActivation + 3, `${pollTimes.length} polls for ${afterActivation} activation poll(s) + 3 cycles`);
		assert(gaps.slice(afterActivation).every((gap) => gap > 30_000), `polls closer than 30 s apart: ${gaps.join(', ')} ms`);
		assert(rows.length === 2 && rows.every((row) => row.status === 'success'), `executions: ${JSON.stringify(rows)}`);
		assert(rows.every((row) => owners.has(row.id)), 'a poll execution was not run by a worker');
		return `${rows.length} executions for 2 new entries over 3 cycles, run by ${describeTally(tally(rows.map((row) => owners.get(row.id) ?? '?')))}`;
	});
}
