/** The parts of CIPP's OpenAPI spec (shared with the node: nodes/Cipp/catalog/specShape.ts) and of the corrections audit that the generator reads. */

export type { OpenApiSpec, OperationObject, ParameterObject, SchemaObject } from '../../nodes/Cipp/catalog/specShape';

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
