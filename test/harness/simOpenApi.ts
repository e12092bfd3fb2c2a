import { loadReleaseWithAdditions } from '../../scripts/catalog/releaseAdditions';
import type { SpecEndpoint, SpecShape } from '../../scripts/catalog/releaseTypes';
import { CONTRACT_RELEASE } from './cippContract';
import type { ContractEndpoint, ContractField } from './cippContract';
import type { CippSimulator, Handler } from './cippSimulator';

/**
 * The simulated CIPP's endpoint list as a CIPP 10.10+ serves it: ListOpenApiSpec answers with an
 * OpenAPI 3.1 document in CIPP's format, built from the vendored facts of the newest release plus
 * what a test adds (endpoints with fields and a handler that judges them) and minus what it
 * removes (which then get CIPP's unknown-endpoint answer). The spec can also be missing, as on a
 * deployment without it, and GetVersion reports a version the test sets.
 */

export interface SimField {
	name: string;
	in: 'query' | 'body';
	/** labelValue: `{value,label}`; list: an array of text (or of `{value,label}` with `labelValue`). */
	type: 'string' | 'boolean' | 'integer' | 'number' | 'labelValue' | 'list' | 'object';
	required?: boolean;
	enum?: string[];
	/** For list: each element is a `{value,label}` object. */
	labelValue?: boolean;
}

export interface SimEndpoint {
	name: string;
	method: 'GET' | 'POST';
	tag?: string;
	role?: string;
	fields: SimField[];
	/** Answers a request that passed the contract; without one the simulator's default answers. */
	handler?: Handler;
}

type Json = Record<string, unknown>;

/** What an older deployment (or one without the generated file) answers. */
export const SPEC_NOT_FOUND = { Results: 'OpenAPI specification not found. Rebuild or redeploy CIPP to include it.' };

let vendored: Record<string, SpecEndpoint> | undefined;
const vendoredEndpoints = () => (vendored ??= loadReleaseWithAdditions(CONTRACT_RELEASE).spec.endpoints);

function schemaOf(shape: SpecShape): Json {
	if (shape.type === 'labelValue') return { $ref: '#/components/schemas/LabelValue' };
	const schema: Json = { type: shape.type };
	if (shape.items) schema.items = schemaOf(shape.items);
	if (shape.properties) schema.properties = Object.fromEntries(Object.entries(shape.properties).map(([name, child]) => [name, schemaOf(child)]));
	if (shape.required) schema.required = shape.required;
	if (shape.enum) schema.enum = shape.enum;
	if (shape.observed) schema['x-cipp-observed-values'] = shape.observed;
	if (shape.passthrough) Object.assign(schema, { additionalProperties: true, 'x-cipp-passthrough': true });
	return schema;
}

function shapeOfField(field: SimField): SpecShape {
	switch (field.type) {
		case 'list':
			return { type: 'array', items: { type: field.labelValue ? 'labelValue' : 'string' } };
		case 'object':
			return { type: 'object', properties: {} };
		default:
			return field.enum ? { type: field.type, enum: field.enum } : { type: field.type };
	}
}

/** A test's endpoint in the vendored facts' form, so both kinds are written out the same way. */
function specOf(endpoint: SimEndpoint): SpecEndpoint {
	const body = endpoint.fields.filter((field) => field.in === 'body');
	const spec: SpecEndpoint = {
		method: endpoint.method,
		tag: endpoint.tag ?? 'CIPP > Core',
		role: endpoint.role ?? 'CIPP.Core.Read',
		query: endpoint.fields
			.filter((field) => field.in === 'query')
			.map((field) => ({ name: field.name, ...(field.required ? { required: true as const } : {}), shape: shapeOfField(field) })),
	};
	if (body.length > 0) {
		spec.body = { type: 'object', properties: Object.fromEntries(body.map((field) => [field.name, shapeOfField(field)])) };
		const required = body.filter((field) => field.required).map((field) => field.name);
		if (required.length > 0) spec.body.required = required;
	}
	return spec;
}

function pathItem(name: string, spec: SpecEndpoint): Json {
	// A required tenantFilter goes through the shared parameter, as CIPP writes it.
	const parameters = spec.query.map((field) =>
		field.name === 'tenantFilter' && field.required
			? { $ref: '#/components/parameters/tenantFilter' }
			: { name: field.name, in: 'query', required: field.required === true, schema: schemaOf(field.shape) },
	);
	const operation: Json = { summary: name, operationId: name, tags: [spec.tag], parameters, responses: { '200': { description: 'Success' } }, 'x-cipp-role': spec.role };
	if (spec.anyTenant) operation['x-cipp-any-tenant'] = true;
	if (spec.body) operation.requestBody = { required: true, content: { 'application/json': { schema: schemaOf(spec.body) } } };
	return { [spec.method.toLowerCase()]: operation };
}

/** How the simulator judges a test's endpoint: the contract's form of its fields. */
function contractOf(endpoint: SimEndpoint): ContractEndpoint {
	const fields = new Map<string, ContractField>();
	for (const field of endpoint.fields) {
		const list = field.type === 'list';
		const kinds: Partial<Record<SimField['type'], ContractField['kind']>> = { boolean: 'boolean', integer: 'number', number: 'number', object: 'object', list: 'list' };
		fields.set(field.name.toLowerCase(), {
			name: field.name,
			query: field.in === 'query',
			body: field.in === 'body',
			required: field.required === true,
			labelValue: field.type === 'labelValue' || (list && field.labelValue === true),
			list,
			kind: field.enum ? 'options' : kinds[field.type],
			values: field.enum,
			mustOmitFalse: false,
		});
	}
	return {
		name: endpoint.name,
		method: endpoint.method,
		role: endpoint.role ?? 'CIPP.Core.Read',
		anyTenant: true,
		fields,
		tenantRequired: false,
		tenantIsGuid: false,
		requiredOneOf: [],
		tag: endpoint.tag ?? 'CIPP > Core',
	};
}

export class SimOpenApi {
	/** The CIPP release GetVersion reports (LocalCIPPAPIVersion). */
	version = CONTRACT_RELEASE;

	/** The newest release, as the instance reads it from GitHub (RemoteCIPPAPIVersion); defaults to `version`. */
	latest: string | undefined;

	/** false: ListOpenApiSpec answers 404 like a deployment without the spec. */
	served = true;

	private readonly added = new Map<string, SimEndpoint>();

	private readonly removed = new Set<string>();

	constructor(private readonly sim: CippSimulator) {
		sim.handlers.set('GetVersion', ({ query }) => ({ status: 200, body: this.versionAnswer(query) }));
		this.reset();
	}

	reset(): void {
		for (const name of this.added.keys()) this.sim.handlers.delete(name);
		this.added.clear();
		this.removed.clear();
		this.version = CONTRACT_RELEASE;
		this.latest = undefined;
		this.served = true;
		this.add({ name: 'ListOpenApiSpec', method: 'GET', fields: [], handler: () => (this.served ? { status: 200, body: this.document() } : { status: 404, body: SPEC_NOT_FOUND }) });
	}

	/** Endpoints the instance has beyond the vendored release (a newer CIPP). */
	add(...endpoints: SimEndpoint[]): this {
		for (const endpoint of endpoints) {
			this.removed.delete(endpoint.name);
			this.added.set(endpoint.name, endpoint);
			if (endpoint.handler) this.sim.handlers.set(endpoint.name, endpoint.handler);
		}
		return this;
	}

	/** Endpoints the instance lacks: left out of its spec and answered with CIPP's unknown-endpoint 404. */
	remove(...names: string[]): this {
		for (const name of names) this.removed.add(name);
		return this;
	}

	/** The endpoint as the simulator's router sees it, or undefined when this instance has none of that name. */
	endpoint(name: string): ContractEndpoint | undefined {
		if (this.removed.has(name)) return undefined;
		const added = this.added.get(name);
		return added ? contractOf(added) : this.sim.contract.get(name);
	}

	/** The OpenAPI document ListOpenApiSpec serves. */
	document(): Json {
		const paths: Json = {};
		const entries: Array<[string, SpecEndpoint]> = [
			...Object.entries(vendoredEndpoints()),
			...[...this.added.values()].map((endpoint): [string, SpecEndpoint] => [endpoint.name, specOf(endpoint)]),
		];
		for (const [name, spec] of entries) {
			if (!this.removed.has(name)) paths[`/api/${name}`] = pathItem(name, spec);
		}
		return {
			openapi: '3.1.0',
			info: { title: 'CIPP API', version: 'auto' },
			components: {
				schemas: {
					LabelValue: { type: 'object', properties: { label: { type: 'string' }, value: { type: 'string' } }, required: ['value'] },
				},
				parameters: {
					tenantFilter: { name: 'tenantFilter', in: 'query', required: true, schema: { type: 'string' } },
				},
			},
			paths,
		};
	}

	private versionAnswer(query: Record<string, unknown>): Json {
		const latest = this.latest ?? this.version;
		const older = (a: string, b: string) => a.localeCompare(b, undefined, { numeric: true }) < 0;
		const local = typeof query.LocalVersion === 'string' ? query.LocalVersion : null;
		return {
			LocalCIPPVersion: local,
			RemoteCIPPVersion: latest,
			LocalCIPPAPIVersion: this.version,
			RemoteCIPPAPIVersion: latest,
			OutOfDateCIPP: local !== null && older(local, latest),
			OutOfDateCIPPAPI: older(this.version, latest),
		};
	}
}

/**
 * Three endpoints a newer CIPP has and the package does not (stand-ins: real names of CIPP 10.10,
 * fields made up for the tests), with handlers that answer from what they were sent.
 */
export function newerEndpoints(): SimEndpoint[] {
	return [
		{
			name: 'ExecJITAdminRequestDecision',
			method: 'POST',
			tag: 'Identity > Administration > Roles',
			role: 'Identity.Role.ReadWrite',
			fields: [
				{ name: 'tenantFilter', in: 'body', type: 'string', required: true },
				{ name: 'RequestIds', in: 'body', type: 'list', required: true },
				{ name: 'Approve', in: 'body', type: 'boolean' },
				{ name: 'Reason', in: 'body', type: 'labelValue' },
			],
			handler: ({ body }) => {
				const ids = body.RequestIds as string[];
				return { status: 200, body: { Results: `Decided ${ids.length} requests for ${String(body.tenantFilter)}` } };
			},
		},
		{
			name: 'ListServiceHealthIssues',
			method: 'GET',
			tag: 'Tenant > Reports',
			role: 'Tenant.Administration.Read',
			fields: [
				{ name: 'tenantFilter', in: 'query', type: 'string', required: true },
				{ name: 'IncludeResolved', in: 'query', type: 'boolean' },
				{ name: 'Days', in: 'query', type: 'integer' },
			],
			handler: ({ query }) => ({
				status: 200,
				body: [
					{ Id: 'EX1001', Service: 'Exchange Online', Status: 'serviceDegradation', Tenant: query.tenantFilter, Days: Number(query.Days ?? 7) },
					{ Id: 'TM2002', Service: 'Microsoft Teams', Status: 'serviceRestored', Tenant: query.tenantFilter, Days: Number(query.Days ?? 7) },
				],
			}),
		},
		{
			name: 'ExecPIMRoleAssignment',
			method: 'POST',
			tag: 'Identity > Administration > Roles',
			role: 'Identity.Role.ReadWrite',
			fields: [
				{ name: 'tenantFilter', in: 'body', type: 'string', required: true },
				{ name: 'userId', in: 'body', type: 'string', required: true },
				{ name: 'roleDefinitionId', in: 'body', type: 'string', required: true },
				{ name: 'Duration', in: 'body', type: 'string', enum: ['PT1H', 'PT4H', 'PT8H'] },
				{ name: 'justification', in: 'body', type: 'string' },
			],
			handler: ({ body }) => ({ status: 200, body: { Results: `Activated ${String(body.roleDefinitionId)} for ${String(body.userId)} (${String(body.Duration ?? 'PT1H')})` } }),
		},
	];
}
