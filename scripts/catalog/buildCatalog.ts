import type {
	CatalogEndpoint,
	CatalogField,
	CatalogTenant,
	FieldKind,
	FieldLocation,
	HttpMethod,
	TenantShape,
} from '../../nodes/Cipp/catalog/types';
import type {
	CorrectionEntry,
	CorrectionField,
	CorrectionsFile,
	OpenApiSpec,
	OperationObject,
	ParameterObject,
	SchemaObject,
} from './specTypes';

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
]);

interface RawField {
	name: string;
	locations: Set<FieldLocation>;
	schema: SchemaObject;
	required: boolean;
	labelValue: boolean;
	forceJson: boolean;
	forceKind?: FieldKind;
}

function isLabelValueSchema(schema: SchemaObject | undefined): boolean {
	if (!schema) return false;
	if (schema.$ref && /\/LabelValue(Number)?$/.test(schema.$ref)) return true;
	return (schema.allOf ?? []).some(isLabelValueSchema);
}

function resolveParameter(spec: OpenApiSpec, parameter: ParameterObject): ParameterObject {
	if (!parameter.$ref) return parameter;
	const key = parameter.$ref.split('/').pop() ?? '';
	return spec.components?.parameters?.[key] ?? parameter;
}

function bodySchemaOf(operation: OperationObject): SchemaObject | undefined {
	return operation.requestBody?.content?.['application/json']?.schema;
}

/** Kind of an added field, from the audit's flags and note (the audit does not give types). */
function addedFieldKind(field: CorrectionField): FieldKind | undefined {
	const note = (field.note ?? '').toLowerCase();
	if (note.startsWith('boolean')) return 'boolean';
	if (field.labelValue) return undefined;
	if (note.includes('accepts a plain value')) return 'string';
	if (note.includes('array of') && note.includes('strings')) return 'list';
	if (note.includes('sub-properties read') || note.includes('array') || note.includes('an object')) {
		return 'json';
	}
	return 'string';
}

function kindOf(field: RawField): { kind: FieldKind; values?: string[] } {
	if (field.forceKind) return { kind: field.forceKind };
	const schema = field.schema;
	if (field.forceJson) return { kind: 'json' };
	if (isLabelValueSchema(schema)) return { kind: 'string' };
	switch (schema.type) {
		case 'boolean':
			return { kind: 'boolean' };
		case 'integer':
		case 'number':
			return { kind: 'number' };
		case 'object':
			return { kind: 'json' };
		case 'array': {
			const items = schema.items;
			if (items && !isLabelValueSchema(items) && (items.type === 'object' || items.properties)) {
				return { kind: 'json' };
			}
			return { kind: 'list' };
		}
		default:
			if (schema.enum && schema.enum.length > 0) return { kind: 'options', values: [...schema.enum] };
			if (schema['x-cipp-observed-values']) {
				return { kind: 'string', values: [...schema['x-cipp-observed-values']] };
			}
			return { kind: 'string' };
	}
}

function paramNameFor(name: string): string {
	let param = name.replace(/[^A-Za-z0-9_]/g, '');
	if (param === '') param = 'field';
	if (/^[0-9]/.test(param)) param = `f${param}`;
	return param;
}

function tenantShapeOf(field: RawField | undefined, key: string, labelValue: boolean | 'optional' | undefined): TenantShape {
	const schema = field?.schema ?? {};
	const isList = schema.type === 'array' || key.toLowerCase() === 'selectedtenants';
	if (labelValue === true) return isList ? 'labelValueList' : 'labelValue';
	if (labelValue === 'optional') return isList ? 'stringList' : 'string';
	if (isLabelValueSchema(schema)) return 'labelValue';
	if (schema.type === 'array') {
		if (isLabelValueSchema(schema.items)) return 'labelValueList';
		if (schema.items?.type === 'object' || schema.items?.properties) return 'objectList';
		return 'stringList';
	}
	return 'string';
}

function buildEndpoint(
	spec: OpenApiSpec,
	name: string,
	specMethod: HttpMethod,
	operation: OperationObject,
	correction: CorrectionEntry | undefined,
): CatalogEndpoint {
	const method: HttpMethod =
		correction?.method === 'GET' || correction?.method === 'POST' ? correction.method : specMethod;
	const defaultLocation: FieldLocation = method === 'GET' ? 'query' : 'body';
	const fields = new Map<string, RawField>();

	const add = (fieldName: string, location: FieldLocation, schema: SchemaObject, required: boolean) => {
		const key = fieldName.toLowerCase();
		const existing = fields.get(key);
		if (existing) {
			existing.locations.add(location);
			existing.required ||= required;
			// The body copy of a field carries the richer schema ({value,label}, arrays).
			if (location === 'body') existing.schema = schema;
			return existing;
		}
		const created: RawField = {
			name: fieldName,
			locations: new Set([location]),
			schema,
			required,
			labelValue: false,
			forceJson: false,
		};
		fields.set(key, created);
		return created;
	};

	for (const raw of operation.parameters ?? []) {
		const parameter = resolveParameter(spec, raw);
		if (!parameter.name) continue;
		add(parameter.name, 'query', parameter.schema ?? { type: 'string' }, parameter.required === true);
	}

	let bodyIsArray = false;
	let passthrough = false;
	const body = bodySchemaOf(operation);
	if (body) {
		const objectSchema = body.type === 'array' && body.items ? body.items : body;
		bodyIsArray = body.type === 'array';
		passthrough = body['x-cipp-passthrough'] === true || body.additionalProperties === true;
		const required = new Set(objectSchema.required ?? []);
		for (const [fieldName, schema] of Object.entries(objectSchema.properties ?? {})) {
			add(fieldName, 'body', schema, required.has(fieldName));
		}
	}

	if (correction) {
		for (const added of correction.addFields ?? []) {
			const location: FieldLocation = added.in === 'either' ? defaultLocation : added.in;
			const field = add(added.name, location, { type: 'string' }, added.requiredInPractice);
			field.labelValue ||= added.labelValue;
			const kind = addedFieldKind(added);
			if (kind) field.forceKind = kind;
		}
		for (const [fieldName, mustWrap] of Object.entries(correction.labelValueFix ?? {})) {
			const field = fields.get(fieldName.toLowerCase());
			if (field && mustWrap) field.labelValue = true;
		}
		for (const fieldName of Object.keys(correction.shapeFix ?? {})) {
			const field = fields.get(fieldName.toLowerCase());
			if (field && !field.labelValue) field.forceJson = true;
		}
		for (const fieldName of correction.requiredInPractice ?? []) {
			const field = fields.get(fieldName.toLowerCase());
			if (field) field.required = true;
		}
		for (const fieldName of correction.dropFields ?? []) fields.delete(fieldName.toLowerCase());
	}

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
		const key = tenantField?.name ?? tenantKey!.name;
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
		const role = operation['x-cipp-role'] ?? '';
		// A tenant-scoped endpoint acts on one customer tenant, so it always needs one (CIPP falls
		// back to the partner tenant otherwise); AnyTenant endpoints need it only when marked.
		const required =
			tenantField?.required === true ||
			(correction?.requiredInPractice ?? []).some((f) => f.toLowerCase() === key.toLowerCase()) ||
			(!operation['x-cipp-any-tenant'] && !shape.endsWith('List'));
		tenant = {
			key,
			in: location,
			shape,
			required,
			allTenants: shape.endsWith('List') || (method === 'GET' && role.endsWith('.Read')),
		};
		fields.delete(key.toLowerCase());
	}

	// Plain names keep their parameter name; a `$`-prefixed OData twin (`$expand` next to
	// `expand`) gets an `odata` prefix instead of clashing.
	const usedParams = new Set<string>();
	const paramOf = new Map<RawField, string>();
	const ordered = [...fields.values()].sort(
		(a, b) => Number(a.name.startsWith('$')) - Number(b.name.startsWith('$')),
	);
	for (const field of ordered) {
		let param = paramNameFor(field.name);
		if (usedParams.has(param) || (field.required && RESERVED_PARAMS.has(param))) {
			param = field.name.startsWith('$') ? `odata${param[0].toUpperCase()}${param.slice(1)}` : `${param}Field`;
		}
		usedParams.add(param);
		paramOf.set(field, param);
	}
	const catalogFields: CatalogField[] = [];
	for (const field of fields.values()) {
		const location = locationOf(field);
		const { kind, values } = kindOf(field);
		const labelValue =
			location === 'body' && (field.labelValue || isLabelValueSchema(field.schema) || isLabelValueSchema(field.schema.items));
		const param = paramOf.get(field) ?? paramNameFor(field.name);
		const entry: CatalogField = { name: field.name, param, in: location, kind };
		if (labelValue) entry.labelValue = true;
		if (field.required) entry.required = true;
		if (values) entry.values = values;
		catalogFields.push(entry);
	}

	const endpoint: CatalogEndpoint = {
		name,
		method,
		group: operation.tags?.[0] ?? 'Other',
		role: operation['x-cipp-role'] ?? '',
		fields: catalogFields,
	};
	if (operation['x-cipp-any-tenant']) endpoint.anyTenant = true;
	if (tenant) endpoint.tenant = tenant;
	if (bodyIsArray) endpoint.bodyIsArray = true;
	if (passthrough || correction?.shapeFix?.['<body>']) endpoint.passthrough = true;
	if (correction?.requiredOneOf) endpoint.requiredOneOf = correction.requiredOneOf.map((group) => [...group]);
	return endpoint;
}

export function buildCatalog(spec: OpenApiSpec, corrections?: CorrectionsFile): CatalogEndpoint[] {
	const endpoints: CatalogEndpoint[] = [];
	for (const [path, operations] of Object.entries(spec.paths)) {
		const name = path.replace(/^\/api\//, '');
		for (const [method, operation] of Object.entries(operations)) {
			const upper = method.toUpperCase();
			if (upper !== 'GET' && upper !== 'POST') continue;
			const correction = corrections?.[name];
			endpoints.push(
				buildEndpoint(spec, name, upper, operation, typeof correction === 'object' ? correction : undefined),
			);
		}
	}
	return endpoints.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

export function renderCatalog(catalog: CatalogEndpoint[], spec: OpenApiSpec): string {
	const lines: string[] = [];
	lines.push('// GENERATED FILE, do not edit. Re-create it with `npm run generate`');
	lines.push('// (scripts/generate-catalog.ts reads CIPP\'s OpenAPI spec and the corrections audit).');
	lines.push(`// Source: ${spec.info?.title ?? 'CIPP API'}, ${catalog.length} endpoints.`);
	lines.push("import type { CatalogEndpoint } from './types';");
	lines.push('');
	lines.push('export const GENERATED_ENDPOINTS: readonly CatalogEndpoint[] = [');
	for (const endpoint of catalog) {
		const { fields, ...head } = endpoint;
		const headText = JSON.stringify(head);
		if (fields.length === 0) {
			lines.push(`\t${headText.slice(0, -1)},"fields":[]},`);
			continue;
		}
		lines.push(`\t${headText.slice(0, -1)},"fields":[`);
		for (const field of fields) lines.push(`\t\t${JSON.stringify(field)},`);
		lines.push('\t]},');
	}
	lines.push('];');
	lines.push('');
	return lines.join('\n');
}
