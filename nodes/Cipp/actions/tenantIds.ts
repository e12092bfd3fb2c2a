import type { IDataObject } from 'n8n-workflow';

import { findOperation } from '../catalog';
import type { Operation } from '../catalog';
import { cippRequest } from '../../shared/cipp/transport/cippRequest';
import type { CippContext, CippRequest } from '../../shared/cipp/transport/cippRequest';
import { placeTenant } from './buildRequest';
import { FieldValueError } from './fieldValues';

/**
 * CIPP's tenant list (ListTenants), and turning a tenant domain into the tenant's ID for the
 * endpoints that need the ID: the picker and most users give domains. The list is read once per
 * run, however many items need it.
 */

export type TenantRecord = IDataObject & { customerId?: unknown; defaultDomainName?: unknown; initialDomainName?: unknown };

/** ListTenants as the tenant picker and the ID lookup read it. */
export async function fetchTenants(
	context: CippContext,
	settings: Pick<CippRequest, 'itemIndex' | 'timeoutMs' | 'retry'> = {},
): Promise<TenantRecord[]> {
	// The catalog's method, as for the ListTenants operation (CIPP's spec has it as POST).
	const response = await cippRequest.call(context, {
		endpoint: 'ListTenants',
		method: findOperation('ListTenants')?.endpoint.method ?? 'GET',
		isRead: true,
		...settings,
	});
	return Array.isArray(response.body) ? (response.body as TenantRecord[]) : [];
}

/** Domains of one run's tenants, each mapped to the tenant's ID. */
export class TenantIds {
	private byDomain: Promise<Map<string, string>> | undefined;

	constructor(private readonly context: CippContext) {}

	/**
	 * Replaces the domain in a prepared request by the tenant's ID. An unknown domain is an error
	 * for this item, raised before anything is sent to the endpoint.
	 */
	async apply(operation: Operation, request: CippRequest, domain: string): Promise<void> {
		const id = (await this.lookup(request)).get(domain.toLowerCase());
		if (id === undefined) {
			throw new FieldValueError(
				'Tenant',
				`Tenant '${domain}' is not in CIPP's tenant list, so its tenant ID is unknown`,
				`${operation.name} needs the tenant's ID. Pick the tenant from the list, or enter its ID (a GUID) under 'By ID'.`,
			);
		}
		request.qs ??= {};
		placeTenant(operation, request.qs, request.body, id, domain);
	}

	private async lookup(request: CippRequest): Promise<Map<string, string>> {
		if (!this.byDomain) {
			const settings = { itemIndex: request.itemIndex, timeoutMs: request.timeoutMs, retry: request.retry };
			this.byDomain = fetchTenants(this.context, settings).then((tenants) => {
				const byDomain = new Map<string, string>();
				for (const tenant of tenants) {
					if (typeof tenant.customerId !== 'string' || tenant.customerId === 'AllTenants') continue;
					for (const domain of [tenant.defaultDomainName, tenant.initialDomainName]) {
						if (typeof domain === 'string') byDomain.set(domain.toLowerCase(), tenant.customerId);
					}
				}
				return byDomain;
			});
			// A failed lookup (CIPP unreachable) fails this item; a later item tries again.
			this.byDomain.catch(() => {
				this.byDomain = undefined;
			});
		}
		return await this.byDomain;
	}
}
