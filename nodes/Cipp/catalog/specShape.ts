import type { FieldKind } from './types';

/**
 * CIPP's OpenAPI document as far as the catalog reads it, and the one reading of a schema into
 * facts (type, nesting, required members, enumerations) and of those facts into a field kind.
 * Two readers share it: the generator (the vendored spec of a release) and the node at run time
 * (the spec a connected CIPP serves at ListOpenApiSpec), so both see a schema the same way.
 */

export interface SchemaObject {
	type?: string;
	$ref?: string;
	allOf?: SchemaObject[];
	items?: SchemaObject;
	properties?: Record<string, SchemaObject>;
	required?: string[];
	enum?: string[];
	additionalProperties?: boolean | SchemaObject;
	'x-cipp-passthrough'?: boolean;
	'x-cipp-observed-values'?: string[];
}

export interface ParameterObject {
	$ref?: string;
	name?: string;
	in?: string;
	required?: boolean;
	schema?: SchemaObject;
}

export interface OperationObject {
	operationId?: string;
	tags?: string[];
	parameters?: ParameterObject[];
	requestBody?: { content?: Record<string, { schema?: SchemaObject }> };
	'x-cipp-role'?: string;
	'x-cipp-any-tenant'?: boolean;
	'x-cipp-reads-via'?: string[];
}

export interface OpenApiSpec {
	info?: { version?: string; title?: string };
	components?: { parameters?: Record<string, ParameterObject>; schemas?: Record<string, SchemaObject> };
	paths: Record<string, Record<string, OperationObject>>;
}

/** A field's or body's type, nesting and constraints, as the spec states them (no prose). */
export interface SpecShape {
	/** string, boolean, integer, number, object, array, or labelValue (a `{value,label}` object). */
	type: string;
	items?: SpecShape;
	properties?: Record<string, SpecShape>;
	required?: string[];
	enum?: string[];
	/** Values seen in CIPP's code for a string field (a hint, not a closed list). */
	observed?: string[];
	/** The handler forwards members beyond the listed ones. */
	passthrough?: true;
}

/** CIPP's spec names its `{value,label}` shape LabelValue (LabelValueNumber for numbers). */
export const LABEL_VALUE_REF = /\/LabelValue(Number)?$/;

function isLabelValueRef(schema: SchemaObject | undefined): boolean {
	if (!schema) return false;
	if (schema.$ref && LABEL_VALUE_REF.test(schema.$ref)) return true;
	return (schema.allOf ?? []).some(isLabelValueRef);
}

export const isLabelValueShape = (shape: SpecShape | undefined): boolean => shape?.type === 'labelValue';

/** A schema reduced to its facts: type, nesting, required members, enumerations. */
export function shapeOf(schema: SchemaObject | undefined): SpecShape {
	if (!schema) return { type: 'string' };
	if (isLabelValueRef(schema)) return { type: 'labelValue' };
	const merged: SchemaObject = { ...schema };
	for (const part of schema.allOf ?? []) Object.assign(merged, part);
	const shape: SpecShape = { type: merged.type ?? (merged.properties ? 'object' : 'string') };
	if (merged.items) shape.items = shapeOf(merged.items);
	if (merged.properties) {
		shape.properties = {};
		for (const [name, child] of Object.entries(merged.properties)) shape.properties[name] = shapeOf(child);
	}
	if (merged.required?.length) shape.required = [...merged.required];
	if (merged.enum?.length) shape.enum = [...merged.enum];
	if (merged['x-cipp-observed-values']?.length) shape.observed = [...merged['x-cipp-observed-values']];
	if (merged['x-cipp-passthrough'] === true || merged.additionalProperties === true) shape.passthrough = true;
	return shape;
}

/**
 * How a field of this shape is entered and sent, as far as the spec tells: `values` are the
 * allowed values of a pick-list, or values seen in CIPP's code for text (a hint).
 */
export function kindForShape(shape: SpecShape): { kind: FieldKind; values?: string[] } {
	switch (shape.type) {
		case 'boolean':
			return { kind: 'boolean' };
		case 'integer':
		case 'number':
			return { kind: 'number' };
		case 'object':
			return { kind: 'json' };
		case 'array': {
			const items = shape.items;
			if (items && !isLabelValueShape(items) && (items.type === 'object' || items.properties)) return { kind: 'json' };
			return { kind: 'list' };
		}
		default:
			if (shape.enum?.length) return { kind: 'options', values: [...shape.enum] };
			if (shape.observed?.length) return { kind: 'string', values: [...shape.observed] };
			return { kind: 'string' };
	}
}

/** Whether a field of this shape travels as `{value,label}` (or a list of such objects). */
export const sendsLabelValue = (shape: SpecShape): boolean => isLabelValueShape(shape) || isLabelValueShape(shape.items);
