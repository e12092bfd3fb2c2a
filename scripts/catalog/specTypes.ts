/** The parts of CIPP's OpenAPI spec and of the corrections audit that the generator reads. */

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

export interface CorrectionField {
	name: string;
	in: 'query' | 'body' | 'either';
	labelValue: boolean;
	requiredInPractice: boolean;
	note?: string;
}

export interface CorrectionEntry {
	method: 'GET' | 'POST' | 'either';
	specMethod: string;
	bodyOnly?: boolean;
	queryOnly?: boolean;
	addFields?: CorrectionField[];
	dropFields?: string[];
	labelValueFix?: Record<string, boolean>;
	shapeFix?: Record<string, string>;
	requiredInPractice?: string[];
	requiredOneOf?: string[][];
	requiredWhen?: Record<string, string>;
	tenantKey?: { name: string; in: 'query' | 'body' | 'either'; labelValue?: boolean | 'optional' };
}

export type CorrectionsFile = Record<string, CorrectionEntry | string>;
