/**
 * Our words for one CIPP endpoint: the operation's name and description, and each field's label,
 * help text and defaults. Facts (kinds, required flags, allowed values) live in the vendored
 * handler facts of the release (catalog/data/cipp-<version>/handlers/); this layer only says
 * how they are presented.
 */

export interface CuratedOption {
	name: string;
	description?: string;
}

export interface CuratedField {
	/** Title Case label. */
	displayName: string;
	/** What the field does, in one short sentence (booleans start with "Whether"). */
	description: string;
	/** Starts with "e.g.". */
	placeholder?: string;
	default?: string | number | boolean;
	/** Display names for the allowed values (keyed by the value sent), in the order to show them. */
	options?: Record<string, string | CuratedOption>;
	/** Show the field on the node itself, not under "Add Field", although it is optional. */
	promote?: true;
	managed?: never;
}

/** A field the node sets itself (paging, queue IDs): never shown, so nothing to say about it. */
export interface ManagedField {
	managed: true;
}


export interface CuratedEndpoint {
	/** Title Case, without the resource: "Reset Password", "Get Many Users". */
	name: string;
	/** One sentence: what it changes or returns, side effects, prerequisites. */
	description: string;
	/** Another resource than the one CIPP's area maps to. */
	resource?: string;
	/** How Return All / Limit page: 'graph' follows CIPP's Graph paging. */
	paging?: 'graph' | 'none';
	/** A hint shown on the node with the operation (how to use it well), one sentence or two. */
	notice?: string;
	/** Every field of the endpoint, keyed by the CIPP field name. */
	fields: Record<string, CuratedField | ManagedField>;
}

export type CuratedResource = Record<string, CuratedEndpoint>;
