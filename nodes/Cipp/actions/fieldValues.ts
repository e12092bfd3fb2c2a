import type { IDataObject } from 'n8n-workflow';

import type { OperationField } from '../catalog';
import { GUID_TEXT } from '../description/tenantProperty';

/**
 * Turns what the user entered (or an expression produced) into the value CIPP reads, or explains
 * what is wrong with it. No request is sent when a value is rejected.
 */

export class FieldValueError extends Error {
	constructor(
		readonly field: string,
		message: string,
		readonly hint: string,
	) {
		super(message);
	}
}

export const MAX_FIELD_LENGTH = 1_000_000;

export const GUID = new RegExp(`^${GUID_TEXT}$`, 'i');
const ADDRESS = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

type Scalar = string | number | boolean;

/** `undefined` means "not set": the field is left out of the request. */
export type FieldValue = Scalar | IDataObject | Array<Scalar | IDataObject> | undefined;

function isEmpty(value: unknown): boolean {
	return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

const isPlainObject = (value: unknown): value is IDataObject =>
	value !== null && typeof value === 'object' && !Array.isArray(value);

/** A JSON field left at `{}` or `[]` (how the editor shows an empty one) is not sent. */
const isEmptyJson = (value: unknown): boolean =>
	(Array.isArray(value) && value.length === 0) || (isPlainObject(value) && Object.keys(value).length === 0);

export function tryParseJson(text: string): { ok: true; value: unknown } | { ok: false; reason: string } {
	try {
		return { ok: true, value: JSON.parse(text) as unknown };
	} catch (error) {
		return { ok: false, reason: (error as Error).message };
	}
}

function parseJson(field: OperationField, text: string): unknown {
	const parsed = tryParseJson(text);
	if (!parsed.ok) {
		throw new FieldValueError(
			field.displayName,
			`'${field.displayName}' is not valid JSON: ${parsed.reason}`,
			`Enter JSON for '${field.displayName}' (CIPP field ${field.name}), e.g. ${field.kind === 'list' || field.kind === 'objectList' ? '[{"key": "value"}]' : '{"key": "value"}'}.`,
		);
	}
	return parsed.value;
}

/** JSON text is parsed; a value an expression produced is taken as it is. */
const fromJson = (field: OperationField, given: unknown): unknown => (typeof given === 'string' ? parseJson(field, given) : given);

function asList(field: OperationField, given: unknown): Array<Scalar | IDataObject> {
	if (Array.isArray(given)) return given as Array<Scalar | IDataObject>;
	if (typeof given === 'number' || typeof given === 'boolean') return [given];
	if (given && typeof given === 'object') return [given as IDataObject];
	const text = String(given).trim();
	if (text.startsWith('[')) {
		const parsed = parseJson(field, text);
		if (!Array.isArray(parsed)) {
			throw new FieldValueError(field.displayName, `'${field.displayName}' must be a list`, 'Enter values separated by commas, or a JSON array.');
		}
		return parsed as Array<Scalar | IDataObject>;
	}
	return text
		.split(/[,;\n]/)
		.map((part) => part.trim())
		.filter((part) => part !== '');
}

function wrapLabelValue(item: Scalar | IDataObject): IDataObject {
	if (item && typeof item === 'object') return item;
	return { value: item, label: String(item) };
}

function checkFormat(field: OperationField, value: unknown): void {
	if (!field.format || typeof value !== 'string') return;
	const shown = value.slice(0, 80);
	if (field.format === 'guid' && !GUID.test(value)) {
		throw new FieldValueError(field.displayName, `'${field.displayName}' must be a GUID, not '${shown}'`, 'Enter an ID like 00000000-0000-0000-0000-000000000000.');
	}
	if (field.format === 'upn' && !ADDRESS.test(value)) {
		throw new FieldValueError(field.displayName, `'${field.displayName}' must be a user principal name like jane@contoso.com, not '${shown}'`, 'Enter the full sign-in name, including @ and the domain.');
	}
	if (field.format === 'email' && !ADDRESS.test(value)) {
		throw new FieldValueError(field.displayName, `'${field.displayName}' must be an email address like jane@contoso.com, not '${shown}'`, 'Enter the full address, including @ and the domain.');
	}
}

export function coerceField(field: OperationField, given: unknown): FieldValue {
	if (typeof given === 'string' && given.length > MAX_FIELD_LENGTH) {
		throw new FieldValueError(
			field.displayName,
			`'${field.displayName}' is too long (${given.length} characters)`,
			`Keep '${field.displayName}' under ${MAX_FIELD_LENGTH} characters.`,
		);
	}
	const value = isEmpty(given) ? undefined : coerceValue(field, given);
	if (value === undefined) {
		if (field.required && field.kind !== 'boolean') {
			throw new FieldValueError(field.displayName, `'${field.displayName}' is required`, `Enter a value for '${field.displayName}' (CIPP field ${field.name}).`);
		}
		return undefined;
	}
	if (Array.isArray(value)) {
		for (const entry of value) checkFormat(field, entry && typeof entry === 'object' ? entry.value : entry);
	} else {
		checkFormat(field, value && typeof value === 'object' ? value.value : value);
	}
	return value;
}

function coerceValue(field: OperationField, given: unknown): FieldValue {
	const label = field.displayName;
	switch (field.kind) {
		case 'boolean': {
			const text = String(given).trim().toLowerCase();
			if (typeof given !== 'boolean' && text !== 'true' && text !== 'false') {
				throw new FieldValueError(label, `'${label}' must be true or false, not '${String(given)}'`, 'Use a boolean or an expression that gives true or false.');
			}
			const on = given === true || text === 'true';
			// Where CIPP reads any value that is present as on, a switch that is off is left out.
			return !on && field.omitWhenOff ? undefined : on;
		}
		case 'number': {
			const value = typeof given === 'number' ? given : Number(String(given).trim());
			if (!Number.isFinite(value)) {
				throw new FieldValueError(label, `'${label}' must be a number, not '${String(given)}'`, `Enter a number for '${label}'.`);
			}
			return value;
		}
		case 'options': {
			const value = String(isPlainObject(given) && 'value' in given ? given.value : given);
			const option = (field.options ?? []).find((candidate) => candidate.value === value);
			if (!option && (field.options ?? []).length > 0) {
				const allowed = (field.options ?? []).map((candidate) => candidate.value).join(', ');
				throw new FieldValueError(label, `'${label}' must be one of ${allowed}, not '${value}'`, `Pick one of the listed values for '${label}'.`);
			}
			return field.labelValue ? { value, label: option?.name ?? value } : value;
		}
		case 'list': {
			const items = asList(field, given);
			if (items.length === 0) return undefined;
			return field.labelValue ? items.map(wrapLabelValue) : items;
		}
		case 'object': {
			const value = fromJson(field, given);
			if (!isPlainObject(value)) {
				throw new FieldValueError(label, `'${label}' must be a JSON object`, `Enter an object for '${label}', e.g. {"key": "value"}.`);
			}
			return isEmptyJson(value) ? undefined : value;
		}
		case 'objectList': {
			const parsed = fromJson(field, given);
			const value = isPlainObject(parsed) ? [parsed] : parsed;
			if (!Array.isArray(value) || !value.every(isPlainObject)) {
				throw new FieldValueError(label, `'${label}' must be a JSON array of objects`, `Enter objects for '${label}', e.g. [{"key": "value"}], or a single object.`);
			}
			return isEmptyJson(value) ? undefined : (value as IDataObject[]);
		}
		case 'json': {
			const value = fromJson(field, given);
			if (typeof value === 'string') {
				throw new FieldValueError(label, `'${label}' must be JSON, not text`, `Enter JSON for '${label}', e.g. {"key": "value"}.`);
			}
			return value === null || isEmptyJson(value) ? undefined : (value as FieldValue);
		}
		case 'jsonText': {
			// CIPP parses this field itself, so it travels as JSON text.
			const text = typeof given === 'string' ? given : JSON.stringify(given);
			return isEmptyJson(parseJson(field, text)) ? undefined : text;
		}
		default: {
			if (typeof given === 'object') {
				if (field.labelValue && isPlainObject(given) && 'value' in given) return given;
				throw new FieldValueError(label, `'${label}' must be text, not an object`, `Enter plain text for '${label}'.`);
			}
			const value = String(given);
			return field.labelValue ? { value, label: value } : value;
		}
	}
}

/** Query strings carry text only. */
export function toQueryValue(value: FieldValue): string {
	if (Array.isArray(value)) {
		return value.map((item) => (item && typeof item === 'object' ? String(item.value ?? JSON.stringify(item)) : String(item))).join(',');
	}
	if (value && typeof value === 'object') return String(value.value ?? JSON.stringify(value));
	return String(value);
}

/** The plain value a condition compares: `{value}` objects by their value, switches as true/false. */
export function plainValues(value: unknown): string[] {
	if (value === undefined || value === null) return [];
	if (Array.isArray(value)) return value.flatMap(plainValues);
	if (isPlainObject(value)) return 'value' in value ? plainValues(value.value) : [];
	return [String(value)];
}
