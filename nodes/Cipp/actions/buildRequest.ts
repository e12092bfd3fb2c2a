import type { IDataObject } from 'n8n-workflow';

import type { Operation } from '../catalog';
import type { TenantShape } from '../catalog/types';
import { TENANT_VALUE_PATTERNS } from '../description/tenantProperty';
import { FieldValueError, coerceField, toQueryValue, tryParseJson } from './fieldValues';
import type { ParameterReader } from './parameters';

/** The query string and body for one item, built from the catalog and the item's parameters. */

export interface PreparedRequest {
	qs: IDataObject;
	body: IDataObject | IDataObject[] | undefined;
	tenant?: string;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Sets a key, replacing one that differs only by case (CIPP rejects such twins). */
export function setKey(target: IDataObject, key: string, value: unknown): void {
	for (const existing of Object.keys(target)) {
		if (existing !== key && existing.toLowerCase() === key.toLowerCase()) delete target[existing];
	}
	target[key] = value as IDataObject[string];
}

function tenantValue(shape: TenantShape, tenant: string): unknown {
	switch (shape) {
		case 'labelValue':
			return { value: tenant, label: tenant };
		case 'stringList':
			return [tenant];
		case 'labelValueList':
			return [{ value: tenant, label: tenant }];
		case 'objectList':
			return [GUID.test(tenant) ? { customerId: tenant } : { defaultDomainName: tenant }];
		default:
			return tenant;
	}
}

function readTenant(params: ParameterReader, operation: Operation, itemIndex: number): string | undefined {
	const raw = params.get('tenant', itemIndex, { mode: 'list', value: '' }) as
		| { mode?: string; value?: unknown }
		| string;
	const mode = typeof raw === 'object' && raw !== null ? (raw.mode ?? 'list') : 'id';
	const value = String(typeof raw === 'object' && raw !== null ? (raw.value ?? '') : raw).trim();
	if (value === '') {
		if (operation.tenant?.required) {
			throw new FieldValueError('Tenant', `'Tenant' is required for ${operation.name}`, 'Pick a tenant from the list, or enter its domain or ID.');
		}
		return undefined;
	}
	const pattern = mode === 'id' ? TENANT_VALUE_PATTERNS.id : TENANT_VALUE_PATTERNS.domain;
	if (!pattern.test(value) && !TENANT_VALUE_PATTERNS.id.test(value)) {
		throw new FieldValueError(
			'Tenant',
			`'Tenant' value '${value}' is not a tenant domain or ID`,
			'Enter a domain such as contoso.onmicrosoft.com or a tenant ID (GUID).',
		);
	}
	if (value.toLowerCase() === 'alltenants') {
		if (!operation.tenant?.allTenants) {
			throw new FieldValueError('Tenant', `${operation.name} cannot run for All Tenants`, 'Pick one tenant.');
		}
		return 'AllTenants';
	}
	return value;
}

/** A JSON-object option (extra body, extra query, custom call), parsed or explained. */
export function readJsonOption(text: unknown, label: string): IDataObject {
	if (text === undefined || text === null) return {};
	let value: unknown = text;
	if (typeof text === 'string') {
		const parsed = tryParseJson(text.trim() === '' ? '{}' : text);
		if (!parsed.ok) {
			throw new FieldValueError(label, `'${label}' is not valid JSON: ${parsed.reason}`, `Enter an object such as {"key": "value"} in '${label}'.`);
		}
		value = parsed.value;
	}
	if (value === null || typeof value !== 'object' || Array.isArray(value)) {
		throw new FieldValueError(label, `'${label}' must be a JSON object`, `Enter an object such as {"key": "value"} in '${label}'.`);
	}
	return value as IDataObject;
}

export function buildRequest(
	params: ParameterReader,
	operation: Operation,
	itemIndex: number,
	options: IDataObject,
): PreparedRequest {
	const qs: IDataObject = {};
	const body: IDataObject = {};
	const additional = params.get<IDataObject>('additionalFields', itemIndex, {});

	let tenant: string | undefined;
	if (operation.tenant) {
		tenant = readTenant(params, operation, itemIndex);
		if (tenant !== undefined) {
			const target = operation.tenant.in === 'query' ? qs : body;
			const value = operation.tenant.in === 'query' ? tenant : tenantValue(operation.tenant.shape, tenant);
			setKey(target, operation.tenant.key, value);
		}
	}

	for (const field of operation.fields) {
		if (field.managed) continue;
		const raw = field.topLevel
			? params.get<unknown>(field.param, itemIndex, undefined)
			: additional[field.param];
		if (!field.topLevel && !(field.param in additional)) continue;
		const value = coerceField(field, raw);
		if (value === undefined) continue;
		if (field.in === 'query') setKey(qs, field.name, toQueryValue(value));
		else setKey(body, field.name, value);
	}

	for (const group of operation.requiredOneOf) {
		const present = group.some((name) =>
			[qs, body].some((source) =>
				Object.entries(source).some(([key, value]) => key.toLowerCase() === name.toLowerCase() && value !== false),
			),
		);
		if (!present) {
			const labels = group.map(
				(name) => operation.fields.find((field) => field.name.toLowerCase() === name.toLowerCase())?.displayName ?? name,
			);
			throw new FieldValueError(labels[0], `${operation.name} needs one of: ${labels.map((l) => `'${l}'`).join(', ')}`, 'Add at least one of them under Additional Fields (a switch must be on).');
		}
	}

	for (const [key, value] of Object.entries(readJsonOption(options.extraQuery, 'Extra Query Parameters (JSON)'))) {
		setKey(qs, key, typeof value === 'object' ? JSON.stringify(value) : String(value));
	}
	const extraBody = readJsonOption(options.extraBody, 'Extra Body Fields (JSON)');
	for (const [key, value] of Object.entries(extraBody)) setKey(body, key, value);

	const hasBody = operation.endpoint.method === 'POST';
	return {
		qs,
		body: hasBody ? (operation.endpoint.bodyIsArray ? [body] : body) : undefined,
		tenant,
	};
}
