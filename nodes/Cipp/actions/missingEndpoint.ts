import { NodeApiError } from 'n8n-workflow';
import type { IDataObject } from 'n8n-workflow';

import { CATALOG_SOURCE, findOperation } from '../catalog';
import { InstanceCache, perInstance } from '../../shared/cipp/instanceCache';
import { cippRequest, currentSecrets } from '../../shared/cipp/transport/cippRequest';
import type { CippContext, CippRequest } from '../../shared/cipp/transport/cippRequest';
import { cippError, isMissingEndpointAnswer } from '../../shared/cipp/transport/errors';

/**
 * When CIPP's router says it has no such endpoint, the user needs to know whether their CIPP is
 * too old, too new or the name is wrong. This asks the instance its version (GetVersion, once per
 * instance and ten minutes) and says which, in place of the bare 404.
 */

export interface CippVersions {
	/** The connected CIPP's API version. */
	running?: string;
	/** The newest CIPP release, as the instance reads it from GitHub. */
	latest?: string;
}

export const INSTANCE_VERSIONS = new InstanceCache<CippVersions>(4, 10 * 60 * 1000);

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

async function fetchVersions(context: CippContext, request: CippRequest): Promise<CippVersions> {
	const response = await cippRequest.call(context, {
		endpoint: 'GetVersion',
		method: 'GET',
		// CIPP compares the caller's version with the newest release and fails on an empty one.
		qs: { LocalVersion: CATALOG_SOURCE.version },
		isRead: true,
		itemIndex: request.itemIndex,
		timeoutMs: Math.min(request.timeoutMs ?? 60_000, 60_000),
	});
	const body = (response.body ?? {}) as IDataObject;
	return { running: text(body.LocalCIPPAPIVersion), latest: text(body.RemoteCIPPAPIVersion) };
}

/** `10.8.2` → [10, 8, 2]; a leading `v` and anything after the numbers are ignored. */
function versionParts(version: string): number[] {
	return (/^v?(\d+(?:\.\d+)*)/i.exec(version)?.[1] ?? '').split('.').filter(Boolean).map(Number);
}

export function compareVersions(a: string, b: string): number {
	const left = versionParts(a);
	const right = versionParts(b);
	for (let index = 0; index < Math.max(left.length, right.length); index += 1) {
		const difference = (left[index] ?? 0) - (right[index] ?? 0);
		if (difference !== 0) return difference;
	}
	return 0;
}

/** What to say about an endpoint the connected CIPP does not have, given what is known of versions. */
export function missingEndpointMessage(endpoint: string, versions: CippVersions): { message: string; description: string } {
	const operation = findOperation(endpoint);
	const known = operation !== undefined;
	// An endpoint newer than the catalog's release (the vendored additions) names its own first release.
	const built = operation?.endpoint.minVersion ?? CATALOG_SOURCE.version;
	const { running, latest } = versions;
	const pick = 'Custom API Call lists the endpoints your CIPP offers.';
	if (running === undefined) {
		return {
			message: `This CIPP has no endpoint ${endpoint} (its version could not be read)`,
			description: `${known ? `CIPP ${built} has it; your CIPP may be older or newer.` : 'Check the name: endpoint names are case-sensitive.'} ${pick}`,
		};
	}
	if (known && compareVersions(running, built) < 0) {
		return {
			message: `This CIPP (${running}) has no endpoint ${endpoint}; it needs CIPP ${built} or later`,
			description: `Update CIPP${latest ? ` (the latest release is ${latest})` : ''}, or use an operation your release offers. ${pick}`,
		};
	}
	if (known) {
		return {
			message: `This CIPP (${running}) has no endpoint ${endpoint}; CIPP ${built} had it, your release no longer does`,
			description: `Check CIPP's release notes for what replaced it. ${pick}`,
		};
	}
	if (latest !== undefined && compareVersions(running, latest) < 0) {
		return {
			message: `This CIPP (${running}) has no endpoint ${endpoint}; it may need a newer release (the latest is ${latest})`,
			description: `Update CIPP, or check the name: endpoint names are case-sensitive. ${pick}`,
		};
	}
	return {
		message: `This CIPP (${running}) has no endpoint ${endpoint}`,
		description: `Your CIPP is the newest release, so check the name: endpoint names are case-sensitive. ${pick}`,
	};
}

/**
 * The error to report for a failed request: the versioned one when CIPP's router did not know the
 * endpoint, otherwise the error as it is. Reading the version may itself fail; the message then
 * says so instead of hiding the original answer.
 */
export async function explainMissingEndpoint(context: CippContext, error: unknown, request: CippRequest): Promise<unknown> {
	if (!(error instanceof NodeApiError) || !isMissingEndpointAnswer(error.httpCode ?? undefined, error.context.cippResponse)) return error;
	let versions: CippVersions = {};
	try {
		versions = await perInstance(INSTANCE_VERSIONS, context, async () => await fetchVersions(context, request));
	} catch {
		versions = {};
	}
	const { message, description } = missingEndpointMessage(request.endpoint, versions);
	return cippError(context.getNode(), {
		message,
		description,
		httpCode: 404,
		body: String(error.context.cippResponse),
		itemIndex: request.itemIndex,
		endpoint: request.endpoint,
		secrets: currentSecrets(context),
	});
}
