import type { ICredentialDataDecryptedObject, INodeParameters } from 'n8n-workflow';

import { CippApi } from '../../credentials/CippApi.credentials';
import { CippWebhookAuthApi } from '../../credentials/CippWebhookAuthApi.credentials';
import { forgetIssuedTokens } from '../../credentials/entra/clientCredentialsGrant';
import { Cipp } from '../../nodes/Cipp/Cipp.node';
import { CippPollTrigger } from '../../nodes/CippPollTrigger/CippPollTrigger.node';
import { CippTrigger } from '../../nodes/CippTrigger/CippTrigger.node';
import { forgetRateLimiters } from '../../nodes/shared/cipp/transport/apiClientPacing';
import { CippSimulator } from './cippSimulator';
import { EntraSimulator } from './entraSimulator';
import type { NodeSettings, RunResult } from './runner';
import { TestRunner } from './runner';
import type { SimData } from './simData';

/**
 * Everything a test needs: a loopback Entra token endpoint, a CIPP simulator that trusts it, and
 * an n8n engine runner with the real CIPP node and credential, plus a stored credential.
 */

export const PARTNER_TENANT = '5f0f6c3e-1d2b-4c5a-9e8f-0a1b2c3d4e5f';
export const CLIENT_ID = '0b6a3c1e-7d4f-4e2a-8b9c-1d2e3f4a5b6c';
export const CLIENT_SECRET = 'Sim~SecretValue.3xY9pQ2rT7vW1zK5mN8';

export interface Harness {
	entra: EntraSimulator;
	cipp: CippSimulator;
	runner: TestRunner;
	credential(overrides?: ICredentialDataDecryptedObject, id?: string): ICredentialDataDecryptedObject;
	runCipp(
		parameters: INodeParameters,
		options?: {
			items?: Array<Record<string, unknown>>;
			settings?: NodeSettings;
			credentialId?: string;
			cancelAfterMs?: number;
			cancelWhen?: () => boolean;
			typeVersion?: number;
		},
	): Promise<RunResult>;
	reset(): void;
	close(): Promise<void>;
}

export async function startHarness(data?: SimData): Promise<Harness> {
	const entra = await new EntraSimulator()
		.addTenant({
			tenantId: PARTNER_TENANT,
			domains: ['partner.onmicrosoft.com'],
			apps: [
				{ clientId: CLIENT_ID, secret: CLIENT_SECRET, hasIdentifierUri: true },
				{ clientId: '11111111-2222-4333-8444-555555555555', secret: 'expired-secret-value', secretExpired: true, hasIdentifierUri: true },
				{ clientId: '99999999-8888-4777-8666-555555555555', secret: 'no-uri-secret-value', hasIdentifierUri: false },
			],
		})
		.start();
	const cipp = await new CippSimulator(entra, data).start();
	const runner = new TestRunner(
		{
			'n8n-nodes-cipp-api.cipp': new Cipp(),
			'n8n-nodes-cipp-api.cippTrigger': new CippTrigger(),
			'n8n-nodes-cipp-api.cippPollTrigger': new CippPollTrigger(),
		},
		[new CippApi(), new CippWebhookAuthApi()],
	);

	const credential = (overrides: ICredentialDataDecryptedObject = {}, id = 'cred-1') => {
		const data: ICredentialDataDecryptedObject = {
			baseUrl: cipp.url,
			tenantId: PARTNER_TENANT,
			clientId: CLIENT_ID,
			clientSecret: CLIENT_SECRET,
			scope: '',
			authority: 'custom',
			customAuthority: entra.url,
			accessToken: '',
			// The simulator enforces no rate limit unless a test sets one (like CIPP before 10.10),
			// so the credential does not pace either; tests of pacing set both.
			rateLimitRequests: 0,
			...overrides,
		};
		runner.saveCredential(id, data);
		return data;
	};
	credential();

	return {
		entra,
		cipp,
		runner,
		credential,
		runCipp: async (parameters, options = {}) =>
			await runner.run('n8n-nodes-cipp-api.cipp', parameters, {
				items: options.items as never,
				settings: options.settings,
				credentialId: options.credentialId,
				cancelAfterMs: options.cancelAfterMs,
				typeVersion: options.typeVersion,
				cancelWhen: options.cancelWhen,
			}),
		reset: () => {
			entra.reset();
			cipp.reset();
			cipp.notification = undefined;
			for (const key of Object.keys(runner.staticData)) delete runner.staticData[key];
			forgetIssuedTokens();
			forgetRateLimiters();
			runner.credentials.preAuthenticationRuns = 0;
			runner.credentials.updates = 0;
			credential();
		},
		close: async () => {
			await cipp.stop();
			await entra.stop();
		},
	};
}

/** Parameters for an operation, with the tenant picked by domain. */
export function op(
	resource: string,
	operation: string,
	parameters: INodeParameters = {},
	tenant?: string,
): INodeParameters {
	return {
		resource,
		operation,
		...(tenant ? { tenant: { __rl: true, mode: 'domain', value: tenant } } : {}),
		...parameters,
	};
}
