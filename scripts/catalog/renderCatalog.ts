import type { INodeProperties } from 'n8n-workflow';

import type { CatalogSource, GeneratedCatalog, Operation } from '../../nodes/Cipp/catalog/types';

/**
 * The generated catalog as JSON: the node loads it with one JSON.parse, which V8 does several
 * times faster than compiling the same data as code. One operation or parameter per line keeps
 * diffs readable.
 */
export function renderCatalog(
	source: CatalogSource,
	operations: readonly Operation[],
	properties: readonly INodeProperties[],
	subtitle: string,
): string {
	const head: Pick<GeneratedCatalog, 'generated' | 'source'> = {
		generated: 'GENERATED FILE, do not edit: npm run generate (the vendored facts in data/ with the words in curated/)',
		source,
	};
	const list = (items: readonly unknown[]) => items.map((item) => JSON.stringify(item)).join(',\n');
	return `${JSON.stringify(head).slice(0, -1)},\n"subtitle":${JSON.stringify(subtitle)},\n"operations":[\n${list(operations)}\n],\n"properties":[\n${list(properties)}\n]}\n`;
}
