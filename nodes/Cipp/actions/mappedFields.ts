import type { IDataObject } from 'n8n-workflow';

import type { Operation, OperationField } from '../catalog';
import { TEMPLATE_PARAM } from '../description/sharedProperties';
import type { EnteredValues } from './buildRequest';

/**
 * The generic call's fields as n8n's resource mapper shows them, and the values entered there as
 * the request builder reads them. Each entry's id is the name CIPP reads (the tenant's key for the
 * tenant, `template` for a stored template), so an expression or an AI agent sets `ID` or
 * `tenantFilter` as CIPP spells it.
 */

export type MappedEntry =
	| { role: 'tenant'; id: string; required: boolean; displayName: string }
	| { role: 'template'; id: string; required: true; displayName: string }
	| { role: 'field'; id: string; required: boolean; displayName: string; field: OperationField };

export function mappedEntries(operation: Operation): MappedEntry[] {
	const entries: MappedEntry[] = [];
	if (operation.tenant) {
		entries.push({ role: 'tenant', id: operation.tenant.key, required: operation.tenant.required, displayName: 'Tenant' });
	}
	if (operation.template) entries.push({ role: 'template', id: TEMPLATE_PARAM, required: true, displayName: 'Template (JSON)' });
	for (const field of operation.fields) {
		if (field.managed) continue;
		entries.push({ role: 'field', id: field.name, required: field.required === true, displayName: field.displayName, field });
	}
	// A field the operation already lists under the tenant's key or as `template` is not shown twice.
	const seen = new Set<string>();
	return entries.filter((entry) => {
		const key = entry.id.toLowerCase();
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

/**
 * The mapper's values for the request builder. The editor keeps a removed field out and an empty
 * one as null: both count as not entered. Keys are matched without regard to case, as CIPP reads
 * them. Keys that name no entry are returned as `unknown`, for the caller to refuse.
 */
export function mappedValues(operation: Operation, value: IDataObject | null | undefined): { values: EnteredValues; unknown: string[] } {
	const entered = new Map<string, { key: string; given: unknown }>();
	for (const [key, given] of Object.entries(value ?? {})) {
		if (given !== null && given !== undefined) entered.set(key.toLowerCase(), { key, given });
	}
	const entries = mappedEntries(operation);
	const ids = new Set(entries.map((entry) => entry.id.toLowerCase()));
	const read = (id: string) => entered.get(id.toLowerCase())?.given;
	const tenantId = entries.find((entry) => entry.role === 'tenant')?.id;
	const values: EnteredValues = {
		// The mapper carries the tenant as text: a domain, a tenant ID or AllTenants.
		tenant: () => (tenantId === undefined ? undefined : read(tenantId)),
		template: () => read(TEMPLATE_PARAM),
		field: (field) => (entered.has(field.name.toLowerCase()) ? { given: read(field.name) } : undefined),
	};
	return { values, unknown: [...entered.entries()].filter(([lower]) => !ids.has(lower)).map(([, { key }]) => key) };
}
