/**
 * Case 5 of the queue-mode run: a worker is killed (SIGKILL to it and its task runner) while
 * write executions are in flight. The other worker must keep running new executions and lose
 * nothing; the case records what n8n does with the killed execution (its status, whether the
 * webhook caller hears about it, whether any worker runs it again) and whether CIPP received a
 * write twice for any item.
 */
import type { SimRequest } from '../../test/harness/cippSimulator';
import type { Answer, Assert, QueueContext } from './context';
import { brief, describeTally, postJson, requestMark, seconds, since, sleep, tally, waitFor } from './context';
import { BULL_LOCK } from './deployment';
import { WRITE, labelledUsers } from './queueWorkflows';

const ITEMS = 50;
const BEFORE_KILL = ['w1', 'w2', 'w3', 'w4'];
const AFTER_KILL = ['w5', 'w6'];
/** Each CIPP answer takes this long, so items are still in flight when the worker dies. */
const CIPP_LATENCY_MS = 100;

/** The run label of a write's user ID (`w3-item07@…` → `w3`). */
function runOf(request: SimRequest): string {
	const body = request.body as Record<string, unknown> | undefined;
	return String(body?.ID ?? '').split('-item')[0];
}

function itemOf(request: SimRequest): string {
	const body = request.body as Record<string, unknown> | undefined;
	return String(body?.ID ?? '');
}

export async function killedWorkerCase(context: QueueContext): Promise<void> {
	const { deployment, box, check } = context;
	const assert: Assert = context.assert;
	await check('5. worker killed mid-run: the other worker keeps running new executions, nothing else is lost, no finished item is written twice', async () => {
		const mark = requestMark(box);
		const writes = () => since(box, mark).filter((request) => request.endpoint === 'ExecDisableUser');
		const done = () => writes().filter((request) => request.status === 200);
		box.cipp.latencyMs = CIPP_LATENCY_MS;
		const startedBefore = new Set(deployment.workerOf().keys());
		const newlyStarted = () => [...deployment.workerOf()].filter(([id]) => !startedBefore.has(id));
		const post = async (run: string): Promise<[string, Answer]> => [run, await postJson(deployment.webhookUrl(WRITE.path), { run, users: labelledUsers(run, ITEMS) })];
		// The run label in an execution's stored data names its execution. n8n replaces the data of
		// the killed execution with the error when it gives up on it, so this is read at the kill.
		const executionOfRun = (run: string) => deployment.executionsContaining(`${run}-item00@`)[0];
		const firstAnswers = BEFORE_KILL.map(post);

		// Kill a worker that has a write execution under way, once a fifth of the writes are done.
		await waitFor(() => [newlyStarted().length, done().length], ([started, written]) => started >= 1 && written >= (BEFORE_KILL.length * ITEMS) / 5, 60_000);
		const running = newlyStarted();
		assert(running.length > 0, 'no write execution started');
		const victimName = running[0][1];
		const victim = deployment.workers.findIndex((worker) => worker.name === victimName);
		const survivor = deployment.workers.find((_, index) => index !== victim);
		assert(survivor, 'only one worker');
		const killedExecutions = running.filter(([, worker]) => worker === victimName).map(([id]) => id);
		const doneAtKill = tally(done().map(runOf));
		const killedAt = Date.now();
		await deployment.killWorker(victim);
		const runIds = new Map(BEFORE_KILL.map((run) => [run, executionOfRun(run)]));
		const killedRuns = BEFORE_KILL.filter((run) => killedExecutions.includes(runIds.get(run) ?? ''));
		// Writes CIPP received within its answer time before the kill: done in CIPP, never seen by n8n.
		const inFlightAtKill = writes().filter((request) => request.receivedAt > killedAt - CIPP_LATENCY_MS && request.receivedAt <= killedAt).length;

		// When Bull gives up on the killed jobs (they leave its active list once their lock has
		// expired and a stalled check ran), and when n8n gives their executions a final status.
		const killedJobs = killedExecutions.map((id) => deployment.jobOf().get(id) ?? '?');
		const jobsReleased = waitFor(() => deployment.activeJobs(), (active) => !killedJobs.some((job) => active.includes(job)), 180_000, 500).then(() => Date.now());
		const killedRows = () => deployment.executions(WRITE.id).filter((row) => killedExecutions.includes(row.id));
		const settled = waitFor(killedRows, (rows) => rows.every((row) => !['new', 'running'].includes(row.status)), 180_000, 1000).then(() => Date.now());

		// New executions after the kill, which only the survivor can run.
		const laterAnswers = AFTER_KILL.map(post);
		const answers = new Map(await Promise.all([...firstAnswers, ...laterAnswers]));
		const settledAt = await settled;
		const releasedAt = await jobsReleased;
		await sleep(2000);
		for (const run of AFTER_KILL) runIds.set(run, executionOfRun(run));

		const labels = [...BEFORE_KILL, ...AFTER_KILL];
		const otherRuns = labels.filter((run) => !killedRuns.includes(run));
		const rows = deployment.executions(WRITE.id).filter((row) => !startedBefore.has(row.id));
		const owners = deployment.workerOf();
		const writtenTwice = Object.entries(tally(done().map(itemOf))).filter(([, count]) => count > 1);
		const doneByRun = tally(done().map(runOf));
		const rerunBySurvivor = deployment.startedBy(survivor).filter((id) => killedExecutions.includes(id));
		const afterKill = (at: number) => seconds(at - killedAt);
		context.figures('5. worker killed', {
			'killed worker': `${victimName}, ${killedExecutions.length} of its executions in flight: ${killedExecutions.map((id) => `${id} (${killedRuns.find((run) => runIds.get(run) === id) ?? '?'})`).join(', ')}`,
			'writes done per run at the kill': describeTally(doneAtKill),
			'writes CIPP was still answering at the kill': inFlightAtKill,
			'writes of the killed runs received after the kill': writes().filter((request) => request.receivedAt > killedAt && killedRuns.includes(runOf(request))).length,
			'writes done per run at the end': describeTally(doneByRun),
			'items written more than once': writtenTwice.length,
			'Bull failed the killed jobs': `jobs ${killedJobs.join(', ')} left the active list ${afterKill(releasedAt)} after the kill`,
			'killed executions, final status': `${killedRows().map((row) => `${row.id} ${row.status}`).join(', ')} (${afterKill(settledAt)} after the kill)`,
			'webhook answers to the killed runs': killedRuns.map((run) => `${run} ${answers.get(run)?.status} ${afterKill(answers.get(run)?.at ?? killedAt)} after the kill: ${brief(answers.get(run)?.body, 120)}`).join('; '),
			'killed executions started again by any worker': rerunBySurvivor.length,
			'other executions': rows.filter((row) => !killedExecutions.includes(row.id)).map((row) => `${row.id} ${row.status} on ${owners.get(row.id) ?? '?'}`).join(', '),
			'Bull lock (duration / renew / stalled check)': `${BULL_LOCK.durationMs / 1000} s / ${BULL_LOCK.renewMs / 1000} s / ${BULL_LOCK.stalledCheckMs / 1000} s`,
		});
		box.cipp.latencyMs = 0;
		assert(killedRuns.length === killedExecutions.length, `runs of the killed executions ${killedExecutions.join(', ')}: ${killedRuns.join(', ') || 'none found'}`);
		for (const run of otherRuns) {
			const answer = answers.get(run);
			assert(answer?.status === 200 && Array.isArray(answer.body) && answer.body.length === ITEMS, `${run}: ${answer?.status} ${brief(answer?.body)}`);
			assert(doneByRun[run] === ITEMS, `${run}: ${doneByRun[run] ?? 0} writes done`);
		}
		for (const run of AFTER_KILL) {
			const id = runIds.get(run);
			assert(id !== undefined && owners.get(id) === survivor.name, `${run} (execution ${id}) ran on ${id ? owners.get(id) : 'nothing'}`);
		}
		assert(writtenTwice.length === 0, `written more than once: ${writtenTwice.slice(0, 5).map(([item, count]) => `${item} ×${count}`).join(', ')}`);
		const otherRows = rows.filter((row) => !killedExecutions.includes(row.id));
		assert(otherRows.length === otherRuns.length && otherRows.every((row) => row.status === 'success'), `other executions: ${describeTally(tally(otherRows.map((row) => row.status)))}`);
		return `${victimName} killed with ${killedExecutions.length} execution(s) in flight; they ended "${killedRows().map((row) => row.status).join(', ')}" ${afterKill(settledAt)} later, run again: ${rerunBySurvivor.length > 0 ? 'yes' : 'no'}; duplicate writes: ${writtenTwice.length}`;
	});
}
