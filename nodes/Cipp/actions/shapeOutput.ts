import type { IDataObject } from 'n8n-workflow';

/**
 * Turns a CIPP answer into n8n items: an array becomes one item per element, `{Results: [...]}`
 * is unwrapped, and action results (plain text, or `{resultText, state, copyField}`) become items
 * that say what happened, with `success` true or false.
 */

export interface ShapedOutput {
	items: IDataObject[];
	/** Texts of results that report failure although the HTTP status was 2xx. */
	softErrors: string[];
}

const FAILURE_TEXT = /^\s*(failed|error)\b/i;

function actionItem(text: string, state?: unknown, extra: IDataObject = {}): IDataObject {
	const normalisedState = typeof state === 'string' && state !== '' ? state : FAILURE_TEXT.test(text) ? 'error' : 'success';
	return { ...extra, resultText: text, state: normalisedState, success: normalisedState !== 'error' };
}

function isActionResult(value: IDataObject): boolean {
	return typeof value.resultText === 'string';
}

function fromElement(element: unknown): IDataObject {
	if (typeof element === 'string') return actionItem(element);
	if (element && typeof element === 'object' && !Array.isArray(element)) {
		const record = element as IDataObject;
		if (isActionResult(record)) {
			const { resultText, state, ...rest } = record;
			return actionItem(String(resultText), state, rest);
		}
		return record;
	}
	if (Array.isArray(element)) return { values: element as IDataObject[] };
	return { value: element as IDataObject[string] };
}

export function shapeOutput(body: unknown): ShapedOutput {
	let items: IDataObject[];
	if (body === undefined || body === null || body === '') {
		items = [{ success: true }];
	} else if (Array.isArray(body)) {
		items = body.map(fromElement);
	} else if (typeof body === 'object') {
		const record = body as IDataObject;
		if ('Results' in record) {
			const { Results: results, ...rest } = record;
			delete rest.Metadata;
			const extras = Object.keys(rest).length > 0 ? rest : undefined;
			if (Array.isArray(results)) items = results.map(fromElement);
			else if (results && typeof results === 'object') items = [fromElement(results)];
			else if (typeof results === 'string') items = [actionItem(results)];
			else items = results === undefined || results === null ? [] : [{ value: results }];
			if (extras) items = items.length > 0 ? items.map((item) => ({ ...item, ...extras })) : [extras];
		} else {
			items = [fromElement(record)];
		}
	} else if (typeof body === 'string') {
		items = [actionItem(body)];
	} else {
		items = [{ value: body as IDataObject[string] }];
	}
	const softErrors = items
		.filter((item) => item.state === 'error' || (typeof item.error === 'string' && Object.keys(item).length <= 2))
		.map((item) => String(item.resultText ?? item.error));
	return { items, softErrors };
}

/** The `Metadata` of a `{Results, Metadata}` answer, if any. */
export function metadataOf(body: unknown): IDataObject | undefined {
	if (body && typeof body === 'object' && !Array.isArray(body)) {
		const metadata = (body as IDataObject).Metadata;
		if (metadata && typeof metadata === 'object' && !Array.isArray(metadata)) return metadata as IDataObject;
	}
	return undefined;
}

const LOADING_TEXT = /loading data for all tenants|data still processing/i;

/**
 * Whether CIPP queued the request instead of answering (AllTenants on a cold cache): either the
 * `Metadata.Queued` flag, or the older placeholder row whose text says data is loading.
 */
export function isQueued(body: unknown): boolean {
	const metadata = metadataOf(body);
	if (metadata && (metadata.Queued === true || (typeof metadata.QueueMessage === 'string' && LOADING_TEXT.test(metadata.QueueMessage)))) {
		const results = (body as IDataObject).Results;
		return !Array.isArray(results) || results.length === 0;
	}
	if (Array.isArray(body) && body.length === 1 && body[0] && typeof body[0] === 'object') {
		return Object.values(body[0] as IDataObject).some((value) => typeof value === 'string' && LOADING_TEXT.test(value));
	}
	return false;
}
