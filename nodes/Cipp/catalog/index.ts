import catalog from './catalog.generated.json';
import type { GeneratedCatalog, Operation } from './types';

export { fieldNamed } from './fieldNamed';
export type { FieldOption, Operation, OperationField } from './types';

/**
 * The catalog the node works from, as `npm run generate` resolved it: every endpoint's facts
 * with our curated words on top (see resolveOperations.ts). Loaded once; everything else looks
 * operations up here.
 */

// Typed by hand: the file is written by the generator from these types.
const CATALOG = catalog as unknown as GeneratedCatalog;

export const CATALOG_SOURCE = CATALOG.source;

export const OPERATIONS: ReadonlyMap<string, Operation> = new Map(CATALOG.operations.map((operation) => [operation.value, operation]));

/** The node's parameters and canvas subtitle, generated from the same operations (description/index.ts). */
export const NODE_PROPERTIES = CATALOG.properties;

export const NODE_SUBTITLE = CATALOG.subtitle;

export function findOperation(value: string): Operation | undefined {
	return OPERATIONS.get(value);
}
