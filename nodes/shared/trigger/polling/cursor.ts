import type { IDataObject } from 'n8n-workflow';

/**
 * Remembers what a polling trigger has emitted, in the workflow's static data, so each event is
 * emitted once. CIPP's lists are windows over time that overlap from one poll to the next (and
 * audit logs can arrive late), so the state is a time mark plus the keys already seen within an
 * overlap window before it. Nothing is written unless the poll's request succeeded.
 */

export interface PolledRecord {
	key: string;
	/** Event time in ms since the epoch. */
	time: number;
	json: IDataObject;
}

export interface CursorState {
	version: 1;
	/** Newest event time seen so far (ms). */
	since: number;
	/** Keys emitted (or skipped on first activation) within the overlap window, with their time. */
	seen: Record<string, number>;
}

export function readCursor(staticData: IDataObject): CursorState | undefined {
	const state = staticData.cursor as CursorState | undefined;
	return state && state.version === 1 && typeof state.since === 'number' ? state : undefined;
}

export function writeCursor(staticData: IDataObject, state: CursorState): void {
	staticData.cursor = state as unknown as IDataObject;
}

/** The events not emitted before, oldest first, and the state after emitting them. */
export function takeNew(
	state: CursorState,
	records: PolledRecord[],
	overlapMs: number,
): { fresh: PolledRecord[]; next: CursorState } {
	const fresh = records
		.filter((record) => !(record.key in state.seen) && record.time >= state.since - overlapMs)
		.sort((a, b) => a.time - b.time);
	const since = records.reduce((max, record) => Math.max(max, record.time), state.since);
	const seen: Record<string, number> = {};
	for (const [key, time] of Object.entries(state.seen)) if (time >= since - overlapMs) seen[key] = time;
	for (const record of fresh) seen[record.key] = record.time;
	return { fresh, next: { version: 1, since, seen } };
}

/** First activation: remember what exists now and emit only what falls inside the look-back. */
export function firstCursor(
	records: PolledRecord[],
	now: number,
	lookBackMs: number,
	overlapMs: number,
): { fresh: PolledRecord[]; next: CursorState } {
	const fresh = lookBackMs > 0 ? records.filter((record) => record.time >= now - lookBackMs).sort((a, b) => a.time - b.time) : [];
	const since = records.reduce((max, record) => Math.max(max, record.time), now);
	const seen: Record<string, number> = {};
	for (const record of records) if (record.time >= since - overlapMs) seen[record.key] = record.time;
	return { fresh, next: { version: 1, since, seen } };
}
