import type { FieldKind } from './types';

/** Our improvements to one field: names, help text, pickers and defaults. */
export interface CuratedField {
	displayName?: string;
	description?: string;
	placeholder?: string;
	/** Default shown to the user (top-level fields) or when the field is added. */
	default?: string | number | boolean;
	/** A fixed list to pick from (the value sent is the option's value). */
	options?: Array<{ name: string; value: string; description?: string }>;
	/** Override the generated kind, e.g. a query flag CIPP compares with 'true'. */
	kind?: FieldKind;
	/** Promote an optional field to a top-level required one (or demote with false). */
	required?: boolean;
	/** Checked before sending: a user principal name (has @) or a GUID. */
	format?: 'upn' | 'guid';
	/** The node sets this field itself (paging, queue ids): not shown to the user. */
	managed?: boolean;
}

export interface CuratedEndpoint {
	/** Operation name in plain words, Title Case, without the resource ("Reset Password"). */
	name: string;
	/** What it does, in one sentence. */
	description: string;
	/** Move the operation to another resource than its CIPP area. */
	resource?: string;
	fields?: Record<string, CuratedField>;
	/** Offer or withhold "All Tenants" in the tenant picker. */
	allTenants?: boolean;
	/** Groups of fields of which at least one must be set (and not false), checked before sending. */
	requireOneOf?: string[][];
	/** How Return All / Limit work: 'graph' pages with manualPagination and Metadata.nextLink. */
	paging?: 'graph' | 'none';
}
