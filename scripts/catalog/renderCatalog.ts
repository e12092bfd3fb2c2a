import type { CatalogEndpoint, CatalogSource } from '../../nodes/Cipp/catalog/types';

/** The generated catalog as TypeScript: one line per endpoint head, one per field. */
export function renderCatalog(catalog: CatalogEndpoint[], source: CatalogSource): string {
	const lines: string[] = [];
	lines.push('// GENERATED FILE, do not edit. Re-create it with `npm run generate`');
	lines.push('// (scripts/generate-catalog.ts reads the vendored facts in nodes/Cipp/catalog/data/).');
	lines.push("import type { CatalogEndpoint, CatalogSource } from './types';");
	lines.push('');
	lines.push(`export const CATALOG_SOURCE: CatalogSource = ${JSON.stringify(source)};`);
	lines.push('');
	lines.push('export const GENERATED_ENDPOINTS: readonly CatalogEndpoint[] = [');
	for (const endpoint of catalog) {
		const { fields, ...head } = endpoint;
		const headText = JSON.stringify(head);
		if (fields.length === 0) {
			lines.push(`\t${headText.slice(0, -1)},"fields":[]},`);
			continue;
		}
		lines.push(`\t${headText.slice(0, -1)},"fields":[`);
		for (const field of fields) lines.push(`\t\t${JSON.stringify(field)},`);
		lines.push('\t]},');
	}
	lines.push('];');
	lines.push('');
	return lines.join('\n');
}
