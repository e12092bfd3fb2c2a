import { NodeConnectionTypes } from 'n8n-workflow';
import type { INodeExecutionData, INodeType, INodeTypeDescription, IPollFunctions } from 'n8n-workflow';

import { pollTriggerProperties } from './description';
import { pollOnce } from '../shared/trigger/polling/poll';

/**
 * CIPP Poll Trigger: watches CIPP's audit-log alerts, logbook, scheduled tasks, Defender incidents
 * and the status of alert items on a schedule. Needs no inbound connection to n8n. Each event is
 * emitted once, also across restarts (the cursor lives in the workflow's static data).
 */
export class CippPollTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'CIPP Poll Trigger',
		name: 'cippPollTrigger',
		icon: { light: 'file:cipp.svg', dark: 'file:cipp.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["event"]}}',
		description: 'Checks CIPP on a schedule for new audit-log alerts, logbook entries, finished tasks, Defender incidents and alert status changes',
		defaults: { name: 'CIPP Poll Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		usableAsTool: undefined,
		polling: true,
		credentials: [{ name: 'cippApi', required: true }],
		properties: pollTriggerProperties,
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		return await pollOnce.call(this, this.getNodeParameter('event') as string);
	}
}
