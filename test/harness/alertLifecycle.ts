import { createHash } from 'crypto';

import type { SimTenant } from './simData';

/**
 * The simulator's model of CIPP 10.10's alert lifecycle: one tracked row per item a scripted
 * alert reported (Open, Acknowledged, Snoozed or Resolved), the snoozes, and the alert rules that
 * can be switched off. Alert runs move rows between states (reconcileAlertRun); the HTTP handlers
 * in alertLifecycleHandlers.ts read and change them the way the 10.10 handlers do, as recorded in
 * nodes/Cipp/catalog/data/additions/cipp-10.10.json.
 */

export type AlertStatus = 'Open' | 'Acknowledged' | 'Snoozed' | 'Resolved';

export interface AlertLifecycleRow {
	/** The tenant, as the alert ran for it. */
	PartitionKey: string;
	RowKey: string;
	CmdletName: string;
	AlertComment: string;
	Tenant: string;
	ContentHash: string;
	ContentPreview: string;
	AlertItem: Record<string, unknown>;
	Status: AlertStatus;
	FirstSeen: string;
	LastSeen: string;
	LastChecked: string;
	ResolvedAt: string;
	ReopenCount: number;
	AcknowledgedBy: string;
	AcknowledgedAt: string;
	AcknowledgeNote: string;
	SnoozeUntil: string;
	SnoozedBy: string;
	SnoozeRowKey: string;
	SnoozeReason: string;
	SnoozeVisible: string;
	SnoozeUntilResolved: string;
}

export interface AlertSnooze {
	/** The alert cmdlet. */
	PartitionKey: string;
	RowKey: string;
	Tenant: string;
	ContentHash: string;
	/** Unix seconds; 0 for a snooze that lasts until the item resolves. */
	SnoozeUntil: number;
	UntilResolved: boolean;
	KeepVisible: boolean;
	SnoozedBy: string;
	ContentPreview: string;
	SnoozeReason: string;
}

export interface AlertRule {
	RowKey: string;
	EventType: 'Audit log Alert' | 'Scheduled Task';
	Name: string;
	Disabled: boolean;
}

export interface AlertState {
	rows: AlertLifecycleRow[];
	snoozes: AlertSnooze[];
	rules: AlertRule[];
}

/** Rows resolved longer ago than this are purged by the next run of their alert. */
const RETENTION_MS = 90 * 24 * 60 * 60 * 1000;

const iso = (ms: number): string => new Date(ms).toISOString();

/** What identifies an item across runs: its user, its ID or its message, else the whole item. */
function itemIdentity(item: Record<string, unknown>): string {
	const named = item.UserPrincipalName ?? item.Id ?? item.Message;
	return typeof named === 'string' && named !== '' ? named : JSON.stringify(item);
}

/** The keys of an item: its content hash, the lifecycle row key, and the snooze's keys. */
export function alertKeys(cmdlet: string, item: Record<string, unknown>): { hash: string; rowKey: string; preview: string } {
	const preview = itemIdentity(item);
	const hash = createHash('sha256').update(`${cmdlet}|${preview}`).digest('hex').slice(0, 16);
	return { hash, rowKey: `${cmdlet}-${hash}`, preview };
}

export function newAlertRow(tenant: string, cmdlet: string, item: Record<string, unknown>, now: number): AlertLifecycleRow {
	const { hash, rowKey, preview } = alertKeys(cmdlet, item);
	return {
		PartitionKey: tenant,
		RowKey: rowKey,
		CmdletName: cmdlet,
		AlertComment: '',
		Tenant: tenant,
		ContentHash: hash,
		ContentPreview: preview,
		AlertItem: item,
		Status: 'Open',
		FirstSeen: iso(now),
		LastSeen: iso(now),
		LastChecked: iso(now),
		ResolvedAt: '',
		ReopenCount: 0,
		AcknowledgedBy: '',
		AcknowledgedAt: '',
		AcknowledgeNote: '',
		SnoozeUntil: '',
		SnoozedBy: '',
		SnoozeRowKey: '',
		SnoozeReason: '',
		SnoozeVisible: '',
		SnoozeUntilResolved: '',
	};
}

/** A snooze of the item that still applies: until resolved, or with an end still ahead. */
export function activeSnooze(state: AlertState, row: Pick<AlertLifecycleRow, 'CmdletName' | 'Tenant' | 'ContentHash'>, now: number): AlertSnooze | undefined {
	return state.snoozes.find(
		(snooze) =>
			snooze.PartitionKey === row.CmdletName &&
			snooze.Tenant === row.Tenant &&
			snooze.ContentHash === row.ContentHash &&
			(snooze.UntilResolved || snooze.SnoozeUntil * 1000 > now),
	);
}

/** Marks the row snoozed by the snooze (or clears the snooze fields when there is none). */
export function applySnooze(row: AlertLifecycleRow, snooze: AlertSnooze | undefined): void {
	row.SnoozeUntil = snooze ? String(snooze.SnoozeUntil) : '';
	row.SnoozedBy = snooze?.SnoozedBy ?? '';
	row.SnoozeRowKey = snooze?.RowKey ?? '';
	row.SnoozeReason = snooze?.SnoozeReason ?? '';
	row.SnoozeVisible = snooze ? String(snooze.KeepVisible ? 'True' : 'False') : '';
	row.SnoozeUntilResolved = snooze ? String(snooze.UntilResolved ? 'True' : 'False') : '';
}

/**
 * One run of a scripted alert for a tenant, with everything it found: new items open (or snoozed
 * when a snooze covers them), resolved items that come back reopen, items no longer reported
 * resolve, and an "until resolved" snooze ends with its item. Acknowledged items that are still
 * reported stay acknowledged.
 */
export function reconcileAlertRun(
	state: AlertState,
	run: { tenant: string; cmdlet: string; items: Array<Record<string, unknown>> },
	now = Date.now(),
): void {
	const seen = new Set<string>();
	for (const item of run.items) {
		const { rowKey } = alertKeys(run.cmdlet, item);
		if (seen.has(rowKey)) continue;
		seen.add(rowKey);
		let row = state.rows.find((candidate) => candidate.PartitionKey === run.tenant && candidate.RowKey === rowKey);
		if (!row) {
			row = newAlertRow(run.tenant, run.cmdlet, item, now);
			state.rows.push(row);
		} else if (row.Status === 'Resolved') {
			row.Status = 'Open';
			row.FirstSeen = iso(now);
			row.ResolvedAt = '';
			row.ReopenCount += 1;
		} else if (row.Status === 'Snoozed') {
			row.Status = 'Open';
		}
		const snooze = activeSnooze(state, row, now);
		if (snooze) row.Status = 'Snoozed';
		applySnooze(row, snooze);
		row.AlertItem = item;
		row.LastSeen = iso(now);
		row.LastChecked = iso(now);
	}
	state.rows = state.rows.filter((row) => {
		if (row.PartitionKey !== run.tenant || row.CmdletName !== run.cmdlet || seen.has(row.RowKey)) return true;
		if (row.Status === 'Resolved') return now - Date.parse(row.ResolvedAt) < RETENTION_MS;
		if (row.Status === 'Snoozed' && row.SnoozeUntilResolved === 'True') {
			state.snoozes = state.snoozes.filter((snooze) => !(snooze.PartitionKey === row.CmdletName && snooze.RowKey === row.SnoozeRowKey));
			applySnooze(row, undefined);
		}
		row.Status = 'Resolved';
		row.ResolvedAt = iso(now);
		row.LastChecked = iso(now);
		return true;
	});
}

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/**
 * A few tracked items in every state for the first two tenants, a snooze, and two rules (an
 * audit log rule and a scripted alert). Times are relative to `now`, so filters by days hold.
 */
export function seedAlerts(tenants: readonly SimTenant[], now = Date.now()): AlertState {
	const state: AlertState = { rows: [], snoozes: [], rules: [] };
	const [first, second] = tenants.map((tenant) => tenant.defaultDomainName);
	if (first) {
		const row = (cmdlet: string, item: Record<string, unknown>, firstSeenAgo: number) => {
			const created = newAlertRow(first, cmdlet, item, now - firstSeenAgo);
			created.LastSeen = iso(now - HOUR);
			created.LastChecked = iso(now - HOUR);
			state.rows.push(created);
			return created;
		};
		row('Get-CIPPAlertMFAAdmins', { UserPrincipalName: `user00001@${first}`, Message: 'Admin without MFA' }, 3 * DAY);
		const acknowledged = row('Get-CIPPAlertMFAAdmins', { UserPrincipalName: `user00002@${first}`, Message: 'Admin without MFA' }, 5 * DAY);
		Object.assign(acknowledged, { Status: 'Acknowledged', AcknowledgedBy: 'tech@partner.onmicrosoft.com', AcknowledgedAt: iso(now - 2 * DAY), AcknowledgeNote: 'Break-glass account' });
		const snoozed = row('Get-CIPPAlertExpiringLicenses', { Message: 'Microsoft 365 Business Premium expires in 10 days' }, 2 * DAY);
		const snooze: AlertSnooze = {
			PartitionKey: snoozed.CmdletName,
			RowKey: snoozed.ContentHash,
			Tenant: first,
			ContentHash: snoozed.ContentHash,
			SnoozeUntil: Math.floor((now + 7 * DAY) / 1000),
			UntilResolved: false,
			KeepVisible: true,
			SnoozedBy: 'tech@partner.onmicrosoft.com',
			ContentPreview: snoozed.ContentPreview,
			SnoozeReason: 'Renewal ordered',
		};
		state.snoozes.push(snooze);
		snoozed.Status = 'Snoozed';
		applySnooze(snoozed, snooze);
		const recent = row('Get-CIPPAlertNewRole', { Message: `user00003@${first} was added to Global Administrator` }, 4 * DAY);
		Object.assign(recent, { Status: 'Resolved', ResolvedAt: iso(now - DAY), ReopenCount: 1 });
		const older = row('Get-CIPPAlertInactiveUsers', { UserPrincipalName: `user00004@${first}`, Message: 'No sign-in for 90 days' }, 20 * DAY);
		Object.assign(older, { Status: 'Resolved', ResolvedAt: iso(now - 10 * DAY) });
	}
	if (second) {
		state.rows.push(newAlertRow(second, 'Get-CIPPAlertMFAAdmins', { UserPrincipalName: `user00001@${second}`, Message: 'Admin without MFA' }, now - DAY));
	}
	state.rules.push(
		{ RowKey: 'rule-new-inbox-rule', EventType: 'Audit log Alert', Name: 'New inbox rule', Disabled: false },
		{ RowKey: 'task-expiring-licenses', EventType: 'Scheduled Task', Name: 'Expiring licenses', Disabled: false },
	);
	return state;
}
