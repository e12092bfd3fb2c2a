import { loadReleaseWithAdditions } from '../../scripts/catalog/releaseAdditions';
import { vendoredReleases } from '../../scripts/catalog/releaseData';
import type { HandlerKind, SpecShape } from '../../scripts/catalog/releaseTypes';

/**
 * The CIPP simulator's own reading of the vendored facts (spec, audit corrections and handler
 * facts of the newest vendored release, with the additions of newer ones). Deliberately written
 * apart from scripts/catalog (the node's generator): if both read the facts the same wrong way a
 * test could not notice, so this one stays small and literal. It judges a request the way the handler would: a switch that is
 * text, an object sent as a string or a template without its content does not pass.
 */

export const CONTRACT_RELEASE = vendoredReleases().at(-1) ?? '';

export interface ContractField {
	name: string;
	query: boolean;
	body: boolean;
	required: boolean;
	/** Must arrive as `{value}` (or an array of such objects when `list`). */
	labelValue: boolean;
	list: boolean;
	/** What the handler does with it, when its code was read. */
	kind?: HandlerKind;
	values?: string[];
	requiredWhen?: Record<string, string[]>;
	/** A switch whose 'false' would read as on: must be absent when off. */
	mustOmitFalse: boolean;
	/** The same in a JSON body, where only a switch with whenOff 'omit' reads a present false as on. */
	bodyOmitsFalse?: boolean;
}

export interface ContractEndpoint {
	name: string;
	method: 'GET' | 'POST';
	role: string;
	anyTenant: boolean;
	fields: Map<string, ContractField>;
	tenantKey?: string;
	tenantRequired: boolean;
	tenantIsGuid: boolean;
	requiredOneOf: string[][];
	/** The whole body is stored: these members must be in it. */
	templateRequires?: string[];
	tag: string;
}

const TENANT_KEYS = ['tenantfilter', 'tenantid', 'selectedtenants', 'customerid', 'tenant', 'tenants'];
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const isLabelValue = (shape: SpecShape | undefined): boolean => shape?.type === 'labelValue';

export function loadContract(version = CONTRACT_RELEASE): Map<string, ContractEndpoint> {
	// The newest full release, with the few endpoints and fields read from newer ones (data/additions/).
	const { spec, corrections, handlers } = loadReleaseWithAdditions(version);
	const contract = new Map<string, ContractEndpoint>();
	for (const [name, operation] of Object.entries(spec.endpoints)) {
		const correction = corrections[name];
		const facts = handlers[name];
		const method = facts?.method ?? (correction?.method === 'GET' || correction?.method === 'POST' ? correction.method : operation.method);
		const fields = new Map<string, ContractField>();
		const touch = (fieldName: string): ContractField => {
			const key = fieldName.toLowerCase();
			let field = fields.get(key);
			if (!field) {
				field = { name: fieldName, query: false, body: false, required: false, labelValue: false, list: false, mustOmitFalse: false };
				fields.set(key, field);
			}
			return field;
		};
		for (const parameter of operation.query) {
			const field = touch(parameter.name);
			field.query = true;
			field.required ||= parameter.required === true;
		}
		const objectShape = operation.body?.type === 'array' ? operation.body.items : operation.body;
		for (const [fieldName, shape] of Object.entries(objectShape?.properties ?? {})) {
			const field = touch(fieldName);
			field.body = true;
			field.required ||= (objectShape?.required ?? []).includes(fieldName);
			field.list = shape.type === 'array';
			field.labelValue ||= isLabelValue(shape) || isLabelValue(shape.items);
		}
		for (const added of correction?.addFields ?? []) {
			const field = touch(added.name);
			if (added.in === 'query' || added.in === 'either') field.query = true;
			if (added.in === 'body' || added.in === 'either') field.body = true;
			field.labelValue ||= added.kind === 'labelValue';
			field.required ||= added.required === true;
		}
		for (const fieldName of correction?.labelValueFix ?? []) touch(fieldName).labelValue = true;
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

		// What the handler was read to do overrides the spec and the audit.
		for (const [fieldName, fact] of Object.entries(facts?.fields ?? {})) {
			if (fact.unused) {
				fields.delete(fieldName.toLowerCase());
				continue;
			}
			const field = touch(fieldName);
			if (fact.in) {
				field.query = fact.in === 'query';
				field.body = fact.in === 'body';
			} else if (!field.query && !field.body) {
				field.query = method === 'GET';
				field.body = method !== 'GET';
			}
			field.kind = fact.kind;
			field.values = fact.values;
			field.labelValue = fact.kind === 'labelValue' || fact.kind === 'labelValueList';
			field.list = ['list', 'labelValueList', 'objectList'].includes(fact.kind);
			if (fact.required !== undefined) field.required = fact.required;
			if (fact.requiredWhen) field.requiredWhen = fact.requiredWhen;
			field.mustOmitFalse = fact.kind === 'boolean' && (field.query ? fact.whenOff !== 'send' : fact.whenOff === 'omit');
			field.bodyOmitsFalse = fact.kind === 'boolean' && fact.whenOff === 'omit';
		}

		let tenantKey = facts?.tenant?.none ? undefined : (facts?.tenant?.key ?? correction?.tenantKey?.name);
		if (!tenantKey && !facts?.tenant?.none) tenantKey = TENANT_KEYS.map((key) => fields.get(key)?.name).find((key) => key);
		const anyTenant = operation.anyTenant === true;
		let tenantRequired = false;
		if (tenantKey) {
			const field = touch(tenantKey);
			const where = facts?.tenant?.in ?? (correction?.tenantKey?.in !== 'either' ? correction?.tenantKey?.in : undefined);
			if (where === 'query') {
				field.query = true;
				field.body = false;
			}
			if (where === 'body') {
				field.body = true;
				field.query = false;
			}
			if (!field.query && !field.body) field[method === 'GET' ? 'query' : 'body'] = true;
			if (correction?.tenantKey?.labelValue === true) field.labelValue = true;
			if (correction?.tenantKey?.labelValue === 'optional') field.labelValue = false;
			if (facts?.tenant?.shape) {
				field.labelValue = facts.tenant.shape.startsWith('labelValue');
				field.list = facts.tenant.shape.endsWith('List');
			}
			field.kind = undefined;
			tenantRequired = facts?.tenant?.required ?? (field.required || (!anyTenant && !field.list));
			field.required = tenantRequired;
		}
		contract.set(name, {
			name,
			method,
			role: operation.role,
			anyTenant,
			fields,
			tenantKey,
			tenantRequired,
			tenantIsGuid: facts?.tenant?.format === 'guid',
			requiredOneOf: facts?.requiredOneOf ?? correction?.requiredOneOf ?? [],
			templateRequires: facts?.template?.requires,
			tag: operation.tag,
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

const isObject = (value: unknown): boolean => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Whether a body value has the kind the handler reads; a reason when it has not. */
function kindProblem(field: ContractField, value: unknown): string | undefined {
	const plain = isValueObject(value) ? (value as { value: unknown }).value : value;
	switch (field.kind) {
		case 'boolean':
			return typeof value === 'boolean' ? undefined : `${field.name} must be a JSON boolean, not ${JSON.stringify(value)}`;
		case 'number':
			return typeof value === 'number' ? undefined : `${field.name} must be a JSON number, not ${JSON.stringify(value)}`;
		case 'options':
			return field.values && !field.values.includes(String(plain)) ? `${field.name} must be one of ${field.values.join(', ')}, not ${JSON.stringify(plain)}` : undefined;
		case 'list':
			return Array.isArray(value) ? undefined : `${field.name} must be a JSON array (the handler iterates it)`;
		case 'object':
			return isObject(value) ? undefined : `${field.name} must be a JSON object, not ${typeof value === 'string' ? 'a string' : JSON.stringify(value)}`;
		case 'objectList':
			return Array.isArray(value) && value.every(isObject) ? undefined : `${field.name} must be an array of objects`;
		case 'json':
			return typeof value === 'string' ? `${field.name} must be JSON, not a string holding JSON` : undefined;
		case 'jsonText': {
			if (typeof value !== 'string') return `${field.name} must be JSON text (a string)`;
			try {
				JSON.parse(value);
				return undefined;
			} catch {
				return `${field.name} is not valid JSON text`;
			}
		}
		default:
			return undefined;
	}
}

/** Whether a query value has the kind the handler reads. */
function queryKindProblem(field: ContractField, value: unknown): string | undefined {
	const text = String(value);
	if (field.kind === 'boolean' && field.mustOmitFalse && text.toLowerCase() !== 'true') {
		return `${field.name}=${text} in the query string reads as on; leave the switch out when it is off`;
	}
	if (field.kind === 'number' && !Number.isFinite(Number(text))) return `${field.name} must be a number, not ${text}`;
	if (field.kind === 'options' && field.values && !field.values.includes(text)) return `${field.name} must be one of ${field.values.join(', ')}, not ${text}`;
	return undefined;
}

function conditionHolds(condition: Record<string, string[]>, query: Record<string, unknown>, element: Record<string, unknown>): boolean {
	return Object.entries(condition).every(([other, values]) => {
		const found = lookup(query, other).found ? lookup(query, other).value : lookup(element, other).value;
		const plain = isValueObject(found) ? (found as { value: unknown }).value : found;
		return plain !== undefined && values.map((value) => value.toLowerCase()).includes(String(plain).toLowerCase());
	});
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
			const required = field.required || (field.requiredWhen !== undefined && conditionHolds(field.requiredWhen, query, element));
			if (required && !present) problems.push(`required field ${field.name} is missing`);
			const value = inBody.value;
			if (field.body && inBody.found && value !== undefined && value !== null) {
				if (field.labelValue) {
					const ok = Array.isArray(value) ? value.every(isValueObject) : isValueObject(value);
					if (!ok) problems.push(`${field.name} must be sent as {value,label}${field.list ? ' objects' : ''}`);
				} else if (field.kind) {
					const problem = kindProblem(field, value);
					if (problem) problems.push(problem);
				}
				// The handler reads a present switch as on (whenOff 'omit'), so off must be left out.
				if (field.bodyOmitsFalse && value === false) problems.push(`${field.name}=false in the body reads as on; leave the switch out when it is off`);
			}
			if (field.query && inQuery.found && field.kind) {
				const problem = queryKindProblem(field, inQuery.value);
				if (problem) problems.push(problem);
			}
		}
		for (const group of endpoint.requiredOneOf) {
			const on = (source: Record<string, unknown>, name: string) => {
				const { found, value } = lookup(source, name);
				return found && value !== false && value !== '' && value !== null;
			};
			if (!group.some((name) => on(query, name) || on(element, name))) {
				problems.push(`one of ${group.join(', ')} is required`);
			}
		}
		for (const member of endpoint.templateRequires ?? []) {
			if (!lookup(element, member).found) problems.push(`the template is missing '${member}'`);
		}
	}
	const tenant = tenantOf(endpoint, query, body);
	if (endpoint.tenantIsGuid && tenant && tenant !== 'AllTenants' && !GUID.test(tenant)) {
		problems.push(`${endpoint.tenantKey} must be the tenant ID (GUID), not ${tenant}`);
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
