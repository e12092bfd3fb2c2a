import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { fetchTenants } from '../actions/tenantIds';
import { findOperation } from '../catalog';

/** Tenant picker: ListTenants, filtered by the search text, with "All Tenants" where it applies. */
export async function searchTenants(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const tenants = await fetchTenants(this);
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
