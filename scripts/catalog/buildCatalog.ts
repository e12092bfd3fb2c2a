import type {
	CatalogEndpoint,
	CatalogField,
	CatalogTenant,
	FieldKind,
	FieldLocation,
	HttpMethod,
	TenantShape,
} from '../../nodes/Cipp/catalog/types';
import { isLabelValueShape as isLabelValue, kindForShape } from '../../nodes/Cipp/catalog/specShape';
import { applyHandlerFacts } from './handlerFacts';
import type { ReleaseData } from './releaseData';
import type { HandlerFacts, ReleaseCorrection, SpecEndpoint, SpecShape } from './releaseTypes';

/**
 * One catalog entry per endpoint, from three layers of vendored facts: the spec CIPP generates,
 * the audit's corrections on top, and what the handler code was read to do (handler facts) last.
 */

/** Keys that carry the target tenant, most specific first. */
const TENANT_KEYS = ['tenantfilter', 'tenantid', 'selectedtenants', 'customerid', 'tenant', 'tenants'];

/** Top-level n8n parameter names the node itself uses; a required CIPP field may not take them. */
export const RESERVED_PARAMS = new Set([
	'resource',
	'operation',
	'tenant',
	'additionalFields',
	'options',
	'returnAll',
	'limit',
	'template',
]);

export interface RawField {
	name: string;
	locations: Set<FieldLocation>;
	shape: SpecShape;
	required: boolean;
	labelValue: boolean;
	forceKind?: FieldKind;
}

const CORRECTION_KINDS: Record<ReleaseCorrection['addFields'][number]['kind'], FieldKind | undefined> = {
	boolean: 'boolean',
	list: 'list',
	json: 'json',
	string: 'string',
	labelValue: undefined,
	labelValueOptional: 'string',
};

function kindOf(field: RawField): { kind: FieldKind; values?: string[] } {
	return field.forceKind ? { kind: field.forceKind } : kindForShape(field.shape);
}

function paramNameFor(name: string): string {
	let param = name.replace(/[^A-Za-z0-9_]/g, '');
	if (param === '') param = 'field';
	if (/^[0-9]/.test(param)) param = `f${param}`;
	return param;
}

function tenantShapeOf(field: RawField | undefined, key: string, labelValue: boolean | 'optional' | undefined): TenantShape {
	const shape = field?.shape ?? { type: 'string' };
	const isList = shape.type === 'array' || key.toLowerCase() === 'selectedtenants';
	if (labelValue === true) return isList ? 'labelValueList' : 'labelValue';
	if (labelValue === 'optional') return isList ? 'stringList' : 'string';
	if (isLabelValue(shape)) return 'labelValue';
	if (shape.type === 'array') {
		if (isLabelValue(shape.items)) return 'labelValueList';
		if (shape.items?.type === 'object' || shape.items?.properties) return 'objectList';
		return 'stringList';
	}
	return 'string';
}

function collectFields(spec: SpecEndpoint, correction: ReleaseCorrection | undefined, defaultLocation: FieldLocation) {
	const fields = new Map<string, RawField>();
	const add = (fieldName: string, location: FieldLocation, shape: SpecShape, required: boolean) => {
		const key = fieldName.toLowerCase();
		const existing = fields.get(key);
		if (existing) {
			existing.locations.add(location);
			existing.required ||= required;
			// The body copy of a field carries the richer shape ({value,label}, arrays).
			if (location === 'body') existing.shape = shape;
			return existing;
		}
		const created: RawField = { name: fieldName, locations: new Set([location]), shape, required, labelValue: false };
		fields.set(key, created);
		return created;
	};
	for (const query of spec.query) add(query.name, 'query', query.shape, query.required === true);
	const objectShape = spec.body?.type === 'array' && spec.body.items ? spec.body.items : spec.body;
	const required = new Set(objectShape?.required ?? []);
	for (const [fieldName, shape] of Object.entries(objectShape?.properties ?? {})) add(fieldName, 'body', shape, required.has(fieldName));

	for (const added of correction?.addFields ?? []) {
		const location: FieldLocation = added.in === 'either' ? defaultLocation : added.in;
		const field = add(added.name, location, { type: 'string' }, added.required === true);
		field.labelValue ||= added.kind === 'labelValue';
		const kind = CORRECTION_KINDS[added.kind];
		if (kind) field.forceKind = kind;
	}
	for (const fieldName of correction?.labelValueFix ?? []) {
		const field = fields.get(fieldName.toLowerCase());
		if (field) field.labelValue = true;
	}
	for (const fieldName of Object.keys(correction?.shapeFix ?? {})) {
		const field = fields.get(fieldName.toLowerCase());
		if (field && !field.labelValue) field.forceKind = 'json';
	}
	for (const fieldName of correction?.requiredInPractice ?? []) {
		const field = fields.get(fieldName.toLowerCase());
		if (field) field.required = true;
	}
	for (const fieldName of correction?.dropFields ?? []) fields.delete(fieldName.toLowerCase());
	return fields;
}

function buildEndpoint(name: string, spec: SpecEndpoint, correction: ReleaseCorrection | undefined): CatalogEndpoint {
	const method: HttpMethod = correction?.method === 'GET' || correction?.method === 'POST' ? correction.method : spec.method;
	const defaultLocation: FieldLocation = method === 'GET' ? 'query' : 'body';
	const fields = collectFields(spec, correction, defaultLocation);

	const locationOf = (field: RawField): FieldLocation => {
		if (correction?.queryOnly) return 'query';
		if (correction?.bodyOnly) return 'body';
		if (field.locations.size === 1) return [...field.locations][0];
		return defaultLocation;
	};

	// The tenant: the audit's key when it names one, otherwise the most specific tenant-like field.
	let tenant: CatalogTenant | undefined;
	const tenantKey = correction?.tenantKey;
	let tenantField: RawField | undefined;
	if (tenantKey) {
		tenantField = fields.get(tenantKey.name.toLowerCase());
	} else {
		for (const key of TENANT_KEYS) {
			tenantField = fields.get(key);
			if (tenantField) break;
		}
	}
	if (tenantField || tenantKey) {
		const key = tenantField?.name ?? tenantKey?.name ?? 'tenantFilter';
		let location: FieldLocation;
		if (tenantKey && tenantKey.in !== 'either' && !correction?.queryOnly && !correction?.bodyOnly) {
			location = tenantKey.in;
		} else {
			location = tenantField ? locationOf(tenantField) : defaultLocation;
		}
		const shapeHint = tenantKey?.labelValue ?? (tenantField?.labelValue ? true : undefined);
		let shape = tenantShapeOf(tenantField, key, shapeHint);
		// A query string cannot carry an object.
		if (location === 'query') shape = shape.endsWith('List') ? 'stringList' : 'string';
		// A tenant-scoped endpoint acts on one customer tenant, so it always needs one (CIPP falls
		// back to the partner tenant otherwise); AnyTenant endpoints need it only when marked.
		const required =
			tenantField?.required === true ||
			(correction?.requiredInPractice ?? []).some((f) => f.toLowerCase() === key.toLowerCase()) ||
			(!spec.anyTenant && !shape.endsWith('List'));
		tenant = {
			key,
			in: location,
			shape,
			required,
			allTenants: shape.endsWith('List') || (method === 'GET' && spec.role.endsWith('.Read')),
		};
		fields.delete(key.toLowerCase());
	}

	const catalogFields: CatalogField[] = [];
	for (const field of fields.values()) {
		const location = locationOf(field);
		const { kind, values } = kindOf(field);
		const labelValue = location === 'body' && (field.labelValue || isLabelValue(field.shape) || isLabelValue(field.shape.items));
		const entry: CatalogField = { name: field.name, param: paramNameFor(field.name), in: location, kind };
		if (labelValue) entry.labelValue = true;
		if (field.required) entry.required = true;
		if (values) entry.values = values;
		catalogFields.push(entry);
	}

	const endpoint: CatalogEndpoint = { name, method, group: spec.tag, role: spec.role, fields: catalogFields };
	if (spec.anyTenant) endpoint.anyTenant = true;
	if (tenant) endpoint.tenant = tenant;
	if (spec.body?.type === 'array') endpoint.bodyIsArray = true;
	if (spec.body?.passthrough || correction?.shapeFix?.['<body>']) endpoint.passthrough = true;
	if (correction?.requiredOneOf) endpoint.requiredOneOf = correction.requiredOneOf.map((group) => [...group]);
	return endpoint;
}

/**
 * Parameter names: the field name without characters n8n parameters cannot hold. Plain names keep
 * theirs; a `$`-prefixed OData twin (`$expand` next to `expand`) gets an `odata` prefix, and a
 * required field whose name the node itself uses gets a `Field` suffix.
 */
function assignParams(endpoint: CatalogEndpoint): void {
	const used = new Set<string>();
	const ordered = [...endpoint.fields].sort((a, b) => Number(a.name.startsWith('$')) - Number(b.name.startsWith('$')));
	for (const field of ordered) {
		let param = paramNameFor(field.name);
		if (used.has(param) || (field.required && RESERVED_PARAMS.has(param))) {
			param = field.name.startsWith('$') ? `odata${param[0].toUpperCase()}${param.slice(1)}` : `${param}Field`;
		}
		used.add(param);
		field.param = param;
	}
}

export function buildCatalog(release: ReleaseData, facts: HandlerFacts = {}): CatalogEndpoint[] {
	const endpoints: CatalogEndpoint[] = [];
	for (const [name, spec] of Object.entries(release.spec.endpoints)) {
		const endpoint = buildEndpoint(name, spec, release.corrections[name]);
		if (facts[name]) applyHandlerFacts(endpoint, facts[name]);
		assignParams(endpoint);
		endpoints.push(endpoint);
	}
	return endpoints.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
