import type { INodeParameters, NodeParameterValueType } from 'n8n-workflow';

import { fieldNamed } from '../../nodes/Cipp/catalog';
import type { Operation, OperationField } from '../../nodes/Cipp/catalog';

/**
 * Parameters a user could submit for an operation, as typical input for each kind of field:
 * - `minimalParameters`: the required fields only (plus what a template, a condition or a
 *   "one of" group makes necessary);
 * - `sampleParameters`: every field the handler reads for the chosen condition values, in two
 *   variants: 'off' (switches off, one list value, one object where a list of objects goes, JSON
 *   as text) and 'on' (switches on, several list values, two objects, numbers as text, objects as
 *   values an expression would give).
 */

export type SampleVariant = 'off' | 'on';

const UPNS = ['user00001@contoso.onmicrosoft.com', 'user00002@contoso.onmicrosoft.com'];
const GUIDS = ['0b6a3c1e-7d4f-4e2a-8b9c-1d2e3f4a5b6c', '5f0f6c3e-1d2b-4c5a-9e8f-0a1b2c3d4e5f'];

/** Two typical values of a text field: by format, by the values the handler knows, or made up. */
function textValues(field: OperationField): string[] {
	if (field.format === 'upn' || field.format === 'email') return UPNS;
	if (field.format === 'guid') return GUIDS;
	if (field.values && field.values.length > 0) return [field.values[0], field.values[1] ?? field.values[0]];
	return [`sample-${field.param}`, `second-${field.param}`];
}

export function sampleValue(field: OperationField, variant: SampleVariant = 'off'): NodeParameterValueType {
	const on = variant === 'on';
	switch (field.kind) {
		case 'boolean':
			return on;
		case 'number':
			return on ? '7' : 1;
		case 'options':
			return field.options?.[0]?.value ?? 'value';
		case 'list':
			return on ? textValues(field).join(', ') : textValues(field)[0];
		case 'object':
			return on ? { sample: true } : '{"sample": true}';
		case 'objectList':
			return on ? '[{"sample": 1}, {"sample": 2}]' : '{"sample": 1}';
		case 'json':
			return on ? [{ sample: true }] : '{"sample": true}';
		case 'jsonText':
			return '{"sample": true}';
		default:
			return textValues(field)[0];
	}
}

/** Every field some other field's onlyWhen or requiredWhen names, with the values named. */
function conditionFields(operation: Operation): Map<OperationField, string[]> {
	const found = new Map<OperationField, string[]>();
	for (const field of operation.fields) {
		for (const condition of [field.onlyWhen, field.requiredWhen]) {
			for (const [name, values] of Object.entries(condition ?? {})) {
				const target = fieldNamed(operation, name);
				if (target) found.set(target, [...(found.get(target) ?? []), ...values]);
			}
		}
	}
	return found;
}

/**
 * The value a condition field gets: 'off' keeps its ordinary sample (a pick-list's first value, a
 * switch off); 'on' picks the value that lets the most other fields be sent.
 */
function conditionValue(field: OperationField, named: string[], variant: SampleVariant): NodeParameterValueType {
	if (variant === 'off') return sampleValue(field, 'off');
	const counts = new Map<string, number>();
	for (const value of named) counts.set(value, (counts.get(value) ?? 0) + 1);
	const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
	if (field.kind === 'boolean') return best.toLowerCase() === 'true';
	if (field.kind === 'number') return Number(best);
	if (field.kind === 'options' && !(field.options ?? []).some((option) => option.value === best)) return sampleValue(field, 'off');
	return best;
}

function holds(condition: Record<string, string[]> | undefined, chosen: (name: string) => unknown): boolean {
	return Object.entries(condition ?? {}).every(([name, values]) => {
		const value = chosen(name);
		return value !== undefined && values.some((wanted) => wanted.toLowerCase() === String(value).toLowerCase());
	});
}

function build(operation: Operation, tenant: string, variant: SampleVariant, everything: boolean): INodeParameters {
	const parameters: INodeParameters = {
		resource: operation.resource,
		operation: operation.value,
		options: { queueWaitSeconds: 0, failOnSoftErrors: false, maxRetrySeconds: 0 },
	};
	if (operation.tenant && (operation.tenant.required || everything)) parameters.tenant = { __rl: true, mode: 'domain', value: tenant };

	const conditions = conditionFields(operation);
	const values = new Map<OperationField, NodeParameterValueType>();
	for (const field of operation.fields) {
		if (field.managed) continue;
		const named = conditions.get(field);
		values.set(field, named ? conditionValue(field, named, variant) : sampleValue(field, variant));
	}
	const chosen = (name: string): unknown => {
		if (operation.tenant?.key.toLowerCase() === name.toLowerCase()) return parameters.tenant ? tenant : undefined;
		const field = fieldNamed(operation, name);
		return field ? values.get(field) : undefined;
	};

	// A "one of" group is met by its first member when nothing else of it is sent.
	const groupFirsts = new Set<OperationField>();
	for (const group of operation.requiredOneOf) {
		const members = group.map((name) => fieldNamed(operation, name)).filter((field): field is OperationField => field !== undefined);
		const met = members.some((field) => (everything || field.required) && values.get(field) !== false);
		if (!met && members[0]) {
			groupFirsts.add(members[0]);
			if (members[0].kind === 'boolean') values.set(members[0], true);
		}
	}

	// A template member that is also a named field is given as that field, in the field's own kind.
	const templateMembers = new Set((operation.template?.requires ?? []).map((member) => fieldNamed(operation, member)));

	const additional: INodeParameters = {};
	for (const [field, value] of values) {
		const needed =
			field.required ||
			groupFirsts.has(field) ||
			templateMembers.has(field) ||
			(field.requiredWhen !== undefined && holds(field.requiredWhen, chosen));
		if (!needed && !everything) continue;
		if (!needed && field.onlyWhen && !holds(field.onlyWhen, chosen)) continue;
		if (field.topLevel) parameters[field.param] = value;
		else additional[field.param] = value;
	}
	if (Object.keys(additional).length > 0) parameters.additionalFields = additional;

	if (operation.template) {
		// Members the node sets itself (the tenant, named fields) need not be in the template.
		const sent = new Set([...Object.keys(parameters), ...Object.keys(additional)].map((key) => key.toLowerCase()));
		const template: Record<string, string> = {};
		for (const member of operation.template.requires) {
			const field = fieldNamed(operation, member);
			const isTenant = operation.tenant?.key.toLowerCase() === member.toLowerCase() && parameters.tenant !== undefined;
			if (!isTenant && !(field && sent.has(field.param.toLowerCase()))) template[member] = `sample-${member}`;
		}
		parameters.template = JSON.stringify(template);
	}
	if (operation.isList) parameters.returnAll = true;
	return parameters;
}

/** The smallest parameter set a user could submit: required fields and what conditions make necessary. */
export function minimalParameters(operation: Operation, tenant: string): INodeParameters {
	return build(operation, tenant, 'off', false);
}

/** Every field the handler reads for the chosen condition values, with typical input per kind. */
export function sampleParameters(operation: Operation, tenant: string, variant: SampleVariant): INodeParameters {
	return build(operation, tenant, variant, true);
}
