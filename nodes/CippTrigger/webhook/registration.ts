import { createHash, randomBytes, timingSafeEqual } from 'crypto';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IHookFunctions } from 'n8n-workflow';

import { cippRequest } from '../../shared/cipp/transport/cippRequest';

/**
 * Opt-in self-registration of the trigger in CIPP (Settings > Notifications). CIPP keeps one
 * notification configuration per instance, and ExecNotificationConfig replaces all of it, so
 * registering means: read the configuration, write it back with only the webhook URL, the
 * standardized schema and an auth header changed, and remember what was there to put it back on
 * deactivation. The header's secret is generated per activation; only its hash is kept in the
 * workflow's static data (the secret itself lives in CIPP's Key Vault), so it never appears in
 * the workflow.
 */

/** The header CIPP sends with each notification once registered (CIPP's "API key" auth type). */
export const REGISTERED_HEADER = 'X-CIPP-N8N-Secret';

/** What ListNotificationConfig returns in place of a secret kept in Key Vault; sent back, it keeps the secret. */
const IN_KEY_VAULT = 'SentToKeyVault';

const SECRET_FIELDS = ['webhookAuthToken', 'webhookAuthPassword', 'webhookAuthHeaderValue', 'webhookAuthHeaders'] as const;

interface PreviousWebhook {
	webhook: string;
	authType: string;
	headerName: string;
	/** Secret fields that held a Key Vault secret before. */
	secretsInKeyVault: string[];
}

interface Registration {
	webhookUrl: string;
	secretHash: string;
	previous: PreviousWebhook;
}

const STATE_KEY = 'cippRegistration';

function digest(secret: string): string {
	return createHash('sha256').update(secret).digest('hex');
}

export function registrationOf(staticData: IDataObject): Registration | undefined {
	const state = staticData[STATE_KEY] as Registration | undefined;
	return state && typeof state.secretHash === 'string' ? state : undefined;
}

/** Whether a request carries the secret registered in CIPP (compared in constant time, as hashes). */
export function carriesRegisteredSecret(registration: Registration, headers: IDataObject): boolean {
	const raw = headers[REGISTERED_HEADER.toLowerCase()];
	const given = Array.isArray(raw) ? String(raw[0] ?? '') : typeof raw === 'string' ? raw : '';
	if (given === '') return false;
	return timingSafeEqual(Buffer.from(digest(given)), Buffer.from(registration.secretHash));
}

function text(value: unknown): string {
	return typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value);
}

function names(value: unknown): string[] {
	const list = Array.isArray(value) ? value : typeof value === 'string' && value !== '' ? value.split(',') : [];
	return list
		.map((entry) => (entry && typeof entry === 'object' ? text((entry as IDataObject).value) : text(entry)).trim())
		.filter((entry) => entry !== '' && entry !== 'None');
}

const picked = (values: string[]) => values.map((value) => ({ value, label: value }));

/**
 * ListNotificationConfig's answer in the shape ExecNotificationConfig reads: `{value}` objects for
 * the auth type, the severities and the log types; `SentToKeyVault` kept where a secret exists.
 */
export function writableConfig(current: IDataObject): IDataObject {
	const config: IDataObject = {
		email: text(current.email),
		webhook: text(current.webhook),
		webhookAuthType: { value: text(current.webhookAuthType) || 'none' },
		webhookAuthUsername: text(current.webhookAuthUsername),
		webhookAuthHeaderName: text(current.webhookAuthHeaderName),
		onePerTenant: current.onePerTenant === true || current.onepertenant === true,
		sendtoIntegration: current.sendtoIntegration === true,
		UseStandardizedSchema: current.UseStandardizedSchema === true,
		Severity: picked(names(current.Severity)),
		logsToInclude: picked(names(current.logsToInclude)),
	};
	// A secret field left out is stored empty; the marker keeps the stored secret.
	for (const field of SECRET_FIELDS) if (text(current[field]) === IN_KEY_VAULT) config[field] = IN_KEY_VAULT;
	return config;
}

function rethrow(context: IHookFunctions, error: unknown, action: string): never {
	if (error instanceof NodeApiError && error.httpCode === '403') {
		throw new NodeOperationError(context.getNode(), `CIPP refused to ${action} its notification settings (403)`, {
			description:
				"Self-registration reads and replaces CIPP's notification settings, which needs the CIPP.AppSettings.ReadWrite permission. Give the API client a CIPP role that includes it (CIPP > Integrations > CIPP-API), or turn off 'Register in CIPP Automatically' and set the webhook in CIPP yourself.",
		});
	}
	throw error;
}

async function readConfig(context: IHookFunctions): Promise<IDataObject> {
	try {
		const response = await cippRequest.call(context, { endpoint: 'ListNotificationConfig', method: 'GET', isRead: true });
		return response.body && typeof response.body === 'object' ? (response.body as IDataObject) : {};
	} catch (error) {
		rethrow(context, error, 'read');
	}
}

async function writeConfig(context: IHookFunctions, config: IDataObject): Promise<void> {
	try {
		await cippRequest.call(context, { endpoint: 'ExecNotificationConfig', method: 'POST', body: config });
	} catch (error) {
		rethrow(context, error, 'change');
	}
}

/** Registration applies to the production URL of an active workflow, never to a test listen. */
function isManaged(context: IHookFunctions): boolean {
	return context.getNodeParameter('registerInCipp', false) === true && context.getActivationMode() !== 'manual';
}

function productionUrl(context: IHookFunctions): string {
	return context.getNodeWebhookUrl('default') ?? '';
}

export async function webhookIsRegistered(this: IHookFunctions): Promise<boolean> {
	// With registration off the trigger does not manage CIPP's settings: reporting "exists" makes
	// n8n skip create(), so nothing in CIPP is touched.
	if (!isManaged(this)) return true;
	const registration = registrationOf(this.getWorkflowStaticData('node'));
	if (!registration) return false;
	const current = await readConfig(this);
	return text(current.webhook) === productionUrl(this) && registration.webhookUrl === productionUrl(this);
}

export async function registerWebhook(this: IHookFunctions): Promise<boolean> {
	if (!isManaged(this)) return true;
	const url = productionUrl(this);
	const staticData = this.getWorkflowStaticData('node');
	const current = await readConfig(this);
	const earlier = registrationOf(staticData);
	const currentUrl = text(current.webhook);
	const secretsInKeyVault = SECRET_FIELDS.filter((field) => text(current[field]) === IN_KEY_VAULT);

	let previous: PreviousWebhook;
	if (earlier && currentUrl === earlier.webhookUrl) {
		// Our own earlier registration (n8n restarted): what it replaced is still what to restore.
		previous = earlier.previous;
	} else {
		const replace = this.getNodeParameter('replaceExistingWebhook', false) === true;
		if (currentUrl !== '' && currentUrl !== url && secretsInKeyVault.length > 0 && !replace) {
			throw new NodeOperationError(this.getNode(), 'CIPP already sends notifications to another webhook that uses a secret', {
				description: `CIPP's notifications go to ${currentUrl}, with a secret kept in CIPP's Key Vault. Registering this trigger would replace that webhook, and the secret could not be restored on deactivation (Key Vault does not hand it back). Turn on 'Replace the Existing Webhook' to replace it anyway, or set the webhook in CIPP yourself.`,
			});
		}
		previous = {
			webhook: currentUrl,
			authType: text(current.webhookAuthType) || 'none',
			headerName: text(current.webhookAuthHeaderName),
			secretsInKeyVault,
		};
	}

	const secret = randomBytes(32).toString('base64url');
	const config = writableConfig(current);
	config.webhook = url;
	config.webhookAuthType = { value: 'apikey' };
	config.webhookAuthHeaderName = REGISTERED_HEADER;
	config.webhookAuthHeaderValue = secret;
	config.UseStandardizedSchema = true;
	await writeConfig(this, config);
	const registration: Registration = { webhookUrl: url, secretHash: digest(secret), previous };
	staticData[STATE_KEY] = registration as unknown as IDataObject;
	return true;
}

export async function unregisterWebhook(this: IHookFunctions): Promise<boolean> {
	if (!isManaged(this)) return true;
	const staticData = this.getWorkflowStaticData('node');
	const registration = registrationOf(staticData);
	if (!registration) return true;
	const current = await readConfig(this);
	// Someone pointed CIPP elsewhere since: leave their settings alone.
	if (text(current.webhook) === registration.webhookUrl) {
		const { previous } = registration;
		const config = writableConfig(current);
		config.webhook = previous.webhook;
		config.webhookAuthType = { value: previous.authType };
		config.webhookAuthHeaderName = previous.headerName;
		for (const field of SECRET_FIELDS) {
			if (previous.secretsInKeyVault.includes(field)) config[field] = IN_KEY_VAULT;
			else delete config[field];
		}
		await writeConfig(this, config);
	}
	delete staticData[STATE_KEY];
	return true;
}
