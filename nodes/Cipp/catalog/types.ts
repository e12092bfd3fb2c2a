import type { INodeProperties } from 'n8n-workflow';

/**
 * Shape of the catalog: the facts about each CIPP endpoint that the node needs to build a correct
 * request (CatalogEndpoint, from the vendored facts), and the operations the node offers (those
 * facts with our curated words on top). `catalog.generated.ts` holds the operations and the node's
 * parameters, written by `npm run generate`.
 */

export type HttpMethod = 'GET' | 'POST';

export type FieldLocation = 'query' | 'body';

/**
 * How a field is entered and sent:
 * - string/number/boolean/options: a scalar;
 * - list: several values (comma-separated, one per line, or a JSON array);
 * - object / objectList: a JSON object, or an array of objects, whose members CIPP reads;
 * - json: any JSON value CIPP forwards as it is;
 * - jsonText: JSON that CIPP parses itself, so it travels as a string (e.g. RawJSON).
 * With `labelValue`, string/options values travel as `{value,label}` and list values as an array
 * of such objects.
 */
export type FieldKind =
	| 'string'
	| 'number'
	| 'boolean'
	| 'options'
	| 'list'
	| 'object'
	| 'objectList'
	| 'json'
	| 'jsonText';

export interface CatalogField {
	/** The field name CIPP reads, as the spec spells it. */
	name: string;
	/** The n8n parameter name: `name` without characters that do not belong in a parameter name. */
	param: string;
	in: FieldLocation;
	kind: FieldKind;
	/** CIPP reads `field.value`: send `{ value, label }` (or an array of them for a list). */
	labelValue?: true;
	required?: true;
	/** Allowed values (kind 'options') or values seen in CIPP's code (a hint for 'string'). */
	values?: string[];
	/** CIPP reads the field only when another field has one of these values. */
	onlyWhen?: Record<string, string[]>;
	/** Required only when another field has one of these values. */
	requiredWhen?: Record<string, string[]>;
	/** Checked before sending. */
	format?: 'upn' | 'guid' | 'email';
	/** A switch that is off: left out of the request instead of sent as false. */
	omitWhenOff?: true;
	/** The first CIPP release whose handler reads the field (only where newer than the catalog's release). */
	minVersion?: string;
}

/**
 * How the tenant travels: a plain string, a `{value,label}` object, or a list of either
 * (the multi-tenant deployers), or a list of tenant objects.
 */
export type TenantShape = 'string' | 'labelValue' | 'stringList' | 'labelValueList' | 'objectList';

export interface CatalogTenant {
	/** The key the handler reads (`tenantFilter`, `TenantFilter`, `tenantid`, `selectedTenants`, ...). */
	key: string;
	in: FieldLocation;
	shape: TenantShape;
	required: boolean;
	/** Whether the value `AllTenants` makes sense for this endpoint. */
	allTenants: boolean;
	/** CIPP needs the tenant's ID (a GUID); a domain is resolved to it before sending. */
	format?: 'guid';
}

export interface CatalogEndpoint {
	name: string;
	method: HttpMethod;
	/** The spec's tag, e.g. `Identity > Administration > Users`. */
	group: string;
	/** CIPP RBAC permission, e.g. `Identity.User.ReadWrite`. */
	role: string;
	/** The endpoint does not check the tenant against the caller's allowed tenants. */
	anyTenant?: true;
	tenant?: CatalogTenant;
	fields: CatalogField[];
	/** The JSON body is an array: each n8n item becomes one element. */
	bodyIsArray?: true;
	/** The handler forwards the body onward, so fields beyond the listed ones may be read. */
	passthrough?: true;
	/** At least one field of each group is needed. */
	requiredOneOf?: string[][];
	/**
	 * CIPP stores or forwards the whole body: the request carries a template object, whose
	 * members listed here must be present.
	 */
	template?: { requires: string[] };
	/** The first CIPP release that has the endpoint (only where newer than the catalog's release). */
	minVersion?: string;
	/**
	 * Fields the spec lists that the handler never reads: not offered, also where a connected
	 * CIPP's own spec lists them (the generic Custom API Call).
	 */
	unread?: string[];
}

/** The CIPP release a catalog was generated from. */
export interface CatalogSource {
	version: string;
	repository: string;
	commit?: string;
	/** Newer releases of which a few endpoints or fields were read and added (data/additions/). */
	additions?: string[];
}

export interface FieldOption {
	name: string;
	value: string;
	description?: string;
}

export type FieldDefault = string | number | boolean;

/** One CIPP field as the node uses it at run time: the facts, its label and its starting value. */
export interface OperationField extends CatalogField {
	displayName: string;
	/** The value the parameter starts with (also what a top-level field holds when left alone). */
	default: FieldDefault;
	/** For kind 'options': the facts' values, named in our words, in curated order. */
	options?: FieldOption[];
	/** Shown on the node itself (required, or promoted by the curated words), not under Additional Fields. */
	topLevel: boolean;
	/** Set by the node itself (paging), never by the user. */
	managed: boolean;
}

/** A field with the words only the editor shows: its help text and placeholder. */
export interface DescribedField extends OperationField {
	description: string;
	placeholder?: string;
}

/** One operation as the node uses it at run time. */
export interface Operation {
	value: string;
	/** The endpoint's facts apart from its fields (method, tenant, body shape). */
	endpoint: Omit<CatalogEndpoint, 'fields'>;
	resource: string;
	name: string;
	fields: OperationField[];
	tenant?: CatalogTenant;
	/** Groups of CIPP field names of which at least one must be set (and not false). */
	requiredOneOf: string[][];
	/** CIPP stores or forwards the whole body: the user gives it as a JSON template with these members. */
	template?: { requires: string[] };
	/** Offers Return All / Limit. */
	isList: boolean;
	paging: 'graph' | 'array' | 'none';
	/** Named and described in our words (curated/<resource>.ts). */
	curated: boolean;
}

/** An operation with the words only the editor shows; the node's parameters are built from these. */
export interface DescribedOperation extends Omit<Operation, 'fields'> {
	description: string;
	action: string;
	/** A hint the editor shows as a notice with the operation. */
	notice?: string;
	fields: DescribedField[];
}

/** What `npm run generate` writes: the release, every operation, and the node's parameters. */
export interface GeneratedCatalog {
	generated: string;
	source: CatalogSource;
	operations: Operation[];
	properties: INodeProperties[];
	/** The node's canvas subtitle: the operation's name. */
	subtitle: string;
}
