import { NodeConnectionTypes, VersionedNodeType } from 'n8n-workflow';
import type {
	ICredentialTestFunctions,
	ICredentialsDecrypted,
	IDataObject,
	IHookFunctions,
	INodeCredentialTestResult,
	INodeExecutionData,
	INodeType,
	INodeTypeBaseDescription,
	INodeTypeDescription,
	IPollFunctions,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';

import { pollOnce } from '../shared/trigger/polling/poll';
import { triggerProperties } from './v1/description';
import { webhookTriggerProperties } from './v2/description';
import { incompleteSettings, rejectReason, settingsFromCredential } from './webhook/authenticate';
import type { WebhookAuth } from './webhook/authenticate';
import { notificationItems, readFilters } from './webhook/emit';
import { MAX_BODY_BYTES, readNotificationBody } from './webhook/intake';
import { normalizeNotification } from './webhook/normalizeNotification';
import {
	REGISTERED_HEADER,
	carriesRegisteredSecret,
	registerWebhook,
	registrationOf,
	unregisterWebhook,
	webhookIsRegistered,
} from './webhook/registration';

// Both versions live in this file: n8n's verification rules read node descriptions only from the
// files package.json lists, so a version defined elsewhere would hide its icon and credential test.

const BASE_DESCRIPTION: Pick<INodeTypeBaseDescription, 'displayName' | 'name' | 'group' | 'description'> = {
	displayName: 'CIPP Trigger',
	name: 'cippTrigger',
	group: ['trigger'],
	// n8n's node panel shows the CIPP node and this trigger (type name cipp + "Trigger") as one
	// entry, "CIPP", with the trigger's description. So the text says what both do, action first.
	description: 'Manage Microsoft 365 tenants through CIPP, and start workflows when CIPP sends a notification',
};

interface RawBodyRequest {
	rawBody?: Buffer;
	readRawBody?: () => Promise<void>;
}

/**
 * Version 1, kept so workflows saved with it keep running: webhook mode with its secrets in node
 * parameters, and the polling modes that now live in the CIPP Poll Trigger.
 */
class CippTriggerV1 implements INodeType {
	description: INodeTypeDescription = {
		...BASE_DESCRIPTION,
		icon: { light: 'file:cipp.svg', dark: 'file:cipp.dark.svg' },
		version: 1,
		subtitle: '={{$parameter["event"]}}',
		defaults: { name: 'CIPP Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		usableAsTool: undefined,
		polling: true,
		credentials: [{ name: 'cippApi', required: true, displayOptions: { hide: { event: ['webhook'] } } }],
		webhooks: [{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'cipp' }],
		properties: triggerProperties,
	};

	// Version 1 never registers anything in CIPP (self-registration is version 2's opt-in): the
	// webhook is reported as present so n8n never asks to create or delete it.
	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				return true;
			},
			async create(this: IHookFunctions): Promise<boolean> {
				return true;
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				return true;
			},
		},
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
		const items = notificationItems(
			normalizeNotification(this.getBodyData()),
			readFilters(this.getNodeParameter('filters', {}) as IDataObject),
			this.getNodeParameter('split', 'perEntry') === 'perRequest',
		);
		if (items.length === 0) return { webhookResponse: { received: true, emitted: 0 } };
		return { workflowData: [items] };
	}

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const event = this.getNodeParameter('event') as string;
		if (event === 'webhook') return null;
		return await pollOnce.call(this, event);
	}
}

/**
 * Version 2: webhook only, so the editor shows no polling settings. Secrets live in a CIPP
 * Webhook Auth credential, or CIPP is pointed at the trigger on activation.
 */
class CippTriggerV2 implements INodeType {
	description: INodeTypeDescription = {
		...BASE_DESCRIPTION,
		icon: { light: 'file:cipp.svg', dark: 'file:cipp.dark.svg' },
		version: 2,
		subtitle: '={{$parameter["registerInCipp"] ? "Registered in CIPP" : "CIPP notifications"}}',
		defaults: { name: 'CIPP Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		usableAsTool: undefined,
		credentials: [
			{ name: 'cippApi', required: true, displayOptions: { show: { registerInCipp: [true] } } },
			{
				name: 'cippWebhookAuthApi',
				required: true,
				testedBy: 'checkWebhookAuth',
				displayOptions: { show: { registerInCipp: [false], authentication: ['webhookAuth'] } },
			},
		],
		webhooks: [{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'cipp' }],
		properties: webhookTriggerProperties,
	};

	methods = {
		credentialTest: {
			async checkWebhookAuth(this: ICredentialTestFunctions, credential: ICredentialsDecrypted): Promise<INodeCredentialTestResult> {
				const missing = incompleteSettings(settingsFromCredential(credential.data ?? {}));
				return missing
					? { status: 'Error', message: `${missing}: enter what CIPP sends (Settings > Notifications)` }
					: { status: 'OK', message: 'The values are complete; CIPP must send the same ones' };
			},
		},
	};

	// Registration in CIPP is opt-in ('Register in CIPP Automatically'). With it off, checkExists
	// reports the webhook as present and create/delete return at once: CIPP is never touched.
	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				return await webhookIsRegistered.call(this);
			},
			async create(this: IHookFunctions): Promise<boolean> {
				return await registerWebhook.call(this);
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				return await unregisterWebhook.call(this);
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const response = this.getResponseObject();
		const headers = this.getHeaderData() as IDataObject;
		let reason: string | undefined;
		if (this.getNodeParameter('registerInCipp', false) === true) {
			const registration = registrationOf(this.getWorkflowStaticData('node'));
			if (!registration) reason = 'this trigger is not registered in CIPP yet (activate the workflow)';
			else if (!carriesRegisteredSecret(registration, headers)) reason = `missing or wrong ${REGISTERED_HEADER} header`;
		} else if (this.getNodeParameter('authentication', 'webhookAuth') === 'webhookAuth') {
			const credential = await this.getCredentials('cippWebhookAuthApi');
			reason = rejectReason(headers, settingsFromCredential(credential));
		}
		if (reason) {
			response.status(401).json({ error: `Unauthorized: ${reason}` });
			return { noWebhookResponse: true };
		}

		// n8n parses JSON and plain-text bodies itself; other content types arrive unread.
		const request = this.getRequestObject() as unknown as RawBodyRequest;
		if (!request.rawBody && request.readRawBody) await request.readRawBody();
		if ((request.rawBody?.length ?? 0) > MAX_BODY_BYTES) {
			response.status(413).json({ error: `The notification is larger than ${MAX_BODY_BYTES} bytes` });
			return { noWebhookResponse: true };
		}
		const read = readNotificationBody(this.getBodyData(), request.rawBody?.toString('utf8'));
		const howRead: IDataObject = read.reading === 'json' ? {} : { bodyReading: read.reading, rawBody: read.rawText ?? '' };
		const items = notificationItems(
			normalizeNotification(read.body),
			readFilters(this.getNodeParameter('filters', {}) as IDataObject),
			this.getNodeParameter('split', 'perEntry') === 'perRequest',
			howRead,
		);
		if (items.length === 0) return { webhookResponse: { received: true, emitted: 0 } };
		return { workflowData: [items] };
	}
}

/**
 * CIPP Trigger: starts workflows from CIPP's webhook notifications. New nodes get version 2
 * (webhook only); version 1 also polled, and stays for workflows saved with it. Polling is the
 * CIPP Poll Trigger's.
 */
export class CippTrigger extends VersionedNodeType {
	constructor() {
		const base: INodeTypeBaseDescription = {
			...BASE_DESCRIPTION,
			icon: { light: 'file:cipp.svg', dark: 'file:cipp.dark.svg' },
			defaultVersion: 2,
		};
		super({ 1: new CippTriggerV1(), 2: new CippTriggerV2() }, base);
	}
}
