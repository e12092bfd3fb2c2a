import type { IDataObject } from 'n8n-workflow';

import type { OperationField } from '../catalog';

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

type Scalar = string | number | boolean;

/** `undefined` means "not set": the field is left out of the request. */
export type FieldValue = Scalar | IDataObject | Array<Scalar | IDataObject> | undefined;

function isEmpty(value: unknown): boolean {
	return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

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
			`Enter JSON for '${field.displayName}' (CIPP field ${field.name}), e.g. ${field.kind === 'list' ? '["a","b"]' : '{"key": "value"}'}.`,
		);
	}
	return parsed.value;
}

function asList(field: OperationField, raw: unknown): Array<Scalar | IDataObject> {
	if (Array.isArray(raw)) return raw as Array<Scalar | IDataObject>;
	if (typeof raw === 'number' || typeof raw === 'boolean') return [raw];
	if (raw && typeof raw === 'object') return [raw as IDataObject];
	const text = String(raw).trim();
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
	if (item && typeof item === 'object' && 'value' in item) return item;
	if (item && typeof item === 'object') return item;
	return { value: item, label: String(item) };
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const UPN = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

function checkFormat(field: OperationField, value: unknown): void {
	if (!field.format || typeof value !== 'string') return;
	if (field.format === 'guid' && !GUID.test(value)) {
		throw new FieldValueError(field.displayName, `'${field.displayName}' must be a GUID, not '${value.slice(0, 80)}'`, 'Enter an ID like 00000000-0000-0000-0000-000000000000.');
	}
	if (field.format === 'upn' && !UPN.test(value)) {
		throw new FieldValueError(field.displayName, `'${field.displayName}' must be a user principal name like jane@contoso.com, not '${value.slice(0, 80)}'`, 'Enter the full sign-in name, including @ and the domain.');
	}
}

export function coerceField(field: OperationField, raw: unknown): FieldValue {
	const value = coerceValue(field, raw);
	if (Array.isArray(value)) {
		for (const entry of value) checkFormat(field, entry && typeof entry === 'object' ? entry.value : entry);
	} else {
		checkFormat(field, value && typeof value === 'object' ? value.value : value);
	}
	return value;
}

function coerceValue(field: OperationField, raw: unknown): FieldValue {
	if (isEmpty(raw)) {
		if (field.required && field.kind !== 'boolean') {
			throw new FieldValueError(
				field.displayName,
				`'${field.displayName}' is required`,
				`Enter a value for '${field.displayName}' (CIPP field ${field.name}).`,
			);
		}
		return undefined;
	}
	if (typeof raw === 'string' && raw.length > MAX_FIELD_LENGTH) {
		throw new FieldValueError(
			field.displayName,
			`'${field.displayName}' is too long (${raw.length} characters)`,
			`Keep '${field.displayName}' under ${MAX_FIELD_LENGTH} characters.`,
		);
	}
	switch (field.kind) {
		case 'boolean': {
			if (typeof raw === 'boolean') return raw;
			const text = String(raw).trim().toLowerCase();
			if (text === 'true' || text === 'false') return text === 'true';
			throw new FieldValueError(field.displayName, `'${field.displayName}' must be true or false, not '${String(raw)}'`, 'Use a boolean or an expression that gives true or false.');
		}
		case 'number': {
			const value = typeof raw === 'number' ? raw : Number(String(raw).trim());
			if (!Number.isFinite(value)) {
				throw new FieldValueError(field.displayName, `'${field.displayName}' must be a number, not '${String(raw)}'`, `Enter a number for '${field.displayName}'.`);
			}
			return value;
		}
		case 'options': {
			const value = String(raw);
			const allowed = (field.options ?? []).map((option) => option.value);
			if (allowed.length > 0 && !allowed.includes(value)) {
				throw new FieldValueError(
					field.displayName,
					`'${field.displayName}' must be one of ${allowed.join(', ')}, not '${value}'`,
					`Pick one of the listed values for '${field.displayName}'.`,
				);
			}
			return field.labelValue ? { value, label: value } : value;
		}
		case 'list': {
			const items = asList(field, raw);
			if (field.required && items.length === 0) {
				throw new FieldValueError(field.displayName, `'${field.displayName}' needs at least one value`, `Enter one or more values for '${field.displayName}'.`);
			}
			return field.labelValue ? items.map(wrapLabelValue) : items;
		}
		case 'jsonText': {
			if (typeof raw !== 'string') return JSON.stringify(raw);
			parseJson(field, raw);
			return raw;
		}
		case 'json': {
			const value = typeof raw === 'string' ? parseJson(field, raw) : raw;
			if (value === null || (typeof value !== 'object' && !Array.isArray(value))) {
				throw new FieldValueError(field.displayName, `'${field.displayName}' must be a JSON object or array`, `Enter JSON for '${field.displayName}', e.g. {"key": "value"}.`);
			}
			return value as IDataObject | IDataObject[];
		}
		default: {
			if (typeof raw === 'object') {
				if (field.labelValue && !Array.isArray(raw) && raw !== null && 'value' in raw) return raw as IDataObject;
				throw new FieldValueError(field.displayName, `'${field.displayName}' must be text, not an object`, `Enter plain text for '${field.displayName}'.`);
			}
			const value = String(raw);
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
