/**
 * The vendored facts of one CIPP release (nodes/Cipp/catalog/data/cipp-<version>/): what the
 * generator, the simulator and the tests read instead of CIPP's own spec and source.
 */

import type { SpecShape } from '../../nodes/Cipp/catalog/specShape';

export type { SpecShape };

export interface SpecQueryField {
	name: string;
	required?: true;
	shape: SpecShape;
}

export interface SpecEndpoint {
	method: 'GET' | 'POST';
	/** CIPP's area, e.g. `Identity > Administration > Users`. */
	tag: string;
	/** CIPP RBAC permission. */
	role: string;
	anyTenant?: true;
	query: SpecQueryField[];
	body?: SpecShape;
	/** CIPP helpers the spec generator followed to find the fields. */
	readsVia?: string[];
}

export interface ReleaseSpec {
	cipp: { version: string; repository: string; commit?: string };
	endpoints: Record<string, SpecEndpoint>;
}

/** Where in a handler a fact was seen: a path below `HTTP Functions/` and line numbers. */
export interface Evidence {
	file: string;
	lines: number[];
}

export interface ReleaseCorrection {
	/** What the handler's reads support: GET (query only), POST (body), either. */
	method: 'GET' | 'POST' | 'either';
	specMethod: string;
	bodyOnly?: true;
	queryOnly?: true;
	addFields: Array<{
		name: string;
		in: 'query' | 'body' | 'either';
		kind: 'string' | 'boolean' | 'list' | 'json' | 'labelValue' | 'labelValueOptional';
		required?: true;
	}>;
	/** Fields that must travel as `{value}` objects although the spec says plain. */
	labelValueFix?: string[];
	/** Fields that are objects (or arrays of them), with the members the handler reads. */
	shapeFix?: Record<string, string[]>;
	requiredInPractice?: string[];
	requiredOneOf?: string[][];
	/** Fields required in one branch only. */
	requiredWhen?: string[];
	dropFields?: string[];
	tenantKey?: { name: string; in: 'query' | 'body' | 'either'; labelValue?: boolean | 'optional' };
	evidence: Evidence;
}

export type ReleaseCorrections = Record<string, ReleaseCorrection>;

/**
 * How a handler really uses a field, read from its code (and the helpers it calls):
 * - string, number, boolean: a scalar (boolean: a truthiness test or a `[bool]` cast; number: an
 *   `[int]` cast or a numeric comparison);
 * - options: one of `values` (the handler switches on them, or the API it calls accepts only them);
 * - list: several plain values (the handler iterates or splits them);
 * - labelValue / labelValueList: `{value,label}` objects, one or several (the handler reads `.value`);
 * - object / objectList: a JSON object, or an array of objects whose members the handler reads;
 * - json: any JSON value the handler forwards as it is;
 * - jsonText: JSON that the handler parses itself, so it travels as a string.
 */
export type HandlerKind =
	| 'string'
	| 'number'
	| 'boolean'
	| 'options'
	| 'list'
	| 'labelValue'
	| 'labelValueList'
	| 'object'
	| 'objectList'
	| 'json'
	| 'jsonText';

export interface HandlerField {
	kind: HandlerKind;
	/** Only when the spec's location is wrong. */
	in?: 'query' | 'body';
	/** true: without it the handler fails or does nothing; false: optional although the spec says required. */
	required?: boolean;
	/** For options: every value the handler accepts. For string/list: the usual values (a hint). */
	values?: string[];
	/** The handler reads the field only when another field has one of these values. */
	onlyWhen?: Record<string, string[]>;
	/** Required only when another field has one of these values. */
	requiredWhen?: Record<string, string[]>;
	/** Checked before sending. */
	format?: 'upn' | 'guid' | 'email';
	/**
	 * Booleans: what a switch that is off sends. Default: JSON false in a body, nothing in a query
	 * string (where any text, 'false' included, passes a truthiness test). 'omit' in a body when the
	 * handler treats a present false as on; 'send' in a query when absence means on.
	 */
	whenOff?: 'omit' | 'send';
	/** labelValue fields the handler reads as `X.value ?? X`: a plain value works too. */
	acceptsPlain?: true;
	/** The handler reads it but neither the spec nor the audit lists it. */
	added?: true;
	/** Listed by the spec but never read: not offered. */
	unused?: true;
	/** Why, with the line: "truthiness test at line 40", "[bool] cast at line 12". */
	evidence?: string;
	/** Set by an additions file: the first CIPP release whose handler reads the field. */
	minVersion?: string;
}

export interface HandlerTenant {
	key?: string;
	in?: 'query' | 'body';
	shape?: 'string' | 'labelValue' | 'stringList' | 'labelValueList' | 'objectList';
	required?: boolean;
	/** Whether the handler does something useful with `AllTenants`. */
	allTenants?: boolean;
	/** The handler needs the tenant's ID (GUID) rather than its domain. */
	format?: 'guid';
	/** The handler reads no tenant at all. */
	none?: true;
	evidence?: string;
}

export interface HandlerEndpoint {
	/** The handler file, below `Modules/CIPPHTTP/Public/Entrypoints/HTTP Functions/`. */
	handler: string;
	/** Only when the spec's method is wrong. */
	method?: 'GET' | 'POST';
	/** The handler stores or forwards the whole body: the request must carry the template itself. */
	template?: { requires: string[]; evidence: string };
	tenant?: HandlerTenant;
	/** Every field the handler reads, by the name the spec (or the handler) spells it. */
	fields: Record<string, HandlerField>;
	requiredOneOf?: string[][];
	/** Endpoint-level findings: side effects, prerequisites, why a judgement was made. */
	evidence?: string;
	/** Lines of the analyzer's disagreement report that are expected, with the reason. */
	analyzerExceptions?: Record<string, string>;
	/** Set by an additions file: the first CIPP release that has the endpoint. */
	minVersion?: string;
}

export type HandlerFacts = Record<string, HandlerEndpoint>;

/**
 * Facts of a few endpoints of a newer CIPP release than the one vendored in full
 * (data/additions/cipp-<version>.json): the endpoints the node offers ahead of a full upgrade,
 * read from that release's handlers. Merged over the vendored release by releaseData.ts; a full
 * vendored release of the same or a later version makes the file redundant and it is ignored.
 */
export interface AddedEndpoint {
	/** The first release with the endpoint, or (with `extends`) the first that reads the fields listed. */
	minVersion: string;
	/**
	 * The vendored release has the endpoint already: these facts extend it. Fields it did not read
	 * get `minVersion`; facts of fields it did read are updated (they hold for both releases).
	 */
	extends?: true;
	method: 'GET' | 'POST';
	/** CIPP's area (the spec's tag, from the handler's folder); needed for a new endpoint. */
	tag?: string;
	/** CIPP RBAC permission (the handler's .ROLE). */
	role: string;
	/** The handler's .FUNCTIONALITY lists AnyTenant. */
	anyTenant?: true;
	/** The handler file, below the additions file's `handlerRoot`. */
	handler: string;
	/** The commit the handler file was read at, where the source showed it. */
	commit?: string;
	tenant?: HandlerTenant;
	fields: Record<string, HandlerField>;
	requiredOneOf?: string[][];
	/** The lines that show the role, the tenant handling and what the handler does. */
	evidence: string;
}

export interface ReleaseAdditions {
	cipp: {
		/** The release the handlers were read in. */
		version: string;
		repository: string;
		/** Folder of the HTTP handlers in that repository. */
		handlerRoot: string;
		/** Where the text was read when not from a checkout of `repository` (line numbers are the same). */
		readFrom?: string;
	};
	/** What the file covers, and that the rest of the release is not vendored. */
	scope: string;
	endpoints: Record<string, AddedEndpoint>;
}
