import type { IDataObject, IPollFunctions } from 'n8n-workflow';

import { findOperation } from '../../Cipp/catalog';
import { cippRequest } from '../../Cipp/transport/cippRequest';
import type { PolledRecord } from './cursor';

/**
 * What each polling event reads from CIPP, how far back it asks, and how a row is identified
 * and dated. Every request goes through the CIPP node's transport.
 */

export type PollEvent = 'auditLog' | 'logbook' | 'scheduledTask' | 'incident';

export interface PollSettings {
	tenant: string;
	severities: string[];
	/** Start of the window to ask CIPP for (ms). */
	windowStart: number;
}

/** The method the catalog gives the endpoint, so polling sends what the CIPP node sends. */
function methodOf(endpoint: string): 'GET' | 'POST' {
	return findOperation(endpoint)?.endpoint.method ?? 'GET';
}

function time(value: unknown): number {
	if (typeof value === 'number') return value < 1e12 ? value * 1000 : value;
	const parsed = Date.parse(String(value ?? ''));
	return Number.isNaN(parsed) ? 0 : parsed;
}

function rows(body: unknown): IDataObject[] {
	if (Array.isArray(body)) return body as IDataObject[];
	const results = (body as IDataObject | undefined)?.Results;
	return Array.isArray(results) ? (results as IDataObject[]) : [];
}

function yyyymmdd(ms: number): string {
	return new Date(ms).toISOString().slice(0, 10).replace(/-/g, '');
}

/** How long after its time an event may still show up for the first time. */
export const OVERLAP_MS: Record<PollEvent, number> = {
	auditLog: 6 * 60 * 60 * 1000,
	logbook: 60 * 60 * 1000,
	scheduledTask: 24 * 60 * 60 * 1000,
	incident: 24 * 60 * 60 * 1000,
};

export async function fetchRecords(context: IPollFunctions, event: PollEvent, settings: PollSettings): Promise<PolledRecord[]> {
	const tenant = settings.tenant || 'AllTenants';
	switch (event) {
		case 'auditLog': {
			const response = await cippRequest.call(context, {
				endpoint: 'ListAuditLogs',
				method: methodOf('ListAuditLogs'),
				qs: { tenantFilter: tenant, StartDate: String(Math.floor(settings.windowStart / 1000)) },
			});
			return rows(response.body).map((row) => ({
				key: String(row.LogId ?? row.RowKey ?? JSON.stringify(row)),
				time: time(row.Timestamp),
				json: row,
			}));
		}
		case 'logbook': {
			const qs: IDataObject = {
				Filter: 'true',
				StartDate: yyyymmdd(settings.windowStart),
				EndDate: yyyymmdd(Date.now() + 24 * 60 * 60 * 1000),
			};
			if (settings.severities.length > 0) qs.Severity = settings.severities.join(',');
			if (settings.tenant && settings.tenant !== 'AllTenants') qs.Tenant = settings.tenant;
			const response = await cippRequest.call(context, { endpoint: 'ListLogs', method: methodOf('ListLogs'), qs, isRead: true });
			return rows(response.body)
				.filter((row) => settings.severities.length === 0 || settings.severities.includes(String(row.Severity)))
				.map((row) => ({
					key: `${String(row.DateFilter ?? row.PartitionKey ?? '')}/${String(row.RowKey ?? JSON.stringify(row))}`,
					time: time(row.DateTime ?? row.Timestamp),
					json: row,
				}));
		}
		case 'scheduledTask': {
			const qs: IDataObject = { ShowHidden: 'true' };
			if (settings.tenant && settings.tenant !== 'AllTenants') qs.tenantFilter = settings.tenant;
			const response = await cippRequest.call(context, { endpoint: 'ListScheduledItems', method: methodOf('ListScheduledItems'), qs, isRead: true });
			return rows(response.body)
				.filter((row) => /^(completed|failed)/i.test(String(row.TaskState ?? '')) && row.ExecutedTime)
				.map((row) => ({
					key: `${String(row.RowKey)}@${String(row.ExecutedTime)}`,
					time: time(row.ExecutedTime),
					json: row,
				}));
		}
		case 'incident': {
			const response = await cippRequest.call(context, {
				endpoint: 'ExecIncidentsList',
				method: methodOf('ExecIncidentsList'),
				qs: { tenantFilter: tenant },
			});
			return rows(response.body).map((row) => ({
				key: `${String(row.Tenant ?? '')}/${String(row.Id ?? row.id ?? row.IncidentId ?? JSON.stringify(row))}`,
				time: time(row.Created ?? row.createdDateTime ?? row.CreatedDateTime ?? row.Updated),
				json: row,
			}));
		}
	}
}
