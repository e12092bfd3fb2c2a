import { readFileSync } from 'fs';
import { join } from 'path';

/**
 * The CIPP simulator's own reading of ../shared/cipp/openapi.json with corrections.json applied.
 * Deliberately written apart from scripts/catalog (the node's generator): if both read the spec
 * the same wrong way a test could not notice, so this one stays small and literal.
 */

export const SHARED_CIPP_DIR = join(__dirname, '..', '..', '..', 'shared', 'cipp');

interface SpecSchema {
	type?: string;
	$ref?: string;
	allOf?: SpecSchema[];
	items?: SpecSchema;
	properties?: Record<string, SpecSchema>;
	required?: string[];
}

interface SpecOperation {
	parameters?: Array<{ $ref?: string; name?: string; in?: string; required?: boolean }>;
	requestBody?: { content?: Record<string, { schema?: SpecSchema }> };
	'x-cipp-role'?: string;
	'x-cipp-any-tenant'?: boolean;
	tags?: string[];
}

interface Correction {
	method: string;
	bodyOnly?: boolean;
	queryOnly?: boolean;
	addFields?: Array<{ name: string; in: string; labelValue: boolean; requiredInPractice: boolean }>;
	labelValueFix?: Record<string, boolean>;
	requiredInPractice?: string[];
	requiredOneOf?: string[][];
	tenantKey?: { name: string; in: string; labelValue?: boolean | string };
}

export interface ContractField {
	name: string;
	query: boolean;
	body: boolean;
	required: boolean;
	/** Must arrive as `{value}` (or an array of such objects when `list`). */
	labelValue: boolean;
	list: boolean;
}

export interface ContractEndpoint {
	name: string;
	method: 'GET' | 'POST';
	role: string;
	anyTenant: boolean;
	fields: Map<string, ContractField>;
	tenantKey?: string;
	tenantRequired: boolean;
	requiredOneOf: string[][];
	tag: string;
}

const TENANT_KEYS = ['tenantfilter', 'tenantid', 'selectedtenants', 'customerid', 'tenant', 'tenants'];

function isLabelValue(schema: SpecSchema | undefined): boolean {
	if (!schema) return false;
	if (schema.$ref?.endsWith('/LabelValue') || schema.$ref?.endsWith('/LabelValueNumber')) return true;
	return (schema.allOf ?? []).some(isLabelValue);
}

export function loadContract(dir = SHARED_CIPP_DIR): Map<string, ContractEndpoint> {
	const spec = JSON.parse(readFileSync(join(dir, 'openapi.json'), 'utf8')) as {
		paths: Record<string, Record<string, SpecOperation>>;
		components: { parameters: Record<string, { name: string; required?: boolean }> };
	};
	const corrections = JSON.parse(readFileSync(join(dir, 'corrections.json'), 'utf8')) as Record<
		string,
		Correction | string
	>;
	const contract = new Map<string, ContractEndpoint>();
	for (const [path, operations] of Object.entries(spec.paths)) {
		const name = path.replace('/api/', '');
		const [specMethod, operation] = Object.entries(operations)[0];
		const rawCorrection = corrections[name];
		const correction = typeof rawCorrection === 'object' ? rawCorrection : undefined;
		const method = (
			correction?.method === 'GET' || correction?.method === 'POST' ? correction.method : specMethod.toUpperCase()
		) as 'GET' | 'POST';
		const fields = new Map<string, ContractField>();
		const touch = (fieldName: string): ContractField => {
			const key = fieldName.toLowerCase();
			let field = fields.get(key);
			if (!field) {
				field = { name: fieldName, query: false, body: false, required: false, labelValue: false, list: false };
				fields.set(key, field);
			}
			return field;
		};
		for (const parameter of operation.parameters ?? []) {
			const resolved = parameter.$ref
				? spec.components.parameters[parameter.$ref.split('/').pop() ?? '']
				: parameter;
			if (!resolved?.name) continue;
			const field = touch(resolved.name);
			field.query = true;
			field.required ||= resolved.required === true;
		}
		const body = operation.requestBody?.content?.['application/json']?.schema;
		const objectSchema = body?.type === 'array' ? body.items : body;
		for (const [fieldName, schema] of Object.entries(objectSchema?.properties ?? {})) {
			const field = touch(fieldName);
			field.body = true;
			field.required ||= (objectSchema?.required ?? []).includes(fieldName);
			field.list = schema.type === 'array';
			field.labelValue ||= isLabelValue(schema) || isLabelValue(schema.items);
		}
		for (const added of correction?.addFields ?? []) {
			const field = touch(added.name);
			if (added.in === 'query' || added.in === 'either') field.query = true;
			if (added.in === 'body' || added.in === 'either') field.body = true;
			field.labelValue ||= added.labelValue;
			field.required ||= added.requiredInPractice;
		}
		for (const [fieldName, wrap] of Object.entries(correction?.labelValueFix ?? {})) {
			if (wrap) touch(fieldName).labelValue = true;
		}
		for (const fieldName of correction?.requiredInPractice ?? []) touch(fieldName).required = true;
		for (const field of fields.values()) {
			if (correction?.method === 'either') {
				field.query = true;
				field.body = true;
			}
			if (correction?.queryOnly) {
				field.query = true;
				field.body = false;
			}
			if (correction?.bodyOnly) {
				field.body = true;
				field.query = false;
			}
			if (field.name.toLowerCase() === 'selectedtenants') field.list = true;
		}
		let tenantKey = correction?.tenantKey?.name;
		if (!tenantKey) tenantKey = TENANT_KEYS.map((key) => fields.get(key)?.name).find((key) => key);
		const anyTenant = operation['x-cipp-any-tenant'] === true;
		let tenantRequired = false;
		if (tenantKey) {
			const field = touch(tenantKey);
			if (correction?.tenantKey?.in === 'query') {
				field.query = true;
				field.body = false;
			}
			if (correction?.tenantKey?.in === 'body') {
				field.body = true;
				field.query = false;
			}
			if (correction?.tenantKey?.labelValue === true) field.labelValue = true;
			if (correction?.tenantKey?.labelValue === 'optional') field.labelValue = false;
			tenantRequired = field.required || (!anyTenant && !field.list);
			field.required = tenantRequired;
		}
		contract.set(name, {
			name,
			method,
			role: operation['x-cipp-role'] ?? '',
			anyTenant,
			fields,
			tenantKey,
			tenantRequired,
			requiredOneOf: correction?.requiredOneOf ?? [],
			tag: operation.tags?.[0] ?? '',
		});
	}
	return contract;
}

function lookup(source: Record<string, unknown> | undefined, name: string): { found: boolean; value: unknown } {
	if (!source) return { found: false, value: undefined };
	const key = Object.keys(source).find((candidate) => candidate.toLowerCase() === name.toLowerCase());
	return key === undefined ? { found: false, value: undefined } : { found: true, value: source[key] };
}

function isValueObject(value: unknown): boolean {
	return value !== null && typeof value === 'object' && !Array.isArray(value) && 'value' in value;
}

/** Every way the request breaks the contract; empty when CIPP would act on it. */
export function contractViolations(
	endpoint: ContractEndpoint,
	method: string,
	query: Record<string, unknown>,
	body: unknown,
): string[] {
	const problems: string[] = [];
	if (method !== endpoint.method) problems.push(`method ${method}, expected ${endpoint.method}`);
	const bodyObjects: Array<Record<string, unknown>> = Array.isArray(body)
		? (body as Array<Record<string, unknown>>)
		: body && typeof body === 'object'
			? [body as Record<string, unknown>]
			: [{}];
	for (const source of [query, ...bodyObjects]) {
		const seen = new Map<string, string>();
		for (const key of Object.keys(source ?? {})) {
			const lower = key.toLowerCase();
			if (seen.has(lower)) problems.push(`keys '${seen.get(lower)}' and '${key}' differ only by case`);
			seen.set(lower, key);
		}
	}
	for (const element of bodyObjects) {
		for (const field of endpoint.fields.values()) {
			const inQuery = lookup(query, field.name);
			const inBody = lookup(element, field.name);
			const present = (field.query && inQuery.found) || (field.body && inBody.found);
			if (inQuery.found && !field.query) problems.push(`${field.name} sent in the query string; CIPP reads it from the body`);
			if (inBody.found && !field.body && !inQuery.found) problems.push(`${field.name} sent in the body; CIPP reads it from the query string`);
			if (field.required && !present) problems.push(`required field ${field.name} is missing`);
			if (field.labelValue && inBody.found && inBody.value !== undefined && inBody.value !== null) {
				const value = inBody.value;
				const ok = Array.isArray(value) ? value.every(isValueObject) : isValueObject(value);
				if (!ok) problems.push(`${field.name} must be sent as {value,label}${field.list ? ' objects' : ''}`);
			}
		}
		for (const group of endpoint.requiredOneOf) {
			if (!group.some((name) => lookup(query, name).found || lookup(element, name).found)) {
				problems.push(`one of ${group.join(', ')} is required`);
			}
		}
	}
	return problems;
}

/** The tenant the request targets, in whatever shape it was sent. */
export function tenantOf(endpoint: ContractEndpoint, query: Record<string, unknown>, body: unknown): string | undefined {
	if (!endpoint.tenantKey) return undefined;
	const element = Array.isArray(body) ? (body[0] as Record<string, unknown>) : (body as Record<string, unknown>);
	const found = lookup(query, endpoint.tenantKey).found
		? lookup(query, endpoint.tenantKey).value
		: lookup(element, endpoint.tenantKey).value;
	const first = Array.isArray(found) ? found[0] : found;
	if (first && typeof first === 'object') {
		const record = first as Record<string, unknown>;
		return String(record.value ?? record.defaultDomainName ?? record.customerId ?? '');
	}
	return typeof first === 'string' ? first : undefined;
}
