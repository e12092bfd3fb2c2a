import type { IDataObject } from 'n8n-workflow';

/**
 * CIPP notifications in both shapes it sends: the standardized envelope
 * (`schemaVersion, source, invoking, title, tenant, generatedAt, alertCount, payload[]`) and the
 * legacy raw bodies (logbook row arrays, audit-log alert objects, scheduled-task and alert
 * results, standards, drift and baseline messages, and the test message).
 */

export interface CippEvent {
	source: string;
	title: string;
	tenant: string;
	generatedAt: string;
	schema: 'standardized' | 'legacy';
	invoking?: string;
	payload: unknown;
}

export interface CippNotification {
	schema: 'standardized' | 'legacy';
	source: string;
	title: string;
	tenant: string;
	generatedAt: string;
	invoking?: string;
	events: CippEvent[];
	raw: unknown;
}

function text(value: unknown): string {
	return typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value);
}

function isObject(value: unknown): value is IDataObject {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Which CIPP feature produced a legacy body, judged by its fields. */
function legacySource(body: IDataObject): { source: string; title: string; tenant: string } {
	const title = text(body.Title ?? body.title);
	if (title === 'CIPP Notification Test' || ('Text' in body && 'Title' in body && Object.keys(body).length <= 3)) {
		return { source: 'Test', title: title || 'CIPP Notification Test', tenant: text(body.Tenant ?? body.tenant) };
	}
	if ('TaskInfo' in body || 'task' in body || 'taskType' in body) {
		const task = (isObject(body.TaskInfo) ? body.TaskInfo : isObject(body.task) ? body.task : {}) as IDataObject;
		const command = text(task.Command ?? task.command);
		const isAlert = 'Snooze' in body || 'snooze' in body || /Get-CIPPAlert/i.test(command);
		return {
			source: isAlert ? 'Alert' : 'Scheduled Task',
			title: text(task.Name ?? task.name) || command || 'Scheduled task',
			tenant: text(body.Tenant ?? body.tenant),
		};
	}
	if ('Event' in body && ('Baseline' in body || 'Differences' in body)) {
		return { source: 'Baselines', title: `${text(body.Event)}: ${text(body.Baseline)}`.trim(), tenant: text(body.Tenant) };
	}
	if ('AlertData' in body) return { source: 'Drift', title: title || 'Drift alert', tenant: text(body.Tenant) };
	if ('auditlog' in body || 'buttonurl' in body) {
		return { source: 'Standards Notification', title: title || 'Standards Notification', tenant: text(body.Tenant ?? body.tenant) };
	}
	if ('RawData' in body || 'AuditRecord' in body || 'ActionUrl' in body) {
		const raw = (isObject(body.RawData) ? body.RawData : isObject(body.AuditRecord) ? body.AuditRecord : {}) as IDataObject;
		return {
			source: 'Audit Log Alert',
			title: title || 'Audit log alert',
			tenant: text(body.Tenant ?? raw.CIPPTenant ?? raw.OrganizationId ?? raw.TenantId),
		};
	}
	return { source: 'Unknown', title: title || 'CIPP notification', tenant: text(body.Tenant ?? body.tenant) };
}

function asPayloadEntry(entry: unknown): unknown {
	return typeof entry === 'string' ? { message: entry } : entry;
}

export function normalizeNotification(body: unknown, receivedAt = new Date()): CippNotification {
	let parsed = body;
	if (typeof body === 'string') {
		try {
			parsed = JSON.parse(body) as unknown;
		} catch {
			parsed = { message: body };
		}
	}

	if (isObject(parsed) && 'schemaVersion' in parsed && 'payload' in parsed) {
		const envelope = {
			schema: 'standardized' as const,
			source: text(parsed.source) || 'Unknown',
			title: text(parsed.title),
			tenant: text(parsed.tenant),
			generatedAt: text(parsed.generatedAt) || receivedAt.toISOString(),
			invoking: text(parsed.invoking) || undefined,
		};
		const entries = Array.isArray(parsed.payload) ? parsed.payload : [parsed.payload];
		return {
			...envelope,
			events: entries.map((entry) => ({ ...envelope, payload: asPayloadEntry(entry) })),
			raw: parsed,
		};
	}

	const generatedAt = receivedAt.toISOString();
	if (Array.isArray(parsed)) {
		// Logbook notifications arrive as an array of logbook rows (in chunks of up to 500).
		const events = parsed.map((row) => {
			const record: IDataObject = isObject(row) ? row : { message: text(row) };
			return {
				schema: 'legacy' as const,
				source: 'Logbook Notification',
				title: text(record.Message ?? record.message).slice(0, 200) || 'Logbook entry',
				tenant: text(record.Tenant),
				generatedAt,
				payload: record,
			};
		});
		return { schema: 'legacy', source: 'Logbook Notification', title: 'Logbook Notification', tenant: '', generatedAt, events, raw: parsed };
	}

	const record: IDataObject = isObject(parsed) ? parsed : { message: text(parsed) };
	const described = legacySource(record);
	const event: CippEvent = { schema: 'legacy', ...described, generatedAt, payload: record };
	return { schema: 'legacy', ...described, generatedAt, events: [event], raw: parsed };
}
