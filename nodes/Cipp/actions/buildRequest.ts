import type { IDataObject } from 'n8n-workflow';

import type { Operation, OperationField } from '../catalog';
import type { TenantShape } from '../catalog/types';
import { TEMPLATE_LABEL, TEMPLATE_PARAM } from '../description/sharedProperties';
import { TENANT_VALUE_PATTERNS } from '../description/tenantProperty';
import { checkConditions, checkTemplate } from './conditions';
import { FieldValueError, GUID, coerceField, toQueryValue, tryParseJson } from './fieldValues';
import type { ParameterReader } from './parameters';

/** The query string and body for one item, built from the catalog and the item's parameters. */

export interface PreparedRequest {
	qs: IDataObject;
	body: IDataObject | IDataObject[] | undefined;
	tenant?: string;
	/** A tenant domain to replace by the tenant's ID before sending (the endpoint needs the ID). */
	tenantDomain?: string;
}

/** Sets a key, replacing one that differs only by case (CIPP rejects such twins). */
export function setKey(target: IDataObject, key: string, value: unknown): void {
	for (const existing of Object.keys(target)) {
		if (existing !== key && existing.toLowerCase() === key.toLowerCase()) delete target[existing];
	}
	target[key] = value as IDataObject[string];
}

function tenantValue(shape: TenantShape, tenant: string, label: string): unknown {
	switch (shape) {
		case 'labelValue':
			return { value: tenant, label };
		case 'stringList':
			return [tenant];
		case 'labelValueList':
			return [{ value: tenant, label }];
		case 'objectList':
			return [GUID.test(tenant) ? { customerId: tenant } : { defaultDomainName: tenant }];
		default:
			return tenant;
	}
}

/**
 * Puts the tenant under the endpoint's key in the shape CIPP reads. `label` is what a
 * `{value,label}` tenant shows (the domain when the value is the tenant's ID).
 */
export function placeTenant(operation: Operation, qs: IDataObject, body: IDataObject | IDataObject[] | undefined, tenant: string, label = tenant): void {
	const where = operation.tenant;
	if (!where) return;
	if (where.in === 'query') {
		setKey(qs, where.key, tenant);
		return;
	}
	for (const element of Array.isArray(body) ? body : body ? [body] : []) setKey(element, where.key, tenantValue(where.shape, tenant, label));
}

/** The tenant as entered: a resource-locator value (list, domain or ID), or a domain or ID as text. */
function readTenant(given: unknown, operation: Operation): string | undefined {
	const entered = given as { mode?: string; value?: unknown } | string | null | undefined;
	const isLocator = typeof entered === 'object' && entered !== null;
	const mode = isLocator ? (entered.mode ?? 'list') : 'domain';
	const value = String(isLocator ? (entered.value ?? '') : (entered ?? '')).trim();
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

/**
 * Where one item's values come from: the operation's own parameters on the node, or the fields of
 * the generic Custom API Call. Read only when the operation needs them.
 */
export interface EnteredValues {
	/** The tenant as entered (see readTenant). */
	tenant(): unknown;
	/** The template object of an operation that stores the whole body: JSON text or an object. */
	template(): unknown;
	/** A field's value as entered, or undefined when the user did not set the field. */
	field(field: OperationField): { given: unknown } | undefined;
}

/** The values of a curated operation: its parameters, its Additional Fields and its template. */
export function parameterValues(params: ParameterReader, itemIndex: number): EnteredValues {
	let additional: IDataObject | undefined;
	return {
		tenant: () => params.get('tenant', itemIndex, { mode: 'list', value: '' }),
		template: () => params.get(TEMPLATE_PARAM, itemIndex, '{}'),
		field: (field) => {
			// null: a field on the node that its display rule hides has no value (n8n drops it).
			if (field.topLevel) return { given: params.get<unknown>(field.param, itemIndex, null) };
			additional ??= params.get<IDataObject>('additionalFields', itemIndex, {});
			return field.param in additional ? { given: additional[field.param] } : undefined;
		},
	};
}

export function buildRequest(
	params: ParameterReader,
	operation: Operation,
	itemIndex: number,
	options: IDataObject,
): PreparedRequest {
	return buildRequestFrom(operation, parameterValues(params, itemIndex), options);
}

/** The request for one item of an operation, from its entered values and the run's options. */
export function buildRequestFrom(operation: Operation, values: EnteredValues, options: IDataObject): PreparedRequest {
	const qs: IDataObject = {};
	const body: IDataObject = operation.template ? { ...readJsonOption(values.template(), TEMPLATE_LABEL) } : {};

	let tenant: string | undefined;
	let tenantDomain: string | undefined;
	if (operation.tenant) {
		tenant = readTenant(values.tenant(), operation);
		if (tenant !== undefined) {
			placeTenant(operation, qs, body, tenant);
			if (operation.tenant.format === 'guid' && tenant !== 'AllTenants' && !GUID.test(tenant)) tenantDomain = tenant;
		}
	}

	// Optional fields on the node itself that the user left at their default were not chosen.
	const untouched = new Set<OperationField>();
	for (const field of operation.fields) {
		if (field.managed) continue;
		const entered = values.field(field);
		// A required field that was not entered still goes through coerceField, which names it.
		if (entered === undefined && !field.required) continue;
		const given = entered?.given;
		const value = coerceField(field, given);
		if (value === undefined) continue;
		if (field.topLevel && !field.required && given === field.default) untouched.add(field);
		if (field.in === 'query') setKey(qs, field.name, toQueryValue(value));
		else setKey(body, field.name, value);
	}
	checkConditions(operation, { qs, body }, untouched);

	for (const [key, value] of Object.entries(readJsonOption(options.extraQuery, 'Extra Query Parameters (JSON)'))) {
		setKey(qs, key, typeof value === 'object' ? JSON.stringify(value) : String(value));
	}
	const extraBody = readJsonOption(options.extraBody, 'Extra Body Fields (JSON)');
	for (const [key, value] of Object.entries(extraBody)) setKey(body, key, value);
	checkTemplate(operation, body);

	const hasBody = operation.endpoint.method === 'POST';
	return {
		qs,
		body: hasBody ? (operation.endpoint.bodyIsArray ? [body] : body) : undefined,
		tenant,
		tenantDomain,
	};
}
