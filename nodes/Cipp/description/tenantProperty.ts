import type { INodeProperties } from 'n8n-workflow';

/**
 * The tenant picker shared by every operation: a searchable list from ListTenants, a domain, or
 * a tenant ID. Two copies exist, required and optional, shown for different operations. Whether
 * "All Tenants" is offered depends on the operation (see methods/listSearch).
 */

/** A GUID (tenant IDs, object IDs): the one pattern the editor and the node's checks share. */
export const GUID_TEXT = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
const DOMAIN_OR_ALL = '^(AllTenants|[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+)$';
const GUID_OR_ALL = `^(AllTenants|${GUID_TEXT})$`;

export function tenantProperty(operations: string[], required: boolean): INodeProperties {
	return {
		displayName: 'Tenant',
		name: 'tenant',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required,
		description: required
			? 'The customer tenant to act on'
			: 'The customer tenant to act on; leave empty where CIPP does not need one',
		displayOptions: { show: { operation: operations } },
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: 'Select a tenant...',
				typeOptions: { searchListMethod: 'searchTenants', searchable: true },
			},
			{
				displayName: 'By Domain',
				name: 'domain',
				type: 'string',
				placeholder: 'e.g. contoso.onmicrosoft.com',
				validation: [
					{
						type: 'regex',
						properties: { regex: DOMAIN_OR_ALL, errorMessage: 'Enter a domain such as contoso.onmicrosoft.com' },
					},
				],
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: 'e.g. 00000000-0000-0000-0000-000000000000',
				validation: [
					{
						type: 'regex',
						properties: { regex: GUID_OR_ALL, errorMessage: 'Enter the tenant ID, a GUID' },
					},
				],
			},
		],
	};
}

export const TENANT_VALUE_PATTERNS = { domain: new RegExp(DOMAIN_OR_ALL), id: new RegExp(GUID_OR_ALL) };
