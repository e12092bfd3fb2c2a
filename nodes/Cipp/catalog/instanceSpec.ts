import { LABEL_VALUE_REF, kindForShape, sendsLabelValue, shapeOf } from './specShape';
import type { SchemaObject, SpecShape } from './specShape';
import type { CatalogEndpoint, CatalogField, FieldLocation, HttpMethod } from './types';

/**
 * Reads the OpenAPI document a connected CIPP serves (ListOpenApiSpec, CIPP 10.10+) into endpoint
 * facts: name, method, query parameters and body fields with their kinds. The document comes from
 * the network, so nothing in it is trusted to have the expected types: every member is checked
 * before it is read, and a document that is not an OpenAPI description of CIPP's paths gives
 * `undefined` (the node then works from its own catalog).
 */

export interface InstanceSpec {
	/** The spec's own version text (CIPP writes `auto`; kept for messages only). */
	version?: string;
	endpoints: ReadonlyMap<string, CatalogEndpoint>;
}

/** The endpoint names CIPP routes: `/api/<Name>` with a PowerShell function name. */
const PATH = /^\/api\/([A-Za-z0-9_]+)$/;

/** How deep `$ref`s and nested schemas are followed: CIPP's bodies nest a few levels at most. */
const MAX_DEPTH = 8;

type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);

const strings = (value: unknown): string[] | undefined =>
	Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string') : undefined;

function stringOf(value: unknown): string | undefined {
	return typeof value === 'string' ? value : undefined;
}

/** OpenAPI 3.1 allows `type: ['string', 'null']`: the first type that is not null counts. */
function typeOf(value: unknown): string | undefined {
	if (typeof value === 'string') return value;
	return strings(value)?.find((entry) => entry !== 'null');
}

class SchemaReader {
	constructor(private readonly components: Json) {}

	/** A local `#/components/<section>/<name>` target, when it exists. */
	target(section: 'schemas' | 'parameters', ref: string): unknown {
		const prefix = `#/components/${section}/`;
		if (!ref.startsWith(prefix)) return undefined;
		const table = this.components[section];
		return isRecord(table) ? table[ref.slice(prefix.length)] : undefined;
	}

	/** The schema with only well-typed members; `$ref`s other than LabelValue are followed. */
	schema(value: unknown, depth = 0): SchemaObject | undefined {
		if (!isRecord(value) || depth > MAX_DEPTH) return undefined;
		const ref = stringOf(value.$ref);
		if (ref !== undefined && !LABEL_VALUE_REF.test(ref)) return this.schema(this.target('schemas', ref), depth + 1);
		const schema: SchemaObject = {};
		if (ref !== undefined) schema.$ref = ref;
		const type = typeOf(value.type);
		if (type !== undefined) schema.type = type;
		if (Array.isArray(value.allOf)) {
			schema.allOf = value.allOf.map((part) => this.schema(part, depth + 1)).filter((part): part is SchemaObject => part !== undefined);
		}
		const items = this.schema(value.items, depth + 1);
		if (items) schema.items = items;
		if (isRecord(value.properties)) {
			schema.properties = {};
			for (const [name, child] of Object.entries(value.properties)) {
				schema.properties[name] = this.schema(child, depth + 1) ?? {};
			}
		}
		const required = strings(value.required);
		if (required) schema.required = required;
		const values = strings(value.enum);
		if (values) schema.enum = values;
		const observed = strings(value['x-cipp-observed-values']);
		if (observed) schema['x-cipp-observed-values'] = observed;
		if (value['x-cipp-passthrough'] === true) schema['x-cipp-passthrough'] = true;
		if (value.additionalProperties === true) schema.additionalProperties = true;
		return schema;
	}
}

interface SpecField {
	name: string;
	locations: Set<FieldLocation>;
	shape: SpecShape;
	required: boolean;
}

/** Query parameters and body members, one entry per name (CIPP reads names in any case). */
function collectFields(reader: SchemaReader, operation: Json): { fields: Map<string, SpecField>; body?: SpecShape } {
	const fields = new Map<string, SpecField>();
	const add = (name: string, location: FieldLocation, shape: SpecShape, required: boolean) => {
		const key = name.toLowerCase();
		const existing = fields.get(key);
		if (!existing) {
			fields.set(key, { name, locations: new Set([location]), shape, required });
			return;
		}
		existing.locations.add(location);
		existing.required ||= required;
		// The body copy carries the richer shape ({value,label}, arrays), as in the generator.
		if (location === 'body') existing.shape = shape;
	};
	for (const raw of Array.isArray(operation.parameters) ? operation.parameters : []) {
		const ref = isRecord(raw) ? stringOf(raw.$ref) : undefined;
		const parameter = ref === undefined ? raw : reader.target('parameters', ref);
		if (!isRecord(parameter) || parameter.in !== 'query') continue;
		const name = stringOf(parameter.name);
		if (name === undefined || name === '') continue;
		add(name, 'query', shapeOf(reader.schema(parameter.schema)), parameter.required === true);
	}
	const content = isRecord(operation.requestBody) && isRecord(operation.requestBody.content) ? operation.requestBody.content : {};
	const json = content['application/json'];
	const schema = isRecord(json) ? reader.schema(json.schema) : undefined;
	if (!schema) return { fields };
	const body = shapeOf(schema);
	const element = body.type === 'array' && body.items ? body.items : body;
	const required = new Set(element.required ?? []);
	for (const [name, shape] of Object.entries(element.properties ?? {})) add(name, 'body', shape, required.has(name));
	return { fields, body };
}

function catalogField(field: SpecField, method: HttpMethod): CatalogField {
	// A field listed in both places is sent where the method puts it, as the generator does.
	const location: FieldLocation = field.locations.size === 1 ? [...field.locations][0] : method === 'GET' ? 'query' : 'body';
	const { kind, values } = kindForShape(field.shape);
	const entry: CatalogField = { name: field.name, param: field.name, in: location, kind };
	if (location === 'body' && sendsLabelValue(field.shape)) entry.labelValue = true;
	if (field.required) entry.required = true;
	if (values) entry.values = values;
	return entry;
}

function readEndpoint(reader: SchemaReader, name: string, item: Json): CatalogEndpoint | undefined {
	// CIPP serves one method per path; should a release list both, POST carries the body.
	const method: HttpMethod | undefined = isRecord(item.post) ? 'POST' : isRecord(item.get) ? 'GET' : undefined;
	if (!method) return undefined;
	const operation = item[method.toLowerCase()] as Json;
	const { fields, body } = collectFields(reader, operation);
	const tags = strings(operation.tags);
	const endpoint: CatalogEndpoint = {
		name,
		method,
		group: tags?.[0] ?? 'Other',
		role: stringOf(operation['x-cipp-role']) ?? '',
		fields: [...fields.values()].map((field) => catalogField(field, method)),
	};
	if (operation['x-cipp-any-tenant'] === true) endpoint.anyTenant = true;
	if (body?.type === 'array') endpoint.bodyIsArray = true;
	if (body?.passthrough) endpoint.passthrough = true;
	return endpoint;
}

/** The endpoints of a CIPP's OpenAPI document, or `undefined` when it is not one. */
export function readInstanceSpec(document: unknown): InstanceSpec | undefined {
	if (!isRecord(document) || !isRecord(document.paths)) return undefined;
	const reader = new SchemaReader(isRecord(document.components) ? document.components : {});
	const endpoints = new Map<string, CatalogEndpoint>();
	for (const [path, item] of Object.entries(document.paths)) {
		const name = PATH.exec(path)?.[1];
		if (name === undefined || !isRecord(item)) continue;
		const endpoint = readEndpoint(reader, name, item);
		if (endpoint) endpoints.set(name, endpoint);
	}
	if (endpoints.size === 0) return undefined;
	const info = isRecord(document.info) ? stringOf(document.info.version) : undefined;
	return { version: info, endpoints };
}
