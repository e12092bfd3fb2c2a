/**
 * CIPP's notification settings (Settings > Notifications) as the simulator keeps them, judged the
 * way CIPP 10.8.2 reads them: ExecNotificationConfig replaces the whole stored entry, secrets go to
 * a Key Vault and are stored as the marker `SentToKeyVault` (sending the marker back keeps the
 * secret), `webhookAuthType` is read as `.value`, `Severity` and `logsToInclude` as lists of
 * `{value}`. ListNotificationConfig answers the stored entry with the log types as a list of names
 * and the severities split. Send-CIPPAlert then sends webhooks with the configured auth header.
 */

const IN_KEY_VAULT = 'SentToKeyVault';
const SECRET_FIELDS = ['webhookAuthToken', 'webhookAuthPassword', 'webhookAuthHeaderValue', 'webhookAuthHeaders'] as const;

const SETTING_NAMES = new Set(
	['email', 'webhook', 'webhookAuthType', 'webhookAuthUsername', 'webhookAuthHeaderName', 'onePerTenant', 'sendtoIntegration', 'UseStandardizedSchema', 'Severity', ...SECRET_FIELDS].map((name) =>
		name.toLowerCase(),
	),
);

export interface WebhookTarget {
	url: string;
	headers: Record<string, string>;
	standardized: boolean;
}

type Stored = Record<string, unknown>;

function valueOf(entry: unknown): string | undefined {
	return entry && typeof entry === 'object' && 'value' in entry ? String((entry as { value: unknown }).value) : undefined;
}

const text = (value: unknown): string => (value === undefined || value === null ? '' : String(value));

export class NotificationSettings {
	stored: Stored = {};

	/** Secrets by Key Vault name, as CIPP stores them. */
	readonly keyVault = new Map<string, string>();

	/** Settings as an MSP would have made them in CIPP's page. */
	seed(settings: { email?: string; webhook?: string; authType?: string; severity?: string[]; logs?: string[]; secrets?: Partial<Record<(typeof SECRET_FIELDS)[number], string>>; headerName?: string }): void {
		this.stored = {
			email: settings.email ?? '',
			webhook: settings.webhook ?? '',
			webhookAuthType: settings.authType ?? '',
			webhookAuthHeaderName: settings.headerName ?? '',
			webhookAuthUsername: '',
			Severity: (settings.severity ?? ['Alert']).join(','),
			onePerTenant: false,
			sendtoIntegration: false,
			UseStandardizedSchema: false,
		};
		for (const field of SECRET_FIELDS) {
			const secret = settings.secrets?.[field];
			if (secret) this.keyVault.set(field, secret);
			this.stored[field] = secret ? IN_KEY_VAULT : '';
		}
		for (const log of settings.logs ?? []) this.stored[log] = true;
	}

	list(): Stored {
		// Every stored property that is not a setting of its own is a log type that was switched on.
		const logs = Object.keys(this.stored).filter((key) => !SETTING_NAMES.has(key.toLowerCase()));
		const severity = text(this.stored.Severity);
		return {
			...Object.fromEntries(Object.entries(this.stored).filter(([key]) => SETTING_NAMES.has(key.toLowerCase()))),
			logsToInclude: logs.length > 0 ? logs : ['None'],
			Severity: severity ? severity.split(',') : ['Alert'],
		};
	}

	/** Applies an ExecNotificationConfig body; returns the problems a request has, as CIPP would read it. */
	exec(body: Record<string, unknown>): string[] {
		const problems: string[] = [];
		if (body.webhookAuthType !== undefined && typeof body.webhookAuthType !== 'object') {
			problems.push('webhookAuthType must be a {value} object: a plain value is read as empty, so the webhook auth would be removed');
		}
		for (const list of ['Severity', 'logsToInclude']) {
			const value = body[list];
			if (value !== undefined && (!Array.isArray(value) || value.some((entry) => valueOf(entry) === undefined))) {
				problems.push(`${list} must be a list of {value} objects`);
			}
		}
		if (problems.length > 0) return problems;
		const next: Stored = {
			email: text(body.email),
			webhook: text(body.webhook),
			webhookAuthType: valueOf(body.webhookAuthType) ?? '',
			webhookAuthUsername: text(body.webhookAuthUsername),
			webhookAuthHeaderName: text(body.webhookAuthHeaderName),
			onePerTenant: Boolean(body.onePerTenant),
			sendtoIntegration: Boolean(body.sendtoIntegration),
			UseStandardizedSchema: Boolean(body.UseStandardizedSchema),
			Severity: ((body.Severity as unknown[] | undefined) ?? []).map(valueOf).join(','),
		};
		for (const field of SECRET_FIELDS) {
			const incoming = text(body[field]);
			if (incoming !== '' && incoming !== IN_KEY_VAULT) {
				this.keyVault.set(field, incoming);
				next[field] = IN_KEY_VAULT;
			} else {
				next[field] = incoming === IN_KEY_VAULT || this.stored[field] === IN_KEY_VAULT ? IN_KEY_VAULT : '';
			}
		}
		for (const entry of (body.logsToInclude as unknown[] | undefined) ?? []) next[valueOf(entry) ?? ''] = true;
		this.stored = next;
		return [];
	}

	private secret(field: (typeof SECRET_FIELDS)[number]): string {
		return this.stored[field] === IN_KEY_VAULT ? (this.keyVault.get(field) ?? '') : text(this.stored[field]);
	}

	/** Where and how Send-CIPPAlert would post a webhook now, or undefined when no webhook is set. */
	target(): WebhookTarget | undefined {
		const url = text(this.stored.webhook);
		if (url === '') return undefined;
		const headers: Record<string, string> = {};
		switch (text(this.stored.webhookAuthType).toLowerCase()) {
			case 'bearer':
				if (this.secret('webhookAuthToken')) headers.Authorization = `Bearer ${this.secret('webhookAuthToken')}`;
				break;
			case 'basic': {
				const user = text(this.stored.webhookAuthUsername);
				const password = this.secret('webhookAuthPassword');
				if (user && password) headers.Authorization = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
				break;
			}
			case 'apikey': {
				const name = text(this.stored.webhookAuthHeaderName);
				if (name && this.secret('webhookAuthHeaderValue')) headers[name] = this.secret('webhookAuthHeaderValue');
				break;
			}
			default:
				break;
		}
		return { url, headers, standardized: this.stored.UseStandardizedSchema === true };
	}
}
