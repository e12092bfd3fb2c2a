import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';

import { matchesFilters, splitList } from '../filters';
import { firstCursor, readCursor, takeNew, writeCursor } from './cursor';
import { changeItem, takeChanges } from './rowStates';
import { fetchRecords, pollSource } from './sources';

/**
 * One poll of a CIPP list: ask for the window since the cursor (minus the source's overlap), keep
 * what passes the filters, emit what was not emitted before, then move the cursor. Lists whose
 * rows change in place (alert items) emit each change of a row instead (rowStates.ts). In manual
 * mode the latest matching event is returned so the user sees real data, and nothing is stored.
 * Both the CIPP Poll Trigger and the first version of the CIPP Trigger poll through here.
 */
export async function pollOnce(this: IPollFunctions, event: string): Promise<INodeExecutionData[][] | null> {
	const source = pollSource(event);
	if (!source) return null;
	const staticData = this.getWorkflowStaticData('node');
	const cursor = readCursor(staticData);
	const now = Date.now();
	const lookBackMs = Math.max(0, Number(this.getNodeParameter('lookBackHours', 0))) * 60 * 60 * 1000;
	const manual = this.getMode() === 'manual';
	const windowStart = cursor && !manual ? cursor.since - source.overlapMs : now - Math.max(lookBackMs, source.overlapMs);

	// If this throws, the cursor is untouched and the next poll asks for the same window.
	const records = await fetchRecords(this, source, {
		tenant: String(this.getNodeParameter('tenant', 'AllTenants') ?? '').trim(),
		severities: (this.getNodeParameter('severities', []) as string[]) ?? [],
		windowStart,
	});
	const filters = this.getNodeParameter('filters', {}) as IDataObject;
	const wanted = records.filter((record) =>
		matchesFilters(
			{ source: source.event, tenant: source.tenant(record.json), title: source.title(record.json) },
			{ sources: [], tenants: splitList(filters.tenants), titleContains: String(filters.titleContains ?? '') },
		),
	);

	if (manual) {
		const latest = [...wanted].sort((a, b) => b.time - a.time)[0];
		if (!latest) return null;
		return [[{ json: source.tracking ? changeItem(latest, source.tracking, null) : latest.json }]];
	}
	if (source.tracking) {
		const changes = takeChanges(staticData, source.event, source.tracking, wanted, { now, lookBackMs });
		return changes.length > 0 ? [changes.map((json) => ({ json }))] : null;
	}
	const { fresh, next } = cursor ? takeNew(cursor, wanted, source.overlapMs) : firstCursor(wanted, now, lookBackMs, source.overlapMs);
	writeCursor(staticData, next);
	return fresh.length > 0 ? [fresh.map((record) => ({ json: record.json }))] : null;
}
