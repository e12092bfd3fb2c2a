import { sleep } from 'n8n-workflow';

/**
 * Paces the requests of one CIPP API client to CIPP's rate limit (100 requests per fixed
 * 10-second window per API client; over it CIPP refuses with 429 and Retry-After).
 *
 * CIPP's windows are not aligned with ours: we cannot see where they start, and a request is
 * counted when it reaches CIPP, some time after we sent it. A window of our own, started at our
 * first request, could end before CIPP's does and let the next burst into CIPP's old window. So
 * each of the N request slots is reused only once a full window has passed since CIPP surely
 * counted its previous request: since its answer came back, or at most ARRIVAL_ALLOWANCE_MS
 * after its turn (a long-running action must not hold its slot), unless the request may have
 * left late: n8n fetched a token first, or it is the first on its slot after a quiet spell (a new
 * connection to open); then only its answer tells. Then no span of one window holds more than N
 * arrivals, wherever CIPP's windows fall, so a single process stays within the limit. Under load
 * this paces like CIPP's fixed window: N requests, then the next N one window (plus the short
 * allowance) later.
 *
 * A 429 means something else shares the API client (another n8n process or integration) or CIPP
 * counts differently: then every waiting request of the client holds off until Retry-After.
 * Waiting callers are served first come, first served; retries go before first attempts.
 */

export interface RateLimitSettings {
	/** Requests allowed per window; 0 turns pacing off (a 429 still pauses the client). */
	requests: number;
	windowMs: number;
}

/**
 * How long after sending a request we assume CIPP has counted it, when its answer is slower.
 * Small, because the wait is paid once per window under load; a request that reached CIPP even
 * later costs at most one 429, which then pauses the client until CIPP's window ends.
 */
export const ARRIVAL_ALLOWANCE_MS = 100;

/** Slack for timers and clocks at the window's edge. */
export const EDGE_MARGIN_MS = 25;

/** The serving loop re-reads its state at least this often (n8n's sleep cannot be cut short). */
const SERVE_SLICE_MS = 1000;

function now(): number {
	return performance.now();
}

interface Slot {
	/** When the slot may carry another request. */
	freeAt: number;
	/** The request that used it last. */
	holder?: Ticket;
}

/** A request's hold on its slots; tell it when the answer (or a failure) came back. */
export class Ticket {
	/**
	 * `afterQuietSpell`: the client sent nothing on these slots for a window or more, so this
	 * request may open a new connection or fetch a token first and reach CIPP late.
	 */
	constructor(
		private readonly slots: Slot[],
		private readonly windowMs: number,
		private readonly afterQuietSpell: boolean,
	) {
		for (const slot of slots) slot.holder = this;
	}

	/**
	 * The answer (or a failure) came back, so CIPP has counted the request by now. `sentLate`: the
	 * request left long after its turn (n8n fetched a token first). A late request, like one after
	 * a quiet spell, is bounded by its answer only, not by the allowance after its turn.
	 */
	answered(sentLate = false): void {
		const freeAt = now() + this.windowMs + EDGE_MARGIN_MS;
		const answerOnly = sentLate || this.afterQuietSpell;
		for (const slot of this.slots) {
			// A slot already carrying a later request (this answer took very long) is not ours to free.
			if (slot.holder !== this) continue;
			slot.freeAt = answerOnly ? freeAt : Math.min(slot.freeAt, freeAt);
		}
	}
}

export interface TurnRequest {
	/** How many requests this call counts as (a $batch call may count as its sub-requests). */
	weight: number;
	/** A retry: it goes before first attempts, which have not been admitted yet. */
	retry: boolean;
	/** How long this caller may wait for a 429 pause (what is left of its retry time). */
	maxPauseMs: number;
	/** The execution's stop signal: a stopped execution leaves the queue at once. */
	signal?: AbortSignal;
}

export type Turn =
	| { kind: 'go'; ticket: Ticket; pausedMs: number }
	| { kind: 'cancelled' }
	| { kind: 'pausedTooLong'; pauseMs: number };

interface Waiter {
	weight: number;
	retry: boolean;
	maxPauseMs: number;
	/** Time spent (or to be spent) waiting for 429 pauses. */
	pausedMs: number;
	signal?: AbortSignal;
	resolve: (turn: Turn) => void;
}

/** The waiters of one execution, behind one abort listener (Node warns past 10 per signal). */
interface Watch {
	waiters: Set<Waiter>;
	onAbort: () => void;
}

export class RateLimiter {
	private slots: Slot[] = [];

	private windowMs = 0;

	private readonly queue: Waiter[] = [];

	private readonly watches = new Map<AbortSignal, Watch>();

	private pausedUntil = 0;

	private serving = false;

	constructor(settings: RateLimitSettings) {
		this.windowMs = settings.windowMs;
		// A new slot has never carried a request: its first one comes after a quiet spell.
		this.slots = Array.from({ length: Math.max(0, Math.floor(settings.requests)) }, () => ({ freeAt: -Infinity }));
	}

	/**
	 * Applies the settings of the credential used now (two credentials of one API client may
	 * differ). Fewer slots keep the busiest ones, so requests just sent still count; added slots
	 * start busy for a window, so switching between two settings never adds up their budgets.
	 */
	configure(settings: RateLimitSettings): void {
		this.windowMs = settings.windowMs;
		const wanted = Math.max(0, Math.floor(settings.requests));
		if (wanted === this.slots.length) return;
		const kept = [...this.slots].sort((a, b) => b.freeAt - a.freeAt).slice(0, wanted);
		const busyUntil = now() + this.windowMs + EDGE_MARGIN_MS;
		while (kept.length < wanted) kept.push({ freeAt: busyUntil });
		this.slots = kept;
	}

	/** Waiting callers (for tests and diagnostics). */
	get waiting(): number {
		return this.queue.length;
	}

	/** Resolves when the caller may send, or says why it may not. */
	async waitForTurn(request: TurnRequest): Promise<Turn> {
		if (request.signal?.aborted) return { kind: 'cancelled' };
		const weight = Math.max(1, Math.floor(request.weight));
		const pauseLeft = Math.max(0, this.pausedUntil - now());
		if (pauseLeft > request.maxPauseMs) return { kind: 'pausedTooLong', pauseMs: pauseLeft };
		if (this.queue.length === 0 && this.delayFor(weight) <= 0) return { kind: 'go', ticket: this.take(weight), pausedMs: 0 };
		return await new Promise<Turn>((resolve) => {
			const waiter: Waiter = { weight, retry: request.retry, maxPauseMs: request.maxPauseMs, pausedMs: pauseLeft, signal: request.signal, resolve };
			this.watch(waiter);
			this.enqueue(waiter);
			void this.serve();
		});
	}

	/** CIPP answered 429 with Retry-After: nobody of this client sends before it has passed. */
	pauseFor(ms: number): void {
		const start = now();
		const until = start + ms;
		if (until <= this.pausedUntil) return;
		const extension = until - Math.max(this.pausedUntil, start);
		this.pausedUntil = until;
		for (const waiter of [...this.queue]) {
			waiter.pausedMs += extension;
			if (waiter.pausedMs > waiter.maxPauseMs) {
				this.remove(waiter);
				waiter.resolve({ kind: 'pausedTooLong', pauseMs: until - start });
			}
		}
	}

	/** Retries line up behind earlier retries, ahead of every first attempt. */
	private enqueue(waiter: Waiter): void {
		if (!waiter.retry) {
			this.queue.push(waiter);
			return;
		}
		const firstAttempt = this.queue.findIndex((queued) => !queued.retry);
		if (firstAttempt < 0) this.queue.push(waiter);
		else this.queue.splice(firstAttempt, 0, waiter);
	}

	/** Takes a waiter out of the queue and stops watching its signal for it. */
	private remove(waiter: Waiter): void {
		const index = this.queue.indexOf(waiter);
		if (index >= 0) this.queue.splice(index, 1);
		const watch = waiter.signal ? this.watches.get(waiter.signal) : undefined;
		if (!waiter.signal || !watch) return;
		watch.waiters.delete(waiter);
		if (watch.waiters.size === 0) {
			waiter.signal.removeEventListener('abort', watch.onAbort);
			this.watches.delete(waiter.signal);
		}
	}

	/** A stopped execution takes all its waiters out of the queue at once. */
	private watch(waiter: Waiter): void {
		const signal = waiter.signal;
		if (!signal) return;
		let watch = this.watches.get(signal);
		if (!watch) {
			const waiters = new Set<Waiter>();
			const onAbort = () => {
				this.watches.delete(signal);
				for (const stopped of waiters) {
					const index = this.queue.indexOf(stopped);
					if (index >= 0) this.queue.splice(index, 1);
					stopped.resolve({ kind: 'cancelled' });
				}
			};
			watch = { waiters, onAbort };
			this.watches.set(signal, watch);
			signal.addEventListener('abort', onAbort, { once: true });
		}
		watch.waiters.add(waiter);
	}

	/** The slots a call of `weight` takes: a call never needs more than all of them (none when pacing is off). */
	private slotsFor(weight: number): number {
		return Math.min(weight, this.slots.length);
	}

	/** Milliseconds until `weight` slots are free and no pause holds the client (0 or less: now). */
	private delayFor(weight: number): number {
		const count = this.slotsFor(weight);
		let readyAt = this.pausedUntil;
		if (count > 0) {
			const freeTimes = this.slots.map((slot) => slot.freeAt).sort((a, b) => a - b);
			readyAt = Math.max(readyAt, freeTimes[count - 1]);
		}
		return readyAt - now();
	}

	private take(weight: number): Ticket {
		const sentAt = now();
		const taken = [...this.slots].sort((a, b) => a.freeAt - b.freeAt).slice(0, this.slotsFor(weight));
		const afterQuietSpell = taken.some((slot) => slot.freeAt + this.windowMs < sentAt);
		// Until the answer says otherwise, assume CIPP counts the request a little after sending.
		for (const slot of taken) slot.freeAt = sentAt + ARRIVAL_ALLOWANCE_MS + this.windowMs + EDGE_MARGIN_MS;
		return new Ticket(taken, this.windowMs, afterQuietSpell);
	}

	/** One loop per client serves the queue head whenever its slots come free. */
	private async serve(): Promise<void> {
		if (this.serving) return;
		this.serving = true;
		try {
			while (this.queue.length > 0) {
				const head = this.queue[0];
				const delay = this.delayFor(head.weight);
				if (delay > 0) {
					await sleep(Math.min(Math.ceil(delay), SERVE_SLICE_MS));
					continue;
				}
				this.remove(head);
				head.resolve({ kind: 'go', ticket: this.take(head.weight), pausedMs: head.pausedMs });
			}
		} finally {
			this.serving = false;
		}
	}
}
