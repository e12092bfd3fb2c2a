import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { cippRequest, currentSecrets } from '../../shared/cipp/transport/cippRequest';
import { cippError } from '../../shared/cipp/transport/errors';
import { fetchResults } from './fetchResults';
import { explainMissingEndpoint } from './missingEndpoint';
import type { PreparedItem } from './preparedItem';
import { shapeOutput } from './shapeOutput';
import type { ShapedOutput } from './shapeOutput';

/**
 * One prepared item sent on its own: the request (with paging and All Tenants queue handling for
 * catalog operations) and its output items. The router runs items this way, and $batch sends
 * items this way when they cannot go in a batch or CIPP throttled them inside one.
 */

/** Throws when CIPP answered 2xx but its result says the action failed (unless switched off). */
export function itemsOrSoftFailure(context: IExecuteFunctions, item: PreparedItem, output: ShapedOutput): IDataObject[] {
	if (item.failOnSoftErrors && output.softErrors.length > 0) {
		throw cippError(context.getNode(), {
			message: `CIPP reported a failure: ${output.softErrors.join('; ')}`,
			description:
				"CIPP answered with a success status but its result says the action failed. Turn off 'Fail on Soft Errors' in the options to receive such results as items instead.",
			httpCode: 200,
			itemIndex: item.itemIndex,
			endpoint: item.request.endpoint,
			// CIPP's result text is quoted; should it ever echo a secret, it is masked like any error.
			secrets: currentSecrets(context),
		});
	}
	return output.items;
}

export async function runItem(context: IExecuteFunctions, item: PreparedItem): Promise<IDataObject[]> {
	if (item.operation) return itemsOrSoftFailure(context, item, await fetchResults(context, item.operation, item.request, item.fetch));
	let output: ShapedOutput;
	try {
		output = shapeOutput((await cippRequest.call(context, item.request)).body);
	} catch (error) {
		// Custom API Call by name (node version 1): an unknown endpoint is explained the same way.
		throw await explainMissingEndpoint(context, error, item.request);
	}
	return itemsOrSoftFailure(context, item, output);
}
