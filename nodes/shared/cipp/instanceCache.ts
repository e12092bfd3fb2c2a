import { createHash } from 'crypto';

import { cippApiRoot } from '../../../credentials/cippApiUrl';
import type { CippContext } from './transport/cippRequest';

/**
 * Facts about a connected CIPP (its spec, its version) kept in memory, so the editor's lists and
 * every run do not fetch them again. Bounded twice: a few instances at most (the least recently
 * used goes first) and a time limit, after which the next use fetches again (CIPP may have been
 * updated). Concurrent uses of one instance share one fetch; a failed fetch is not kept.
 */

interface Entry<T> {
	value: Promise<T>;
	expires: number;
}

export class InstanceCache<T> {
	private readonly entries = new Map<string, Entry<T>>();

	/** The time source; tests move it instead of waiting. */
	clock: () => number = () => Date.now();

	constructor(
		readonly maxInstances: number,
		readonly ttlMs: number,
	) {}

	get size(): number {
		return this.entries.size;
	}

	clear(): void {
		this.entries.clear();
	}

	async get(key: string, load: () => Promise<T>): Promise<T> {
		const now = this.clock();
		const cached = this.entries.get(key);
		this.entries.delete(key);
		if (cached && cached.expires > now) {
			// Re-inserted: a Map keeps insertion order, so the first key is the least recently used.
			this.entries.set(key, cached);
			return await cached.value;
		}
		const entry: Entry<T> = { value: load(), expires: now + this.ttlMs };
		this.entries.set(key, entry);
		entry.value.catch(() => {
			if (this.entries.get(key) === entry) this.entries.delete(key);
		});
		while (this.entries.size > this.maxInstances) {
			const oldest = this.entries.keys().next().value;
			if (oldest === undefined) break;
			this.entries.delete(oldest);
		}
		return await entry.value;
	}
}

/**
 * Which CIPP and API client a context talks to, as a digest: the key keeps no secret, yet a
 * credential with another secret (or another client, tenant or URL) gets its own entry, so a
 * wrong secret never reads what a right one fetched. Undefined when the credential cannot be
 * read; the request itself then reports why.
 */
export async function instanceKey(context: CippContext): Promise<string | undefined> {
	try {
		const data = await context.getCredentials('cippApi');
		const identity = [cippApiRoot(data.baseUrl), data.tenantId, data.clientId, data.clientSecret].map((part) => String(part ?? ''));
		return createHash('sha256').update(JSON.stringify(identity)).digest('hex');
	} catch {
		return undefined;
	}
}

/** The cached value for the context's instance; loaded without caching when the instance is unknown. */
export async function perInstance<T>(cache: InstanceCache<T>, context: CippContext, load: () => Promise<T>): Promise<T> {
	const key = await instanceKey(context);
	return key === undefined ? await load() : await cache.get(key, load);
}
