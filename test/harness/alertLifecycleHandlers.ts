import { activeSnooze, alertKeys, applySnooze } from './alertLifecycle';
import type { AlertLifecycleRow, AlertSnooze, AlertState } from './alertLifecycle';
import type { CippSimulator, Handler, HandlerResult } from './cippSimulator';

/**
 * The simulator's alert lifecycle endpoints, answering as the CIPP 10.10 handlers do (the lines
 * are in nodes/Cipp/catalog/data/additions/cipp-10.10.json): ListAlertResults with its status
 * filters, ExecAcknowledgeAlert with its refusals, ExecSnoozeAlert and ExecRemoveSnooze on the
 * tracked rows, and ExecToggleAlert on the alert rules. The request has already passed the
 * contract (required fields, kinds) when a handler runs; what is left is what the handler decides.
 */

const DAY = 24 * 60 * 60 * 1000;

/** The caller's name when the request carries no client principal, as the handlers fall back to. */
const UNKNOWN_USER = 'Unknown';

function read(source: Record<string, unknown>, name: string): unknown {
	const key = Object.keys(source).find((candidate) => candidate.toLowerCase() === name.toLowerCase());
	return key === undefined ? undefined : source[key];
}

/** Query first, then body, as `$Request.Query.X ?? $Request.Body.X` reads. */
const either = (query: Record<string, unknown>, body: Record<string, unknown>, name: string): unknown => read(query, name) ?? read(body, name);

const blank = (value: unknown): boolean => value === undefined || value === null || String(value).trim() === '';

const answer = (status: number, body: unknown): HandlerResult => ({ status, body });

/** [System.Convert]::ToBoolean: booleans, null (false) and the texts true/false; anything else throws. */
function toBoolean(value: unknown): boolean {
	if (value === undefined || value === null) return false;
	if (typeof value === 'boolean') return value;
	const text = String(value).trim().toLowerCase();
	if (text === 'true' || text === 'false') return text === 'true';
	throw new Error(`String '${String(value)}' was not recognized as a valid Boolean.`);
}

/** PowerShell's `-as [int]`: a number rounded, or nothing. */
function asInt(value: unknown): number | undefined {
	if (blank(value)) return undefined;
	const number = Number(value);
	return Number.isFinite(number) ? Math.round(number) : undefined;
}

/** The columns ListAlertResults returns of a row, in its order (the snooze's reason and flags are not among them). */
const LISTED_COLUMNS = [
	'PartitionKey', 'RowKey', 'CmdletName', 'AlertComment', 'Tenant', 'ContentHash', 'ContentPreview', 'AlertItem', 'Status',
	'FirstSeen', 'LastSeen', 'LastChecked', 'ResolvedAt', 'ReopenCount', 'AcknowledgedBy', 'AcknowledgedAt', 'AcknowledgeNote',
	'SnoozeUntil', 'SnoozedBy',
] as const satisfies ReadonlyArray<keyof AlertLifecycleRow>;

/** A row as ListAlertResults returns it, with the keys a snooze of the item has (or would have). */
function listed(row: AlertLifecycleRow): Record<string, unknown> {
	const columns: Record<string, unknown> = {};
	for (const column of LISTED_COLUMNS) columns[column] = row[column];
	return { ...columns, SnoozePartitionKey: row.CmdletName, SnoozeRowKey: row.SnoozeRowKey || row.ContentHash };
}

function listAlertResults(state: () => AlertState): Handler {
	return ({ query, body, tenant }) => {
		let includeResolved: boolean;
		try {
			includeResolved = toBoolean(either(query, body, 'IncludeResolved'));
		} catch (error) {
			return answer(500, { Results: `Failed to list alert results: ${(error as Error).message}` });
		}
		let days = asInt(either(query, body, 'Days'));
		if (!days || days < 1) days = 2;
		if (days > 366) days = 366;
		const cutoff = Date.now() - days * DAY;
		const rows = state().rows.filter((row) => {
			if (tenant !== 'AllTenants' && row.PartitionKey !== tenant) return false;
			if (row.Status !== 'Resolved') return true;
			const resolvedAt = Date.parse(row.ResolvedAt);
			return includeResolved && !Number.isNaN(resolvedAt) && resolvedAt >= cutoff;
		});
		const order = (row: AlertLifecycleRow) => [row.Status === 'Resolved' ? 1 : 0, -Date.parse(row.LastSeen)];
		rows.sort((a, b) => order(a)[0] - order(b)[0] || order(a)[1] - order(b)[1]);
		return answer(200, rows.map(listed));
	};
}

function acknowledgeAlert(state: () => AlertState): Handler {
	return ({ body }) => {
		const tenant = read(body, 'TenantFilter') ?? read(body, 'Tenant');
		const rowKey = read(body, 'RowKey');
		if (blank(tenant) || blank(rowKey)) return answer(400, { Results: 'TenantFilter and RowKey are required.' });
		const rawAction = read(body, 'Action');
		const action = blank(rawAction) ? 'acknowledge' : String(rawAction).toLowerCase();
		// PowerShell compares case-insensitively: 'acknowledge' is Acknowledge.
		if (action !== 'acknowledge' && action !== 'unacknowledge') {
			return answer(400, { Results: 'Action must be Acknowledge or Unacknowledge.' });
		}
		const row = state().rows.find((candidate) => candidate.PartitionKey === String(tenant) && candidate.RowKey === String(rowKey));
		if (!row) return answer(404, { Results: 'Alert item not found. It may have been resolved and purged.' });
		if (action === 'acknowledge' && row.Status !== 'Open') {
			return answer(400, { Results: `Only open alerts can be acknowledged. This alert is ${row.Status}.` });
		}
		if (action === 'unacknowledge' && row.Status !== 'Acknowledged') {
			return answer(400, { Results: `This alert is not acknowledged. It is ${row.Status}.` });
		}
		const note = blank(read(body, 'Note')) ? '' : String(read(body, 'Note'));
		if (action === 'acknowledge') {
			Object.assign(row, { Status: 'Acknowledged', AcknowledgedBy: UNKNOWN_USER, AcknowledgedAt: new Date().toISOString(), AcknowledgeNote: note });
			const result = `Acknowledged alert: ${row.ContentPreview}${note ? ` - Note: ${note}` : ''}`;
			return answer(200, { Results: result, Status: row.Status });
		}
		Object.assign(row, { Status: 'Open', AcknowledgedBy: '', AcknowledgedAt: '', AcknowledgeNote: '' });
		return answer(200, { Results: `Removed acknowledgement from alert: ${row.ContentPreview}`, Status: row.Status });
	};
}

function snoozeAlert(state: () => AlertState): Handler {
	return ({ body }) => {
		const cmdlet = read(body, 'CmdletName');
		const tenant = read(body, 'TenantFilter');
		const item = read(body, 'AlertItem');
		if (blank(cmdlet) || blank(tenant) || item === undefined || item === null) {
			return answer(400, { Results: 'CmdletName, TenantFilter, and AlertItem are required.' });
		}
		let untilResolved: boolean;
		let keepVisible: boolean;
		try {
			untilResolved = toBoolean(read(body, 'UntilResolved'));
			keepVisible = toBoolean(read(body, 'KeepVisible'));
		} catch (error) {
			return answer(500, { Results: `Failed to snooze alert: ${(error as Error).message}` });
		}
		const duration = asInt(read(body, 'Duration'));
		if (!untilResolved && ![7, 14, 30, 90].includes(duration ?? 0)) {
			return answer(400, { Results: 'Duration must be 7, 14, 30, or 90 days, or set UntilResolved to true.' });
		}
		const keys = alertKeys(String(cmdlet), item as Record<string, unknown>);
		const nowSeconds = Math.floor(Date.now() / 1000);
		const reason = blank(read(body, 'Reason')) ? '' : String(read(body, 'Reason'));
		const snooze: AlertSnooze = {
			PartitionKey: String(cmdlet),
			RowKey: keys.hash,
			Tenant: String(tenant),
			ContentHash: keys.hash,
			SnoozeUntil: untilResolved ? 0 : nowSeconds + (duration ?? 0) * 86400,
			UntilResolved: untilResolved,
			KeepVisible: keepVisible,
			SnoozedBy: UNKNOWN_USER,
			ContentPreview: keys.preview,
			SnoozeReason: reason,
		};
		const current = state();
		current.snoozes = [...current.snoozes.filter((other) => !(other.PartitionKey === snooze.PartitionKey && other.RowKey === snooze.RowKey)), snooze];
		// The tracked item shows the snooze at once, unless it has resolved.
		const row = current.rows.find((candidate) => candidate.PartitionKey === snooze.Tenant && candidate.RowKey === keys.rowKey);
		if (row && row.Status !== 'Resolved') {
			row.Status = 'Snoozed';
			applySnooze(row, snooze);
		}
		let result = `Successfully snoozed alert ${untilResolved ? 'until it resolves' : `for ${duration} days`}: ${keys.preview}`;
		if (keepVisible) result += ' (kept visible on the dashboard)';
		if (reason) result += ` - Reason: ${reason}`;
		return answer(200, { Results: result, ContentHash: keys.hash, SnoozeUntil: snooze.SnoozeUntil, UntilResolved: untilResolved, KeepVisible: keepVisible, SnoozedBy: UNKNOWN_USER });
	};
}

function removeSnooze(state: () => AlertState): Handler {
	return ({ query, body }) => {
		const partitionKey = read(body, 'PartitionKey') ?? read(query, 'PartitionKey');
		const rowKey = read(body, 'RowKey') ?? read(query, 'RowKey');
		if (blank(partitionKey) || blank(rowKey)) return answer(400, { Results: 'PartitionKey and RowKey are required.' });
		const current = state();
		const existing = current.snoozes.find((snooze) => snooze.PartitionKey === String(partitionKey) && snooze.RowKey === String(rowKey));
		current.snoozes = current.snoozes.filter((snooze) => snooze !== existing);
		if (existing) {
			// The tracked item is open again right away (unless another snooze still covers it).
			const row = current.rows.find((candidate) => candidate.Tenant === existing.Tenant && candidate.CmdletName === existing.PartitionKey && candidate.ContentHash === existing.ContentHash);
			if (row && row.Status === 'Snoozed' && !activeSnooze(current, row, Date.now())) {
				row.Status = 'Open';
				applySnooze(row, undefined);
			}
		}
		return answer(200, { Results: `Successfully removed snooze for ${String(partitionKey)} / ${String(rowKey)}` });
	};
}

function toggleAlert(state: () => AlertState): Handler {
	return ({ query, body }) => {
		const eventType = either(query, body, 'EventType');
		const id = String(either(query, body, 'ID') ?? '');
		let disabled: boolean;
		try {
			disabled = toBoolean(either(query, body, 'Disabled'));
		} catch (error) {
			// The cast runs before the handler's try block, so the host answers the failure.
			return answer(500, { Results: (error as Error).message });
		}
		const table = String(eventType ?? '').toLowerCase() === 'audit log alert' ? 'Audit log Alert' : 'Scheduled Task';
		const rule = state().rules.find((candidate) => candidate.EventType === table && candidate.RowKey === id);
		if (!rule) return answer(500, { Results: `Failed to toggle alert ${id}. No alert found with ID ${id}` });
		rule.Disabled = disabled;
		return answer(200, { Results: `Successfully ${disabled ? 'disabled' : 'enabled'} alert ${id}` });
	};
}

/** Registers the lifecycle endpoints; they read the simulator's current data on every call. */
export function registerAlertLifecycle(sim: CippSimulator): void {
	const state = () => sim.data.alerts;
	sim.handlers.set('ListAlertResults', listAlertResults(state));
	sim.handlers.set('ExecAcknowledgeAlert', acknowledgeAlert(state));
	sim.handlers.set('ExecSnoozeAlert', snoozeAlert(state));
	sim.handlers.set('ExecRemoveSnooze', removeSnooze(state));
	sim.handlers.set('ExecToggleAlert', toggleAlert(state));
}
