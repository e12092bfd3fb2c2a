import type { CuratedField, CuratedOption, ManagedField } from './curated/types';
import { fieldNameFor } from './naming';
import type { CatalogField, DescribedField, FieldDefault, FieldOption } from './types';
import { withMinVersion } from './versions';

/**
 * Resolves one CIPP field as the node presents it: the facts of the catalog (kind, location,
 * conditions, format) with our curated words (label, help text, option names, default) on top.
 * Runs when the catalog is generated, not when the node loads.
 */

/** Kinds entered as JSON in n8n's JSON editor. */
export const JSON_KINDS: ReadonlySet<string> = new Set(['object', 'objectList', 'json', 'jsonText']);

/** The generated description of a field of an endpoint that has no curated words (a newer CIPP). */
function generatedDescription(field: CatalogField): string {
	const raw = `CIPP field '${field.name}'`;
	return field.kind === 'boolean' ? `Whether to set '${field.name}' to true` : `${raw}${kindHint(field)}`;
}

/** How a value of this kind is entered, when the curated words do not say it. */
function kindHint(field: CatalogField): string {
	switch (field.kind) {
		case 'list':
			return field.labelValue ? '. Several values, comma-separated or a JSON array; each is sent as {value, label}' : '. Several values, comma-separated or a JSON array';
		case 'object':
			return ', a JSON object';
		case 'objectList':
			return ', a JSON array of objects';
		case 'json':
		case 'jsonText':
			return ', as JSON';
		default:
			return field.labelValue ? '; the node sends it as {value, label}' : '';
	}
}

/** The facts' values, named by the curated words and in their order; values they do not name follow. */
function optionsFor(values: readonly string[], named: Record<string, string | CuratedOption> | undefined): FieldOption[] {
	const ordered = [...Object.keys(named ?? {}).filter((value) => values.includes(value)), ...values.filter((value) => !(value in (named ?? {})))];
	return ordered.map((value) => {
		const words = named?.[value];
		if (words === undefined) return { name: value, value };
		if (typeof words === 'string') return { name: words, value };
		return words.description ? { name: words.name, value, description: words.description } : { name: words.name, value };
	});
}

/** What a parameter of this kind starts with when the curated words give no default. */
function defaultFor(field: CatalogField, curated: FieldDefault | undefined, options: FieldOption[] | undefined): FieldDefault {
	switch (field.kind) {
		case 'boolean':
			return curated === true;
		case 'number':
			return typeof curated === 'number' ? curated : 0;
		case 'options': {
			const values = (options ?? []).map((option) => option.value);
			return typeof curated === 'string' && values.includes(curated) ? curated : (values[0] ?? '');
		}
		case 'objectList':
			return '[]';
		case 'object':
		case 'json':
		case 'jsonText':
			return '{}';
		default:
			return curated === undefined ? '' : String(curated);
	}
}

/**
 * Where the curated words name allowed values of a field that is not a pick-list (a list of
 * several values, or text whose values are only usual ones), the values are listed in the help.
 */
function valuesHint(field: CatalogField, words: CuratedField | undefined): string {
	if (field.kind === 'options' || !words?.options || !field.values?.length) return '';
	return `. ${field.kind === 'list' ? 'One or more of' : 'Usual values'}: ${field.values.join(', ')}`;
}

/** Every key of T present (undefined where T leaves it out): one object shape for all fields. */
type EveryKey<T> = { [K in keyof Required<T>]: T[K] };

/**
 * Built as one literal with every key, so every resolved field has the same keys in the same
 * order (the generated catalog reads the same for every field).
 */
function operationField(field: CatalogField, words: EveryKey<Omit<DescribedField, keyof CatalogField>>): DescribedField {
	const resolved: EveryKey<DescribedField> = {
		name: field.name,
		param: field.param,
		in: field.in,
		kind: field.kind,
		labelValue: field.labelValue,
		required: field.required,
		values: field.values,
		onlyWhen: field.onlyWhen,
		requiredWhen: field.requiredWhen,
		format: field.format,
		omitWhenOff: field.omitWhenOff,
		minVersion: field.minVersion,
		displayName: words.displayName,
		description: words.description,
		placeholder: words.placeholder,
		default: words.default,
		options: words.options,
		topLevel: words.topLevel,
		managed: words.managed,
	};
	return resolved;
}

export function resolveField(
	field: CatalogField,
	words: CuratedField | ManagedField | undefined,
	endpointCurated: boolean,
): DescribedField {
	if (words?.managed === true) {
		const name = fieldNameFor(field.name);
		const fallback = defaultFor(field, undefined, undefined);
		return operationField(field, { displayName: name, description: '', placeholder: undefined, default: fallback, options: undefined, topLevel: false, managed: true });
	}
	const options = field.kind === 'options' ? optionsFor(field.values ?? [], words?.options) : undefined;
	let description: string;
	if (words) {
		const hint = valuesHint(field, words);
		description = hint === '' ? words.description : words.description + hint;
	} else {
		// A field the facts gained after the words were written: named plainly, never "CIPP field 'X'".
		description = endpointCurated && field.kind !== 'boolean' ? fieldNameFor(field.name) + kindHint(field) : generatedDescription(field);
	}
	return operationField(field, {
		displayName: words?.displayName ?? fieldNameFor(field.name),
		description: withMinVersion(description, field.minVersion),
		placeholder: words?.placeholder || undefined,
		default: defaultFor(field, words?.default, options),
		options,
		topLevel: field.required === true || words?.promote === true,
		managed: false,
	});
}

/** The curated words for a field, matched without regard to case (CIPP reads keys that way). */
export function wordsFor(
	fields: Record<string, CuratedField | ManagedField> | undefined,
	name: string,
): CuratedField | ManagedField | undefined {
	if (!fields) return undefined;
	if (name in fields) return fields[name];
	const key = Object.keys(fields).find((candidate) => candidate.toLowerCase() === name.toLowerCase());
	return key === undefined ? undefined : fields[key];
}
