import { sleep } from 'n8n-workflow';

/**
 * The execution's stop signal. When a user stops a run (or n8n cancels it), waits for a retry or
 * for CIPP's All Tenants queue end at once and no new request is started. Only node executions
 * have a signal; polls, list searches and webhooks run to completion as before.
 */

interface Cancellable {
	getExecutionCancelSignal?: () => AbortSignal | undefined;
}

/** n8n's sleep cannot be cleared, so long waits are cut into slices: a stopped wait leaves at most one slice behind. */
const SLICE_MS = 1000;

/** The execution's stop signal, when the context has one (node executions only). */
export function signalOf(context: object): AbortSignal | undefined {
	const candidate = context as Cancellable;
	return typeof candidate.getExecutionCancelSignal === 'function' ? candidate.getExecutionCancelSignal() : undefined;
}

export function isCancelled(context: object): boolean {
	return signalOf(context)?.aborted === true;
}

/** Waits `ms`, or less if the execution is stopped meanwhile. Returns false when it was stopped. */
export async function pauseUnlessCancelled(context: object, ms: number): Promise<boolean> {
	const signal = signalOf(context);
	if (!signal) {
		await sleep(ms);
		return true;
	}
	let onAbort = () => {};
	const aborted = new Promise<void>((resolve) => {
		onAbort = resolve;
		signal.addEventListener('abort', onAbort, { once: true });
	});
	try {
		for (let remaining = ms; remaining > 0 && !signal.aborted; remaining -= SLICE_MS) {
			await Promise.race([sleep(Math.min(remaining, SLICE_MS)), aborted]);
		}
	} finally {
		signal.removeEventListener('abort', onAbort);
	}
	return !signal.aborted;
}
