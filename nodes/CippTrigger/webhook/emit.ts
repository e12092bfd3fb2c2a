import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { matchesFilters, splitList } from '../../shared/trigger/filters';
import type { EventFilters } from '../../shared/trigger/filters';
import type { CippNotification } from './normalizeNotification';

/** The filters as the node's "Filters" collection holds them. */
export function readFilters(raw: IDataObject): EventFilters {
	return {
		sources: splitList(raw.sources),
		tenants: splitList(raw.tenants),
		titleContains: String(raw.titleContains ?? ''),
	};
}

/**
 * The items a notification starts the workflow with: one per alert or logbook entry, or one for
 * the whole notification. `extra` (how the body was read) is added to every item.
 */
export function notificationItems(
	notification: CippNotification,
	filters: EventFilters,
	perRequest: boolean,
	extra: IDataObject = {},
): INodeExecutionData[] {
	const events = notification.events.filter((entry) => matchesFilters(entry, filters));
	if (events.length === 0) return [];
	if (perRequest) {
		return [
			{
				json: {
					schema: notification.schema,
					source: notification.source,
					title: notification.title,
					tenant: notification.tenant,
					generatedAt: notification.generatedAt,
					invoking: notification.invoking ?? null,
					alertCount: events.length,
					payload: events.map((entry) => entry.payload) as IDataObject[],
					...extra,
				},
			},
		];
	}
	return events.map((entry) => ({
		json: {
			schema: entry.schema,
			source: entry.source,
			title: entry.title,
			tenant: entry.tenant,
			generatedAt: entry.generatedAt,
			invoking: entry.invoking ?? null,
			payload: entry.payload as IDataObject,
			...extra,
		},
	}));
}
