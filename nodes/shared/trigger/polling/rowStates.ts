import type { IDataObject } from 'n8n-workflow';

import type { PolledRecord } from './cursor';

/**
 * Remembers, for lists whose rows change in place (CIPP's tracked alert items), the state each row
 * had at the last poll, in the workflow's static data, so a row is emitted once per change rather
 * than once per key. Only rows of the latest answer are kept: a row that left the list (purged,
 * or resolved longer ago than the list reaches) is forgotten, which bounds the state by what CIPP
 * returns; a hard cap guards against an unexpectedly long list.
 */

/** How a source tells a row's state: a text that changes whenever the row does, and its status. */
export interface RowStateTracking {
	/** Differs between two polls exactly when the row changed in a way worth emitting. */
	fingerprint: (row: IDataObject) => string;
	status: (row: IDataObject) => string;
}

export interface RowStates {
	version: 1;
	/** The event the states belong to (switching "Trigger On" starts over). */
	event: string;
	/** Per row key: its status and fingerprint at the last poll. */
	rows: Record<string, [status: string, fingerprint: string]>;
	/** The last answer had more rows than the cap: unknown rows may be known ones that were dropped. */
	truncated?: true;
}

/** Rows remembered at most; beyond it the rows with the oldest changes are dropped. */
export const MAX_TRACKED_ROWS = 20_000;

const STATIC_KEY = 'rowStates';

export function readRowStates(staticData: IDataObject, event: string): RowStates | undefined {
	const states = staticData[STATIC_KEY] as RowStates | undefined;
	return states && states.version === 1 && states.event === event && typeof states.rows === 'object' ? states : undefined;
}

function writeRowStates(staticData: IDataObject, states: RowStates): void {
	staticData[STATIC_KEY] = states as unknown as IDataObject;
}

/** The item emitted for a row: the row as CIPP returned it, with the status before and after. */
export function changeItem(record: PolledRecord, tracking: RowStateTracking, previousStatus: string | null): IDataObject {
	return { ...record.json, previousStatus, newStatus: tracking.status(record.json) };
}

/**
 * Compares the answer with the states of the last poll and remembers the new ones. On the first
 * poll nothing is compared: rows whose latest change falls within the look-back are emitted as
 * new (previousStatus null), the rest only remembered. Emitted items are ordered by change time.
 */
export function takeChanges(
	staticData: IDataObject,
	event: string,
	tracking: RowStateTracking,
	records: PolledRecord[],
	options: { now: number; lookBackMs: number },
): IDataObject[] {
	const before = readRowStates(staticData, event);
	const kept = records.length > MAX_TRACKED_ROWS ? [...records].sort((a, b) => b.time - a.time).slice(0, MAX_TRACKED_ROWS) : records;
	const changes: Array<{ record: PolledRecord; previous: string | null }> = [];
	const rows: RowStates['rows'] = {};
	for (const record of kept) {
		const now: [string, string] = [tracking.status(record.json), tracking.fingerprint(record.json)];
		rows[record.key] = now;
		const last = before?.rows[record.key];
		if (!before) {
			if (options.lookBackMs > 0 && record.time >= options.now - options.lookBackMs) changes.push({ record, previous: null });
		} else if (last) {
			if (last[1] !== now[1]) changes.push({ record, previous: last[0] });
		} else if (!before.truncated) {
			// A row the last answer did not have: an item that appeared since.
			changes.push({ record, previous: null });
		}
	}
	const next: RowStates = { version: 1, event, rows };
	if (kept.length < records.length) next.truncated = true;
	writeRowStates(staticData, next);
	return changes.sort((a, b) => a.record.time - b.record.time).map(({ record, previous }) => changeItem(record, tracking, previous));
}
