import type { IDataObject } from 'n8n-workflow';

import { fieldNamed } from '../catalog';
import type { Operation, OperationField } from '../catalog';
import { TEMPLATE_LABEL } from '../description/sharedProperties';
import { FieldValueError, plainValues } from './fieldValues';

/**
 * Checks that need the whole request, made after every field has its value and before anything
 * is sent: fields CIPP reads only for certain values of another field (onlyWhen), fields it
 * needs only then (requiredWhen), groups of which one is needed, and a template's members.
 */

/** The request as built so far: the query string and the body object. */
export interface RequestParts {
	qs: IDataObject;
	body: IDataObject;
}

function keyOf(target: IDataObject, name: string): string | undefined {
	const lower = name.toLowerCase();
	return Object.keys(target).find((key) => key.toLowerCase() === lower);
}

/** Where a field (or the tenant) sits in the request, if it was set. */
function locate(parts: RequestParts, name: string): { target: IDataObject; key: string } | undefined {
	for (const target of [parts.qs, parts.body]) {
		const key = keyOf(target, name);
		if (key !== undefined) return { target, key };
	}
	return undefined;
}

function labelOf(operation: Operation, name: string): string {
	if (operation.tenant && operation.tenant.key.toLowerCase() === name.toLowerCase()) return 'Tenant';
	return fieldNamed(operation, name)?.displayName ?? name;
}

/** The values a condition names, as the user sees them: a switch is on or off. */
function either(operation: Operation, name: string, values: readonly string[]): string {
	const isSwitch = fieldNamed(operation, name)?.kind === 'boolean';
	return values.map((value) => (isSwitch ? (value.toLowerCase() === 'true' ? 'on' : 'off') : `'${value}'`)).join(' or ');
}

/** The first condition that does not hold, described for a message; undefined when all hold. */
function failedCondition(operation: Operation, parts: RequestParts, condition: Record<string, string[]>): string | undefined {
	for (const [name, values] of Object.entries(condition)) {
		const found = locate(parts, name);
		const actual = found ? plainValues(found.target[found.key]) : [];
		const wanted = values.map((value) => value.toLowerCase());
		if (!actual.some((value) => wanted.includes(value.toLowerCase()))) {
			// A switch that is off may have been left out of the request.
			const shown = actual.length > 0 ? either(operation, name, actual) : fieldNamed(operation, name)?.kind === 'boolean' ? 'off' : '';
			return `'${labelOf(operation, name)}' is ${either(operation, name, values)} (${shown ? `it is ${shown}` : 'it is not set'})`;
		}
	}
	return undefined;
}

/**
 * A field set although CIPP would not read it (the condition's field has another value) is an
 * error naming both fields. A switch that is off, or a field on the node still at its default,
 * was not set by the user: it is left out quietly. A field the facts call required stays.
 */
function checkOnlyWhen(operation: Operation, parts: RequestParts, untouched: ReadonlySet<OperationField>): void {
	for (const field of operation.fields) {
		if (!field.onlyWhen || field.required) continue;
		const found = locate(parts, field.name);
		if (!found) continue;
		const failed = failedCondition(operation, parts, field.onlyWhen);
		if (!failed) continue;
		if (untouched.has(field) || found.target[found.key] === false) {
			delete found.target[found.key];
			continue;
		}
		throw new FieldValueError(
			field.displayName,
			`'${field.displayName}' applies only when ${failed}`,
			`Remove '${field.displayName}', or change '${labelOf(operation, Object.keys(field.onlyWhen)[0])}'.`,
		);
	}
}

function checkRequiredWhen(operation: Operation, parts: RequestParts): void {
	for (const field of operation.fields) {
		if (!field.requiredWhen || locate(parts, field.name)) continue;
		if (failedCondition(operation, parts, field.requiredWhen)) continue;
		const [name, values] = Object.entries(field.requiredWhen)[0];
		throw new FieldValueError(
			field.displayName,
			`'${field.displayName}' is required when '${labelOf(operation, name)}' is ${either(operation, name, values)}`,
			`Enter a value for '${field.displayName}'${field.topLevel ? '' : ' (under Additional Fields)'}.`,
		);
	}
}

function checkRequiredOneOf(operation: Operation, parts: RequestParts): void {
	for (const group of operation.requiredOneOf) {
		const present = group.some((name) => {
			const found = locate(parts, name);
			return found !== undefined && found.target[found.key] !== false;
		});
		if (present) continue;
		const labels = group.map((name) => labelOf(operation, name));
		throw new FieldValueError(
			labels[0],
			`${operation.name} needs one of: ${labels.map((label) => `'${label}'`).join(', ')}`,
			'Add at least one of them under Additional Fields (a switch must be on).',
		);
	}
}

export function checkConditions(operation: Operation, parts: RequestParts, untouched: ReadonlySet<OperationField>): void {
	checkOnlyWhen(operation, parts, untouched);
	checkRequiredWhen(operation, parts);
	checkRequiredOneOf(operation, parts);
}

/** The members CIPP needs in a stored template, checked on the final body (template, fields, extras). */
export function checkTemplate(operation: Operation, body: IDataObject): void {
	for (const member of operation.template?.requires ?? []) {
		if (keyOf(body, member) !== undefined) continue;
		const field = fieldNamed(operation, member);
		const alternative = field ? `, or set '${field.displayName}'` : '';
		throw new FieldValueError(
			TEMPLATE_LABEL,
			`'${TEMPLATE_LABEL}' has no '${member}', which ${operation.name} needs`,
			`Add "${member}" to the template${alternative}.`,
		);
	}
}
