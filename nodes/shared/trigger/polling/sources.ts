import type { IDataObject, IPollFunctions } from 'n8n-workflow';

import { cippRequest } from '../../cipp/transport/cippRequest';
import type { PolledRecord } from './cursor';
import type { RowStateTracking } from './rowStates';

/**
 * Everything the poller knows about each CIPP list it watches, in one registry: the description
 * offers these entries, the poller asks CIPP with them, and the filters read titles and tenants
 * through them. Adding a source is adding one entry here.
 */

export type PollEvent = 'auditLog' | 'logbook' | 'scheduledTask' | 'incident' | 'alertStatus';

export interface PollSettings {
	tenant: string;
	severities: string[];
	/** Start of the window to ask CIPP for (ms). */
	windowStart: number;
}

export interface PollSource {
	event: PollEvent;
	/** Option name in the "Trigger On" list. */
	name: string;
	description: string;
	endpoint: string;
	method: 'GET' | 'POST';
	/** How long after its time an event may still show up for the first time. */
	overlapMs: number;
	query: (settings: PollSettings) => IDataObject;
	/** Rows to keep (all when absent). */
	keep?: (row: IDataObject, settings: PollSettings) => boolean;
	key: (row: IDataObject) => string;
	time: (row: IDataObject) => number;
	title: (row: IDataObject) => string;
	tenant: (row: IDataObject) => string;
	/**
	 * For rows that change in place: emit a row each time its state changes (rowStates.ts), not
	 * once per key. `time` is then when the row last changed, and the overlap is not used.
	 */
	tracking?: RowStateTracking;
	/** The first CIPP release that answers the way the source reads it. */
	minVersion?: string;
}

const HOUR = 60 * 60 * 1000;

function time(value: unknown): number {
	if (typeof value === 'number') return value < 1e12 ? value * 1000 : value;
	const parsed = Date.parse(String(value ?? ''));
	return Number.isNaN(parsed) ? 0 : parsed;
}

const text = (value: unknown): string => (value === undefined || value === null ? '' : String(value));

function yyyymmdd(ms: number): string {
	return new Date(ms).toISOString().slice(0, 10).replace(/-/g, '');
}

const oneTenant = (tenant: string): string | undefined => (tenant && tenant !== 'AllTenants' ? tenant : undefined);

/**
 * How far back resolved alert items are listed. A resolution is seen by any poll within this
 * many days, so a trigger that was off for less than a week still reports it.
 */
const RESOLVED_ITEMS_DAYS = 7;

/** When a tracked alert item last changed: resolved, acknowledged, or first seen (opened or reopened). */
function alertItemChangedAt(row: IDataObject): number {
	const status = text(row.Status);
	if (status === 'Resolved') return time(row.ResolvedAt);
	if (status === 'Acknowledged') return time(row.AcknowledgedAt) || time(row.FirstSeen);
	// A snooze is not dated on the item; the last check is when it was last confirmed.
	if (status === 'Snoozed') return time(row.LastChecked) || time(row.FirstSeen);
	return time(row.FirstSeen);
}

export const POLL_SOURCES: readonly PollSource[] = [
	{
		event: 'alertStatus',
		name: 'Alert Status Changed',
		description:
			'A scripted alert item opened, was acknowledged, snoozed or resolved, or came back (ListAlertResults; needs CIPP 10.10 or later)',
		endpoint: 'ListAlertResults',
		method: 'GET',
		overlapMs: 0,
		query: (settings) => ({ tenantFilter: settings.tenant || 'AllTenants', IncludeResolved: 'true', Days: String(RESOLVED_ITEMS_DAYS) }),
		key: (row) => `${text(row.PartitionKey ?? row.Tenant)}/${text(row.RowKey)}`,
		time: alertItemChangedAt,
		title: (row) => text(row.ContentPreview ?? row.CmdletName),
		tenant: (row) => text(row.Tenant),
		// A reopened item is Open again with a higher ReopenCount: a change even when both polls saw Open.
		tracking: {
			status: (row) => text(row.Status),
			fingerprint: (row) => `${text(row.Status)}|${text(row.ResolvedAt)}|${text(row.ReopenCount)}`,
		},
		minVersion: '10.10.0',
	},
	{
		event: 'scheduledTask',
		name: 'Finished Scheduled Task or Alert',
		description: 'A CIPP scheduled task or scripted alert finished (ListScheduledItems)',
		endpoint: 'ListScheduledItems',
		method: 'GET',
		overlapMs: 24 * HOUR,
		query: (settings) => ({ ShowHidden: 'true', ...(oneTenant(settings.tenant) ? { tenantFilter: settings.tenant } : {}) }),
		keep: (row) => /^(completed|failed)/i.test(text(row.TaskState)) && Boolean(row.ExecutedTime),
		key: (row) => `${text(row.RowKey)}@${text(row.ExecutedTime)}`,
		time: (row) => time(row.ExecutedTime),
		title: (row) => text(row.Name ?? row.Command),
		tenant: (row) => text(row.Tenant ?? row.tenant),
	},
	{
		event: 'auditLog',
		name: 'New Audit Log Alert',
		description: 'An audit-log event matched one of your CIPP alert rules (ListAuditLogs)',
		endpoint: 'ListAuditLogs',
		method: 'GET',
		overlapMs: 6 * HOUR,
		query: (settings) => ({ tenantFilter: settings.tenant || 'AllTenants', StartDate: String(Math.floor(settings.windowStart / 1000)) }),
		key: (row) => text(row.LogId ?? row.RowKey ?? JSON.stringify(row)),
		time: (row) => time(row.Timestamp),
		title: (row) => text(row.Title ?? row.Message),
		tenant: (row) => text(row.Tenant ?? row.tenant),
	},
	{
		event: 'incident',
		name: 'New Defender Incident',
		description: 'Microsoft Defender raised an incident (ExecIncidentsList)',
		endpoint: 'ExecIncidentsList',
		method: 'GET',
		overlapMs: 24 * HOUR,
		query: (settings) => ({ tenantFilter: settings.tenant || 'AllTenants' }),
		key: (row) => `${text(row.Tenant)}/${text(row.Id ?? row.id ?? row.IncidentId ?? JSON.stringify(row))}`,
		time: (row) => time(row.Created ?? row.createdDateTime ?? row.CreatedDateTime ?? row.Updated),
		title: (row) => text(row.DisplayName ?? row.displayName ?? row.Title),
		tenant: (row) => text(row.Tenant ?? row.tenant),
	},
	{
		event: 'logbook',
		name: 'New Logbook Entry',
		description: "An entry of the chosen severities was written to CIPP's logbook (ListLogs)",
		endpoint: 'ListLogs',
		method: 'GET',
		overlapMs: HOUR,
		query: (settings) => ({
			Filter: 'true',
			StartDate: yyyymmdd(settings.windowStart),
			EndDate: yyyymmdd(Date.now() + 24 * HOUR),
			...(settings.severities.length > 0 ? { Severity: settings.severities.join(',') } : {}),
			...(oneTenant(settings.tenant) ? { Tenant: settings.tenant } : {}),
		}),
		keep: (row, settings) => settings.severities.length === 0 || settings.severities.includes(text(row.Severity)),
		key: (row) => `${text(row.DateFilter ?? row.PartitionKey)}/${text(row.RowKey ?? JSON.stringify(row))}`,
		time: (row) => time(row.DateTime ?? row.Timestamp),
		title: (row) => text(row.Message ?? row.Title),
		tenant: (row) => text(row.Tenant ?? row.tenant),
	},
];

export function pollSource(event: string): PollSource | undefined {
	return POLL_SOURCES.find((source) => source.event === event);
}

function rows(body: unknown): IDataObject[] {
	if (Array.isArray(body)) return body as IDataObject[];
	const results = (body as IDataObject | undefined)?.Results;
	return Array.isArray(results) ? (results as IDataObject[]) : [];
}

export async function fetchRecords(context: IPollFunctions, source: PollSource, settings: PollSettings): Promise<PolledRecord[]> {
	const response = await cippRequest.call(context, {
		endpoint: source.endpoint,
		method: source.method,
		qs: source.query(settings),
		isRead: true,
	});
	return rows(response.body)
		.filter((row) => source.keep?.(row, settings) ?? true)
		.map((row) => ({ key: source.key(row), time: source.time(row), json: row }));
}
