import { NodeConnectionTypes } from 'n8n-workflow';
import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';

import { loadEndpointFacts } from './actions/endpointCall';
import { route } from './actions/router';
import { NODE_PROPERTIES, NODE_SUBTITLE } from './catalog';
import { ENDPOINT_PICKER_VERSION } from './description/sharedProperties';
import { searchEndpoints, searchTenants } from './methods/listSearch';
import { getEndpointFields } from './methods/resourceMapping';

/**
 * CIPP: every endpoint of the CIPP API as a resource and operation. The parameters are generated
 * with the catalog (`npm run generate`), so loading the node only parses them.
 * Version 1.1 picks Custom API Call's endpoint from the connected CIPP and maps its fields;
 * version 1 keeps the name-and-JSON form that saved workflows use. Nothing else differs.
 */
export class Cipp implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'CIPP',
		name: 'cipp',
		icon: { light: 'file:cipp.svg', dark: 'file:cipp.dark.svg' },
		group: ['transform'],
		version: [1, ENDPOINT_PICKER_VERSION],
		defaultVersion: ENDPOINT_PICKER_VERSION,
		subtitle: NODE_SUBTITLE,
		description: 'Manage Microsoft 365 tenants through CIPP (CyberDrain Improved Partner Portal)',
		defaults: { name: 'CIPP' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		usableAsTool: true,
		credentials: [{ name: 'cippApi', required: true }],
		properties: NODE_PROPERTIES,
	};

	methods = {
		listSearch: { searchTenants, searchEndpoints },
		resourceMapping: { getEndpointFields },
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		await loadEndpointFacts(this);
		return await route.call(this);
	}
}
