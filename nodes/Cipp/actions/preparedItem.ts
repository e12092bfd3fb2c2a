import type { Operation } from '../catalog';
import type { CippRequest } from '../../shared/cipp/transport/cippRequest';
import type { FetchSettings } from './fetchResults';

/** One item, validated and ready to send. */
export interface PreparedItem {
	itemIndex: number;
	operation?: Operation;
	request: CippRequest;
	fetch: FetchSettings;
	failOnSoftErrors: boolean;
	/** A tenant domain still to be replaced by the tenant's ID (see tenantIds). */
	tenantDomain?: string;
}
