/* eslint-disable @n8n/community-nodes/no-restricted-imports -- test harness: runs in Node under jest, never inside n8n */
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';

import { releaseDir } from '../../scripts/catalog/releaseData';
import { seedAlerts } from './alertLifecycle';
import type { AlertState } from './alertLifecycle';
import { CONTRACT_RELEASE } from './cippContract';

/**
 * Seed data for the CIPP simulator: a few customer tenants with users, mailboxes, groups and
 * licenses, plus alert, logbook and scheduler rows. Deterministic, so tests can assert on it.
 */

export interface SimTenant {
	customerId: string;
	defaultDomainName: string;
	displayName: string;
}

export interface SimUser {
	id: string;
	displayName: string;
	userPrincipalName: string;
	mail: string;
	accountEnabled: boolean;
	assignedLicenses: Array<{ skuId: string; disabledPlans: string[] }>;
	Tenant: string;
}

export interface SimLicense {
	skuId: string;
	skuPartNumber: string;
	License: string;
	TotalLicenses: string;
	CountUsed: string;
	CountAvailable: string;
}

const SKUS = [
	{ skuId: 'c42b9cae-ea4f-4ab7-9717-81576235ccac', skuPartNumber: 'DEVELOPERPACK_E5', License: 'Microsoft 365 E5 Developer' },
	{ skuId: 'cbdc14ab-d96c-4c30-b9f4-6ada7cdc1d46', skuPartNumber: 'SPB', License: 'Microsoft 365 Business Premium' },
	{ skuId: '4b9405b0-7788-4568-add1-99614e613b69', skuPartNumber: 'EXCHANGESTANDARD', License: 'Exchange Online (Plan 1)' },
];

function guid(seed: number, salt: number): string {
	const hex = ((seed * 2654435761 + salt * 40503) >>> 0).toString(16).padStart(8, '0');
	const tail = ((seed * 97 + salt * 131) >>> 0).toString(16).padStart(12, '0').slice(-12);
	return `${hex}-${hex.slice(0, 4)}-4${hex.slice(1, 4)}-8${hex.slice(4, 7)}-${tail}`;
}

export class SimData {
	tenants: SimTenant[] = [];

	users = new Map<string, SimUser[]>();

	/** Per tenant domain: user by lower-case id and by lower-case UPN (the benchmark looks up 1,000s). */
	private readonly userIndex = new Map<string, Map<string, SimUser>>();

	licenses = new Map<string, SimLicense[]>();

	auditLogs: Array<Record<string, unknown>> = [];

	logs: Array<Record<string, unknown>> = [];

	scheduledItems: Array<Record<string, unknown>> = [];

	incidents: Array<Record<string, unknown>> = [];

	/** Tracked alert items, snoozes and alert rules (alertLifecycle.ts). */
	alerts: AlertState;

	constructor(tenantCount = 3, usersPerTenant = 5) {
		const names = ['Contoso', 'Fabrikam', 'Northwind Traders', 'Tailspin Toys', 'Woodgrove Bank', 'Adatum'];
		for (let t = 0; t < tenantCount; t += 1) {
			const label = names[t % names.length] + (t >= names.length ? ` ${t}` : '');
			const domain = `${label.toLowerCase().replace(/[^a-z0-9]/g, '')}.onmicrosoft.com`;
			const tenant: SimTenant = { customerId: guid(t + 1, 7), defaultDomainName: domain, displayName: label };
			this.tenants.push(tenant);
			this.setUserCount(domain, usersPerTenant);
			this.licenses.set(
				domain,
				SKUS.map((sku, index) => ({
					...sku,
					TotalLicenses: String(10 + index),
					CountUsed: String(5 + index),
					CountAvailable: String(5),
				})),
			);
		}
		this.alerts = seedAlerts(this.tenants);
	}

	setUserCount(domain: string, count: number): void {
		const users: SimUser[] = [];
		for (let u = 0; u < count; u += 1) {
			const alias = `user${String(u + 1).padStart(5, '0')}`;
			users.push({
				id: guid(u + 1, domain.length * 31 + domain.charCodeAt(0)),
				displayName: `User ${u + 1}`,
				userPrincipalName: `${alias}@${domain}`,
				mail: `${alias}@${domain}`,
				accountEnabled: true,
				assignedLicenses: u % 2 === 0 ? [{ skuId: SKUS[1].skuId, disabledPlans: [] }] : [],
				Tenant: domain,
			});
		}
		this.users.set(domain, users);
		const index = new Map<string, SimUser>();
		for (const user of users) {
			index.set(user.id.toLowerCase(), user);
			index.set(user.userPrincipalName.toLowerCase(), user);
		}
		this.userIndex.set(domain, index);
	}

	findTenant(value: string | undefined): SimTenant | undefined {
		if (!value) return undefined;
		const lower = value.toLowerCase();
		return this.tenants.find(
			(tenant) => tenant.defaultDomainName.toLowerCase() === lower || tenant.customerId.toLowerCase() === lower,
		);
	}

	findUser(domain: string, idOrUpn: string): SimUser | undefined {
		return this.userIndex.get(domain)?.get(idOrUpn.toLowerCase());
	}
}

type ShapeNode = string | { _type?: string; _element?: ShapeNode; [key: string]: unknown };

let recordedShapes: Record<string, ShapeNode> | undefined;

/** Response shapes recorded from a real CIPP (field name -> type), vendored with the release. */
function recordedShape(endpoint: string): ShapeNode | undefined {
	if (!recordedShapes) {
		const file = join(releaseDir(CONTRACT_RELEASE), 'responses.json');
		recordedShapes = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, ShapeNode>) : {};
	}
	return recordedShapes[endpoint];
}

/** Builds `count` records from a recorded response shape. */
export function recordsFromShape(endpoint: string, count: number, tenant?: string): unknown[] | undefined {
	const shape = recordedShape(endpoint);
	if (typeof shape !== 'object') return undefined;
	const records: unknown[] = [];
	for (let index = 0; index < count; index += 1) records.push(valueFor(shape, 'record', index, tenant));
	return records;
}

function valueFor(node: ShapeNode | unknown, key: string, index: number, tenant?: string): unknown {
	if (typeof node === 'string') {
		switch (node) {
			case 'bool':
				return index % 2 === 0;
			case 'number':
				return index + 1;
			case 'null':
				return null;
			case 'datetime':
				return new Date(Date.UTC(2026, 10, 1 + index)).toISOString();
			default:
				if (/^id$|guid|Id$/.test(key)) return guid(index + 1, key.length);
				if (/tenant|domain/i.test(key) && tenant) return tenant;
				if (/mail|upn|principalname/i.test(key)) return `user${index + 1}@${tenant ?? 'contoso.onmicrosoft.com'}`;
				return `${key} ${index + 1}`;
		}
	}
	if (node && typeof node === 'object') {
		const record = node as Record<string, unknown>;
		if (record._type === 'array') return [valueFor(record._element ?? 'string', key, index, tenant)];
		const out: Record<string, unknown> = {};
		for (const [child, value] of Object.entries(record)) {
			if (child.startsWith('_')) continue;
			out[child] = valueFor(value, child, index, tenant);
		}
		return out;
	}
	return null;
}
