import { NodeConnectionTypes } from 'n8n-workflow';
import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';

import { route } from './actions/router';
import { NODE_PROPERTIES, NODE_SUBTITLE } from './catalog';
import { searchTenants } from './methods/listSearch';

/**
 * CIPP: every endpoint of the CIPP API as a resource and operation. The parameters are generated
 * with the catalog (`npm run generate`), so loading the node only parses them.
 */
export class Cipp implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'CIPP',
		name: 'cipp',
		icon: { light: 'file:cipp.svg', dark: 'file:cipp.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: NODE_SUBTITLE,
		description: 'Manage Microsoft 365 tenants through CIPP (CyberDrain Improved Partner Portal)',
		defaults: { name: 'CIPP' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		usableAsTool: true,
		credentials: [{ name: 'cippApi', required: true }],
		properties: NODE_PROPERTIES,
	};

	methods = { listSearch: { searchTenants } };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await route.call(this);
	}
}
