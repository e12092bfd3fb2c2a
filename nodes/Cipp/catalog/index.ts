import { CURATED } from './curated';
import type { CuratedEndpoint, CuratedField } from './curatedTypes';
import { GENERATED_ENDPOINTS } from './endpoints.generated';
import { fieldNameFor, operationNameFor, sentenceCase } from './naming';
import { resourceForTag } from './resources';
import type { CatalogEndpoint, CatalogField, CatalogTenant } from './types';

/**
 * The catalog the node works from: the generated facts with our curated layer applied.
 * Built once at load time; everything else looks operations up here.
 */

export interface OperationField extends CatalogField {
	displayName: string;
	description: string;
	placeholder?: string;
	default?: string | number | boolean;
	options?: Array<{ name: string; value: string; description?: string }>;
	/** Shown as a top-level parameter (required) instead of inside Additional Fields. */
	topLevel: boolean;
	/** Set by the node itself (paging), never by the user. */
	managed: boolean;
	/** Checked before sending. */
	format?: 'upn' | 'guid' | 'email';
}

export interface Operation {
	value: string;
	endpoint: CatalogEndpoint;
	resource: string;
	name: string;
	description: string;
	action: string;
	fields: OperationField[];
	tenant?: CatalogTenant;
	/** Groups of CIPP field names of which at least one must be set (and not false). */
	requiredOneOf: string[][];
	/** Offers Return All / Limit. */
	isList: boolean;
	paging: 'graph' | 'array' | 'none';
	curated: boolean;
}

function autoDescription(field: CatalogField): string {
	const raw = `CIPP field '${field.name}'`;
	switch (field.kind) {
		case 'list':
			return field.labelValue
				? `${raw}. Several values, comma-separated or a JSON array; each is sent as {value, label}`
				: `${raw}. Several values, comma-separated or a JSON array`;
		case 'json':
			return `${raw}, as JSON`;
		case 'jsonText':
			return `${raw}: JSON, checked before it is sent`;
		case 'boolean':
			return `Whether to set '${field.name}' to true`;
		default:
			return field.labelValue ? `${raw}; the node sends it as {value, label}` : raw;
	}
}

/** Fields whose name says what they hold, checked before sending. */
function formatFor(name: string): 'upn' | 'guid' | undefined {
	if (/^(userPrincipalName|UPN)$/i.test(name)) return 'upn';
	if (/^(skuId|customerId|ScriptId|PolicyId)$/i.test(name)) return 'guid';
	return undefined;
}

/** CIPP parses fields named like `RawJSON` itself: they travel as JSON text. */
const JSON_TEXT_NAME = /(^|raw)json$/i;

function resolveField(field: CatalogField, curated: CuratedField | undefined): OperationField {
	const inferred = field.kind === 'string' && JSON_TEXT_NAME.test(field.name) ? 'jsonText' : field.kind;
	const kind = curated?.options ? 'options' : (curated?.kind ?? inferred);
	const required = curated?.required ?? field.required === true;
	const resolved: OperationField = {
		...field,
		kind,
		displayName: curated?.displayName ?? fieldNameFor(field.name),
		description: curated?.description ?? autoDescription({ ...field, kind }),
		topLevel: required,
		managed: curated?.managed === true,
	};
	if (required) resolved.required = true;
	else delete resolved.required;
	const format = curated?.format ?? formatFor(field.name);
	if (format && (kind === 'string' || kind === 'list')) resolved.format = format;
	if (curated?.placeholder) resolved.placeholder = curated.placeholder;
	if (curated?.default !== undefined) resolved.default = curated.default;
	if (curated?.options) resolved.options = curated.options;
	else if (field.kind === 'options' && field.values) {
		resolved.options = field.values.map((value) => ({ name: value, value }));
	}
	return resolved;
}

function curatedFieldFor(curated: CuratedEndpoint | undefined, name: string): CuratedField | undefined {
	if (!curated?.fields) return undefined;
	const key = Object.keys(curated.fields).find((candidate) => candidate.toLowerCase() === name.toLowerCase());
	return key === undefined ? undefined : curated.fields[key];
}

function buildOperation(endpoint: CatalogEndpoint): Operation {
	const curated = CURATED[endpoint.name];
	const name = curated?.name ?? operationNameFor(endpoint.name);
	const isList = /^list/i.test(endpoint.name);
	const tenant = endpoint.tenant
		? { ...endpoint.tenant, allTenants: curated?.allTenants ?? endpoint.tenant.allTenants }
		: undefined;
	return {
		value: endpoint.name,
		endpoint,
		resource: curated?.resource ?? resourceForTag(endpoint.group),
		name,
		description:
			curated?.description ??
			`Calls ${endpoint.method} /api/${endpoint.name} (CIPP permission ${endpoint.role || 'none'})`,
		action: sentenceCase(name),
		fields: endpoint.fields.map((field) => resolveField(field, curatedFieldFor(curated, field.name))),
		tenant,
		requiredOneOf: [...(endpoint.requiredOneOf ?? []), ...(curated?.requireOneOf ?? [])],
		isList,
		paging: curated?.paging ?? (isList ? 'array' : 'none'),
		curated: curated !== undefined,
	};
}

export const OPERATIONS: ReadonlyMap<string, Operation> = new Map(
	GENERATED_ENDPOINTS.map((endpoint) => [endpoint.name, buildOperation(endpoint)]),
);

export function findOperation(value: string): Operation | undefined {
	return OPERATIONS.get(value);
}
