import { NodeConnectionTypes } from 'n8n-workflow';
import type {
	IDataObject,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';

import { triggerProperties } from './description';
import { firstCursor, readCursor, takeNew, writeCursor } from './polling/cursor';
import { OVERLAP_MS, fetchRecords } from './polling/sources';
import type { PollEvent } from './polling/sources';
import { rejectReason } from './webhook/authenticate';
import type { WebhookAuth } from './webhook/authenticate';
import { matchesFilters, splitList } from './webhook/filters';
import type { EventFilters } from './webhook/filters';
import { normalizeNotification } from './webhook/normalizeNotification';

/**
 * CIPP Trigger: starts workflows from CIPP's webhook notifications (Settings > Notifications),
 * or by polling CIPP's audit-log alerts, logbook, scheduled tasks and Defender incidents.
 */
// CIPP sends every notification to one instance-wide URL (Settings > Notifications) and has no
// per-subscriber registration API, so there is nothing to create or delete on activation; writing
// that URL ourselves would overwrite the MSP's existing notification settings.
// eslint-disable-next-line @n8n/community-nodes/webhook-lifecycle-complete
export class CippTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'CIPP Trigger',
		name: 'cippTrigger',
		icon: { light: 'file:cipp.svg', dark: 'file:cipp.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["event"]}}',
		description: 'Starts the workflow on CIPP alerts, logbook entries, task results and incidents',
		defaults: { name: 'CIPP Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		usableAsTool: undefined,
		polling: true,
		credentials: [{ name: 'cippApi', required: true, displayOptions: { hide: { event: ['webhook'] } } }],
		webhooks: [{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'cipp' }],
		properties: triggerProperties,
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const event = this.getNodeParameter('event', 'webhook') as string;
		const response = this.getResponseObject();
		if (event !== 'webhook') {
			response.status(404).json({ error: 'This CIPP Trigger polls CIPP; it does not accept notifications.' });
			return { noWebhookResponse: true };
		}
		const reason = rejectReason(this.getHeaderData() as IDataObject, {
			type: this.getNodeParameter('authentication', 'bearer') as WebhookAuth,
			token: this.getNodeParameter('bearerToken', '') as string,
			username: this.getNodeParameter('basicUser', '') as string,
			password: this.getNodeParameter('basicPassword', '') as string,
			headerName: this.getNodeParameter('headerName', '') as string,
			headerValue: this.getNodeParameter('headerValue', '') as string,
		});
		if (reason) {
			response.status(401).json({ error: `Unauthorized: ${reason}` });
			return { noWebhookResponse: true };
		}

		const notification = normalizeNotification(this.getBodyData());
		const filters = readFilters(this.getNodeParameter('filters', {}) as IDataObject);
		const events = notification.events.filter((entry) => matchesFilters(entry, filters));
		if (events.length === 0) {
			return { webhookResponse: { received: true, emitted: 0 } };
		}
		const perRequest = this.getNodeParameter('split', 'perEntry') === 'perRequest';
		const items: INodeExecutionData[] = perRequest
			? [
					{
						json: {
							schema: notification.schema,
							source: notification.source,
							title: notification.title,
							tenant: notification.tenant,
							generatedAt: notification.generatedAt,
							invoking: notification.invoking ?? null,
							alertCount: events.length,
							payload: events.map((entry) => entry.payload) as IDataObject[],
						},
					},
				]
			: events.map((entry) => ({
					json: {
						schema: entry.schema,
						source: entry.source,
						title: entry.title,
						tenant: entry.tenant,
						generatedAt: entry.generatedAt,
						invoking: entry.invoking ?? null,
						payload: entry.payload as IDataObject,
					},
				}));
		return { workflowData: [items] };
	}

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const event = this.getNodeParameter('event') as string;
		if (event === 'webhook') return null;
		const pollEvent = event as PollEvent;
		const staticData = this.getWorkflowStaticData('node');
		const cursor = readCursor(staticData);
		const now = Date.now();
		const overlap = OVERLAP_MS[pollEvent];
		const lookBackMs = Math.max(0, Number(this.getNodeParameter('lookBackHours', 0))) * 60 * 60 * 1000;
		const manual = this.getMode() === 'manual';
		const windowStart = cursor && !manual ? cursor.since - overlap : now - Math.max(lookBackMs, overlap);

		// If this throws, the cursor is untouched and the next poll asks for the same window.
		const records = await fetchRecords(this, pollEvent, {
			tenant: String(this.getNodeParameter('tenant', 'AllTenants') ?? '').trim(),
			severities: (this.getNodeParameter('severities', []) as string[]) ?? [],
			windowStart,
		});
		const filters = readFilters(this.getNodeParameter('filters', {}) as IDataObject);
		const wanted = records.filter((record) =>
			matchesFilters(
				{
					source: pollEvent,
					tenant: String(record.json.Tenant ?? record.json.tenant ?? ''),
					title: String(record.json.Title ?? record.json.Message ?? record.json.Name ?? record.json.DisplayName ?? ''),
				},
				{ ...filters, sources: [] },
			),
		);

		if (manual) {
			const latest = [...wanted].sort((a, b) => b.time - a.time)[0];
			return latest ? [[{ json: latest.json }]] : null;
		}
		const { fresh, next } = cursor ? takeNew(cursor, wanted, overlap) : firstCursor(wanted, now, lookBackMs, overlap);
		writeCursor(staticData, next);
		return fresh.length > 0 ? [fresh.map((record) => ({ json: record.json }))] : null;
	}
}

function readFilters(raw: IDataObject): EventFilters {
	return {
		sources: splitList(raw.sources),
		tenants: splitList(raw.tenants),
		titleContains: String(raw.titleContains ?? ''),
	};
}
