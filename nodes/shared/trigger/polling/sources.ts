import type { IDataObject, IPollFunctions } from 'n8n-workflow';

import { cippRequest } from '../../cipp/transport/cippRequest';
import type { PolledRecord } from './cursor';

/**
 * Everything the poller knows about each CIPP list it watches, in one registry: the description
 * offers these entries, the poller asks CIPP with them, and the filters read titles and tenants
 * through them. Adding a source is adding one entry here.
 */

export type PollEvent = 'auditLog' | 'logbook' | 'scheduledTask' | 'incident';

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

export const POLL_SOURCES: readonly PollSource[] = [
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
