import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { findOperation } from '../catalog';
import { cippRequest } from '../../shared/cipp/transport/cippRequest';

/** Tenant picker: ListTenants, filtered by the search text, with "All Tenants" where it applies. */
export async function searchTenants(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	// The catalog's method, as for the ListTenants operation (CIPP's spec has it as POST).
	const listTenants = findOperation('ListTenants');
	const response = await cippRequest.call(this, {
		endpoint: 'ListTenants',
		method: listTenants?.endpoint.method ?? 'GET',
		isRead: true,
	});
	const tenants = Array.isArray(response.body) ? (response.body as IDataObject[]) : [];
	const needle = (filter ?? '').trim().toLowerCase();
	const results = tenants
		.filter((tenant) => typeof tenant.defaultDomainName === 'string' && tenant.defaultDomainName !== 'AllTenants')
		.map((tenant) => ({
			name: `${String(tenant.displayName ?? tenant.defaultDomainName)} (${String(tenant.defaultDomainName)})`,
			value: String(tenant.defaultDomainName),
		}))
		.filter((entry) => needle === '' || entry.name.toLowerCase().includes(needle))
		.sort((a, b) => a.name.localeCompare(b.name));

	let operationName = '';
	try {
		operationName = String(this.getCurrentNodeParameter('operation') ?? '');
	} catch {
		operationName = '';
	}
	const allowsAll = findOperation(operationName)?.tenant?.allTenants === true;
	if (allowsAll && (needle === '' || 'all tenants'.includes(needle))) {
		results.unshift({ name: 'All Tenants', value: 'AllTenants' });
	}
	return { results };
}
