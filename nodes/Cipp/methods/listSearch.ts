import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { endpointChoices } from '../actions/instanceCatalog';
import type { EndpointChoice } from '../actions/instanceCatalog';
import { fetchTenants } from '../actions/tenantIds';
import { findOperation } from '../catalog';
import { operationNameFor } from '../catalog/naming';

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

/** Endpoints per page of the picker; n8n asks for the next page as the list scrolls. */
const ENDPOINT_PAGE = 100;

function endpointLabel(choice: EndpointChoice): string {
	return `${choice.name} · ${choice.operationName ?? "from your CIPP's spec"}`;
}

/**
 * Endpoint picker of Custom API Call: the connected CIPP's endpoints (its own spec), or this
 * node's catalog when it serves none. Found by endpoint name or by operation name in words
 * ("reset password" finds ExecResetPass).
 */
export async function searchEndpoints(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const choices = await endpointChoices(this);
	const needle = (filter ?? '').trim().toLowerCase();
	const matches = choices
		.filter((choice) => needle === '' || [choice.name, choice.operationName ?? '', operationNameFor(choice.name)].some((text) => text.toLowerCase().includes(needle)))
		.sort((a, b) => a.name.localeCompare(b.name));
	const start = Math.max(0, Number(paginationToken ?? 0) || 0);
	const next = start + ENDPOINT_PAGE;
	return {
		results: matches.slice(start, next).map((choice) => ({
			name: endpointLabel(choice),
			value: choice.name,
			description: `${choice.method}${choice.group ? ` · ${choice.group}` : ''}`,
		})),
		paginationToken: next < matches.length ? String(next) : undefined,
	};
}
