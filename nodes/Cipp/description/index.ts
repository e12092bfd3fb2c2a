import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { LIST_PREFIXES } from '../catalog/naming';
import type { DescribedOperation } from '../catalog/types';
import { RESOURCES } from '../catalog/resources';
import { asHtmlText, displayRule, fieldProperty } from './fieldProperty';
import { CUSTOM_OPERATION, CUSTOM_RESOURCE, customCallProperties, listProperties, optionsProperty, templateProperty } from './sharedProperties';
import { tenantProperty } from './tenantProperty';

/**
 * Turns the operations into the node's parameters (when the catalog is generated). Operation values are endpoint names, which are
 * unique across resources, so everything below an operation is shown by operation alone.
 * Identical top-level field definitions are shared across operations to keep the description small.
 */

/**
 * n8n's operation dropdown filters on the option's name only (Element Plus matches the label), so
 * the endpoint cannot be found by typing it there; the help line under each name shows it instead.
 */
function optionDescription(operation: DescribedOperation): string {
	return asHtmlText(operation.curated ? `${operation.description} · ${operation.value}` : operation.description);
}

/** The order of String#localeCompare, with one collator for the ~2,600 comparisons at load time. */
const collator = new Intl.Collator();

function byName(a: { name: string }, b: { name: string }): number {
	return collator.compare(a.name, b.name);
}

function operationOptions(operations: DescribedOperation[]): INodePropertyOptions[] {
	const seen = new Map<string, number>();
	for (const operation of operations) seen.set(operation.name, (seen.get(operation.name) ?? 0) + 1);
	return operations
		.map((operation) => ({
			name: (seen.get(operation.name) ?? 0) > 1 ? `${operation.name} (${operation.value})` : operation.name,
			value: operation.value,
			description: optionDescription(operation),
			action: operation.action,
		}))
		.sort(byName);
}

export function buildProperties(operations: readonly DescribedOperation[]): INodeProperties[] {
	const byResource = new Map<string, DescribedOperation[]>();
	for (const operation of operations) {
		const list = byResource.get(operation.resource) ?? [];
		list.push(operation);
		byResource.set(operation.resource, list);
	}

	// "Custom API Call" stays last: n8n adds its own entry of that name (handing off to the HTTP
	// Request node) unless the list already ends with one.
	const resourceOptions: INodePropertyOptions[] = RESOURCES.filter((resource) => byResource.has(resource.value))
		.map((resource) => ({ name: resource.name, value: resource.value, description: resource.description }))
		.sort(byName)
		.concat([{ name: 'Custom API Call', value: CUSTOM_RESOURCE, description: 'Call any CIPP endpoint by name' }]);

	const properties: INodeProperties[] = [
		{
			displayName: 'Resource',
			name: 'resource',
			type: 'options',
			noDataExpression: true,
			options: resourceOptions,
			default: 'user',
		},
	];

	for (const resource of RESOURCES) {
		const list = byResource.get(resource.value);
		if (!list) continue;
		const options = operationOptions(list);
		properties.push({
			displayName: 'Operation',
			name: 'operation',
			type: 'options',
			noDataExpression: true,
			displayOptions: { show: { resource: [resource.value] } },
			options,
			default: defaultOperation(resource.value, options),
		});
	}
	properties.push({
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [CUSTOM_RESOURCE] } },
		options: [
			{
				name: 'Custom API Call',
				value: CUSTOM_OPERATION,
				description: 'Send a GET or POST to any /api/&lt;name&gt;, for endpoints newer than this node',
				action: 'Call a CIPP endpoint by name',
			},
		],
		default: CUSTOM_OPERATION,
	});

	const requiredTenant = operations.filter((op) => op.tenant?.required).map((op) => op.value);
	const optionalTenant = operations.filter((op) => op.tenant && !op.tenant.required).map((op) => op.value);
	if (requiredTenant.length) properties.push(tenantProperty(requiredTenant, true));
	if (optionalTenant.length) properties.push(tenantProperty(optionalTenant, false));
	properties.push(...noticeProperties(operations));

	// Templates, then top-level fields (required or promoted): one definition per distinct shape.
	const shared = new Map<string, { property: INodeProperties; rule?: object; operations: string[] }>();
	const share = (operation: DescribedOperation, property: INodeProperties, rule?: object) => {
		const key = JSON.stringify([property, rule]);
		const entry = shared.get(key) ?? { property, rule, operations: [] };
		entry.operations.push(operation.value);
		shared.set(key, entry);
	};
	for (const operation of operations) {
		if (operation.template) share(operation, templateProperty(operation.template.requires));
		for (const field of operation.fields) {
			if (field.topLevel && !field.managed) share(operation, fieldProperty(field, true), displayRule(operation, field));
		}
	}
	for (const { property, rule, operations: shownFor } of shared.values()) {
		properties.push({ ...property, displayOptions: { show: { operation: shownFor, ...rule } } });
	}

	properties.push(...listProperties(LIST_PREFIXES));

	// One "Additional Fields" collection per distinct set of optional fields: operations whose
	// optional fields read the same (say several list endpoints with the same filters) share it.
	const collections = new Map<string, { options: INodeProperties[]; operations: string[] }>();
	for (const operation of operations) {
		const optional = operation.fields.filter((field) => !field.topLevel && !field.managed);
		if (optional.length === 0) continue;
		const options = optional
			.map((field) => {
				const property = fieldProperty(field, false);
				const rule = displayRule(operation, field);
				return rule ? { ...property, displayOptions: { show: rule } } : property;
			})
			.sort((a, b) => collator.compare(a.displayName, b.displayName));
		const key = JSON.stringify(options);
		const entry = collections.get(key) ?? { options, operations: [] as string[] };
		entry.operations.push(operation.value);
		collections.set(key, entry);
	}
	for (const { options, operations: shownFor } of collections.values()) {
		properties.push({
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			displayOptions: { show: { operation: shownFor } },
			options,
		});
	}

	properties.push(...customCallProperties());
	properties.push(optionsProperty);
	return properties;
}

/** The curated hints, one notice per distinct text, shown under the tenant for the operations that have it. */
function noticeProperties(operations: readonly DescribedOperation[]): INodeProperties[] {
	const byText = new Map<string, string[]>();
	for (const operation of operations) {
		if (operation.notice) byText.set(operation.notice, [...(byText.get(operation.notice) ?? []), operation.value]);
	}
	return [...byText].map(([text, shownFor]) => ({
		displayName: asHtmlText(text),
		name: 'operationNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: { operation: shownFor } },
	}));
}

function defaultOperation(resource: string, options: INodePropertyOptions[]): string {
	const preferred: Record<string, string> = {
		user: 'ListUsers',
		tenant: 'ListTenants',
		group: 'ListGroups',
		mailbox: 'ListMailboxes',
		cippCore: 'ListGraphRequest',
	};
	const wanted = preferred[resource];
	if (wanted && options.some((option) => option.value === wanted)) return wanted;
	return String(options[0].value);
}

/**
 * The canvas subtitle: the operation's name ("Offboard User"), looked up from the operation's
 * value, which is the endpoint name. n8n evaluates the subtitle as an expression and has no way
 * to read an option's name, so the names travel in the expression itself.
 */
export function buildSubtitle(operations: readonly DescribedOperation[]): string {
	// Endpoint names are identifiers and names are quoted with ', which keeps the map short once
	// the description is serialised as JSON (no escaped double quotes).
	const quoted = (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
	const entries = operations.map((operation) => `${/^[A-Za-z_$][\w$]*$/.test(operation.value) ? operation.value : quoted(operation.value)}:${quoted(operation.name)}`);
	return `={{ ({${entries.join(',')}})[$parameter["operation"]] ?? $parameter["operation"] }}`;
}
