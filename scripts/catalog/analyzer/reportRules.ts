/**
 * Where the analysis of a handler and the committed facts disagree. Each disagreement has a stable
 * id (`Field:kind`, `Field:required`, `template`, ...) that the facts can accept in
 * `analyzerExceptions` with a reason.
 */
import type { HandlerKind } from '../releaseTypes';
import type { EndpointAnalysis, FieldAnalysis, FieldUse } from './analysisTypes';
import type { CommittedEndpoint, CommittedField } from './committedFacts';

export type Category =
	| 'unlisted'
	| 'unread'
	| 'unreadForwarded'
	| 'used'
	| 'location'
	| 'boolean'
	| 'labelValue'
	| 'list'
	| 'jsonText'
	| 'number'
	| 'values'
	| 'required'
	| 'template';

export interface Disagreement {
	endpoint: string;
	/** Stable within the endpoint: the key of an `analyzerExceptions` entry. */
	id: string;
	category: Category;
	message: string;
}

const BOOLEAN_TYPES = new Set(['bool', 'boolean', 'switch', 'system.boolean', 'system.management.automation.switchparameter']);
const NUMBER_TYPES = new Set(['int', 'int32', 'int64', 'long', 'double', 'decimal', 'float', 'single', 'byte', 'uint32', 'uint64', 'system.int32', 'system.int64']);
const SCALAR_KINDS = new Set<HandlerKind>(['string', 'number', 'boolean', 'options', 'labelValue', 'object', 'jsonText']);
const BOOLEAN_LITERALS = new Set(['$true', '$false', 'true', 'false']);
const VALUE_COMPARISONS = new Set(['eq', 'ne', 'in', 'notin', 'contains', 'notcontains']);
/**
 * Helpers every handler calls to check access: they read the tenant (under several names) for RBAC,
 * which says nothing about the endpoint's own fields.
 */
const ACCESS_CHECKS = new Set(['test-cippaccess', 'test-cippapiclientrolegrant']);

/** The field's uses, less those inside the access checks. */
function withoutAccessChecks(analysis: FieldAnalysis): FieldAnalysis {
	return { ...analysis, uses: analysis.uses.filter((use) => !use.via?.some((helper) => ACCESS_CHECKS.has(helper.toLowerCase()))) };
}

/** Whole-body uses that hand the body on as a whole (a template, a task, a forwarded object). */
const FORWARDING_USES = new Set(['helper', 'stored', 'jsonSerialize', 'splat']);

/** Where a use is: `line 40` in the handler, `Set-CIPPX line 12` inside a helper. */
export function where(use: FieldUse): string {
	return use.via?.length ? `${use.via.at(-1)} line ${use.line}` : `line ${use.line}`;
}

function describeKind(field: CommittedField): string {
	const from = field.kindFrom === 'facts' ? 'facts say' : field.kindFrom === 'spec' ? 'the spec says' : 'the corrections say';
	return `${from} kind ${field.kind}`;
}

/** Uses of the field's own value (not of a member below it). */
function direct(uses: FieldUse[]): FieldUse[] {
	return uses.filter((use) => use.path === undefined);
}

function typesOf(use: FieldUse): string[] {
	if (use.use === 'cast' && use.cast) return [use.cast];
	return use.use === 'helper' ? (use.parameterTypes ?? []) : [];
}

function booleanEvidence(analysis: FieldAnalysis): string | undefined {
	const uses = direct(analysis.uses);
	const strong = uses.find((use) => typesOf(use).some((type) => BOOLEAN_TYPES.has(type))
		|| (use.use === 'compare' && (use.operator === 'eq' || use.operator === 'ne') && use.literals?.some((literal) => BOOLEAN_LITERALS.has(literal.toLowerCase()))));
	if (strong) {
		if (strong.use === 'compare') return `handler compares it with ${strong.literals?.join(', ')} (${where(strong)})`;
		if (strong.use === 'cast') return `handler casts it to [${strong.cast}] (${where(strong)})`;
		return `handler passes it to [${strong.parameterTypes?.join(', ')}] parameter ${strong.parameter} of ${strong.helper} (${where(strong)})`;
	}
	// A truthiness test alone is weak: `if ($X) { use $X }` is how optional text is handled too.
	const truthy = uses.find((use) => use.use === 'truthy');
	const otherwiseUsed = analysis.uses.some((use) => {
		if (['truthy', 'assign', 'required'].includes(use.use)) return false;
		if (use.use === 'cast') return !BOOLEAN_TYPES.has(use.cast ?? '');
		if (use.use === 'compare') return !use.literals?.every((literal) => BOOLEAN_LITERALS.has(literal.toLowerCase()) || literal === '$null');
		if (use.use === 'helper') return !(use.parameterTypes ?? []).every((type) => BOOLEAN_TYPES.has(type));
		return true;
	});
	return truthy && !otherwiseUsed ? `handler only tests its truthiness (${where(truthy)})` : undefined;
}

/** `'^\d+$'`: a regular expression that holds for digits only. */
const DIGITS_ONLY = /^\^\\d[+*]\$$/;

function numberEvidence(analysis: FieldAnalysis): string | undefined {
	const uses = direct(analysis.uses);
	// `if ($X -match '^\d+$') { [long]$X } else { [datetime]$X }`: text that is read as a number only when it is digits.
	const digitsTested = uses.some((use) => use.use === 'compare' && use.operator === 'match' && use.literals?.some((literal) => DIGITS_ONLY.test(literal)));
	const typed = digitsTested ? undefined : uses.find((use) => typesOf(use).some((type) => NUMBER_TYPES.has(type)));
	if (typed) return typed.use === 'cast' ? `handler casts it to [${typed.cast}] (${where(typed)})` : `handler passes it to [${typed.parameterTypes?.join(', ')}] parameter ${typed.parameter} of ${typed.helper} (${where(typed)})`;
	const numeric = uses.find((use) => use.use === 'compare' && ['gt', 'ge', 'lt', 'le'].includes(use.operator ?? '') && use.literals?.every((literal) => /^-?\d+(\.\d+)?$/.test(literal)));
	return numeric ? `handler compares it -${numeric.operator} ${numeric.literals?.join(', ')} (${where(numeric)})` : undefined;
}

/** The literal values the handler compares the field (or its `.value`) with, switches on, or a helper accepts. */
function comparedValues(analysis: FieldAnalysis): Array<{ value: string; use: FieldUse }> {
	const found: Array<{ value: string; use: FieldUse }> = [];
	for (const use of analysis.uses) {
		if (use.path !== undefined && use.path !== 'value' && use.path !== '*' && use.path !== '*.value') continue;
		let values: string[] = [];
		// A switch with a default clause takes any value: its labels are hints, not the whole set.
		if (use.use === 'switch' && !use.mode && !use.hasDefault) values = use.labels ?? [];
		else if (use.use === 'compare' && VALUE_COMPARISONS.has(use.operator ?? '')) values = use.literals ?? [];
		else if (use.use === 'helper') values = use.validateSet ?? [];
		for (const value of values) {
			if (value === '' || BOOLEAN_LITERALS.has(value.toLowerCase()) || value === '$null') continue;
			found.push({ value, use });
		}
	}
	return found;
}

function kindDisagreements(name: string, analysis: FieldAnalysis, field: CommittedField): Array<Omit<Disagreement, 'endpoint'>> {
	const found: Array<Omit<Disagreement, 'endpoint'>> = [];
	const id = `${name}:kind`;
	const add = (category: Category, evidence: string): void => {
		found.push({ id, category, message: `${name}: ${evidence} but ${describeKind(field)}` });
	};
	const uses = direct(analysis.uses);
	const booleanOptions = field.kind === 'options' && (field.values ?? []).every((value) => BOOLEAN_LITERALS.has(value.toLowerCase()));
	if (field.kind !== 'boolean' && !booleanOptions) {
		const evidence = booleanEvidence(analysis);
		if (evidence) add('boolean', evidence);
	}
	const valueReads = analysis.uses.filter((use) => use.use === 'value' && (use.path === undefined || use.path === '*'));
	// `X.value ?? X`, `if (X.value) {X.value} else {X}`, a `.value` read behind an object type test: plain values work too.
	const valueRead = valueReads.find((use) => !use.acceptsPlain);
	// An object whose other members are read as well: `.value`, `.label`, `.addedFields` are some of its members.
	const objectWithMembers = (field.kind === 'object' || field.kind === 'objectList') && analysis.uses.some((use) => use.use === 'members');
	if (valueRead && !objectWithMembers && field.kind !== 'labelValue' && field.kind !== 'labelValueList') add('labelValue', `handler reads .${valueRead.members?.[0] ?? 'value'} (${where(valueRead)})`);
	const elementValueRead = valueReads.find((use) => use.path === '*');
	if (elementValueRead && field.kind === 'labelValue') add('labelValue', `handler reads .value of each element (${where(elementValueRead)})`);
	const iterated = uses.find((use) => use.use === 'iterate');
	// A query string carries one text value: iterating it walks that one value.
	const queryOnly = analysis.in.length === 1 && analysis.in[0] === 'query';
	// The value (or each element) is split on separators: one comma-separated text works as well as a list.
	const splitText = analysis.uses.some((use) => use.use === 'split' && (use.path === undefined || use.path === '*'));
	if (iterated && !queryOnly && !splitText && SCALAR_KINDS.has(field.kind)) add('list', `handler iterates it (${iterated.command ? `${iterated.command}, ` : ''}${where(iterated)})`);
	const parsed = uses.find((use) => use.use === 'jsonParse');
	// `if ($X -is [string]) { $X | ConvertFrom-Json } else { $X }`: JSON text and structured JSON both work.
	const textTested = uses.some((use) => use.use === 'compare' && (use.operator === 'is' || use.operator === 'isnot') && use.literals?.some((type) => type === 'string' || type === 'system.string'));
	if (parsed && !textTested && field.kind !== 'jsonText') add('jsonText', `handler parses it with ConvertFrom-Json (${where(parsed)})`);
	// Options that are all numbers (`7`, `14`, `30`) are a number from a closed set.
	const numericOptions = field.kind === 'options' && Boolean(field.values?.length) && (field.values ?? []).every((value) => /^-?\d+(\.\d+)?$/.test(value));
	const numeric = field.kind === 'number' || numericOptions ? undefined : numberEvidence(analysis);
	if (numeric) add('number', numeric);
	return found;
}

function valuesDisagreement(name: string, analysis: FieldAnalysis, field: CommittedField): Omit<Disagreement, 'endpoint'> | undefined {
	const compared = comparedValues(analysis);
	const known = new Set((field.values ?? []).map((value) => value.toLowerCase()));
	const switched = compared.some((entry) => entry.use.use === 'switch' || entry.use.use === 'helper');
	// Literals only bind an options field (or one the handler switches on); for text they are hints.
	if (field.kind !== 'options' && !(switched && ['string', 'labelValue'].includes(field.kind))) return undefined;
	const missing = compared.filter((entry) => !known.has(entry.value.toLowerCase()));
	if (!missing.length) return undefined;
	const values = [...new Set(missing.map((entry) => `'${entry.value}'`))].join(', ');
	const lines = [...new Set(missing.map((entry) => where(entry.use)))].join(', ');
	const listed = field.values?.length ? `${field.kindFrom === 'facts' ? 'facts' : 'the spec'} list ${field.values.map((value) => `'${value}'`).join(', ')}` : `${describeKind(field)} without values`;
	return { id: `${name}:values`, category: 'values', message: `${name}: handler accepts ${values} (${lines}) but ${listed}` };
}

function requiredDisagreement(name: string, analysis: FieldAnalysis, field: CommittedField, endpoint: CommittedEndpoint): Omit<Disagreement, 'endpoint'> | undefined {
	// Checks in the handler or in the helper it calls directly; deeper mandatory parameters are often conditional.
	const check = analysis.uses.find((use) => use.use === 'required' && !use.conditional && (use.path === undefined || use.path === 'value') && (use.via?.length ?? 0) <= 1);
	if (!check || field.required === true || field.conditional) return undefined;
	if (check.oneOf && endpoint.oneOf.has(name.toLowerCase())) return undefined;
	const how = check.helper ? `is a mandatory parameter (${check.parameter}) of ${check.helper} (${where(check)})` : `is checked and the handler stops without it (${where(check)}${check.oneOf ? ', together with other fields' : ''})`;
	const said = field.required === false ? 'facts say not required' : `${field.kindFrom === 'facts' ? 'facts do' : 'the spec does'} not mark it required`;
	return { id: `${name}:required`, category: 'required', message: `${name}: ${how} but ${said}` };
}

/**
 * Whole-body uses that hand the body on unread. A helper (or a command it is splatted into) that the
 * analysis followed is not one: the members it reads are recorded as fields, and what it stores is
 * recorded as a use of its own; nor is a store on the same line as such a call (a scheduled task
 * that runs that helper later with the body).
 */
function forwardingUses(analysis: EndpointAnalysis): FieldUse[] {
	const entered = new Set<string>();
	const everyUse = [...Object.values(analysis.fields).flatMap((field) => field.uses), ...(analysis.wholeBody ?? [])];
	for (const use of everyUse) for (const helper of use.via ?? []) entered.add(helper.toLowerCase());
	const followed = (use: FieldUse): boolean => entered.has((use.use === 'splat' ? use.command : use.helper)?.toLowerCase() ?? '');
	const whole = analysis.wholeBody ?? [];
	const followedLines = new Set(whole.filter((use) => (use.use === 'helper' || use.use === 'splat') && followed(use)).map((use) => use.line));
	return whole.filter((use) => {
		if (!FORWARDING_USES.has(use.use)) return false;
		if ((use.use === 'helper' || use.use === 'splat') && followed(use)) return false;
		return !(use.use === 'stored' && !use.via && followedLines.has(use.line));
	});
}

function firstLine(analysis: FieldAnalysis): string {
	const own = analysis.uses.find((use) => !use.via) ?? analysis.uses[0];
	return own ? where(own) : 'no line';
}

/** All disagreements of one endpoint, sorted by id. */
export function endpointDisagreements(name: string, analysis: EndpointAnalysis, committed: CommittedEndpoint): Disagreement[] {
	const found: Array<Omit<Disagreement, 'endpoint'>> = [];
	const seen = new Set<string>();
	for (const [fieldName, everyUse] of Object.entries(analysis.fields)) {
		const lower = fieldName.toLowerCase();
		const fieldAnalysis = withoutAccessChecks(everyUse);
		if (committed.tenantKeys.has(lower) || !fieldAnalysis.uses.length) continue;
		seen.add(lower);
		const field = committed.fields.get(lower);
		if (!field) {
			// A template carries whatever members the body has: plainly copied ones are part of it, and
			// the members it requires are listed there.
			const template = committed.facts?.template;
			const copiedIntoTemplate = template && fieldAnalysis.uses.every((use) => use.use === 'read' || use.use === 'assign');
			const requiredByTemplate = template?.requires.some((member) => member.toLowerCase() === lower);
			if (copiedIntoTemplate || requiredByTemplate) continue;
			found.push({ id: `${fieldName}:unlisted`, category: 'unlisted', message: `${fieldName}: handler reads it (${firstLine(fieldAnalysis)}) but neither the spec, the corrections nor the facts list it` });
			continue;
		}
		if (field.unused) {
			found.push({ id: `${field.name}:used`, category: 'used', message: `${field.name}: handler reads it (${firstLine(fieldAnalysis)}) but ${field.kindFrom === 'facts' ? 'facts mark it unused' : 'the corrections drop it'}` });
			continue;
		}
		const locations = fieldAnalysis.in.filter((location) => field.in.has(location));
		if (!locations.length) {
			found.push({ id: `${field.name}:in`, category: 'location', message: `${field.name}: handler reads it from the ${fieldAnalysis.in.join(' and ')} (${firstLine(fieldAnalysis)}) but ${field.kindFrom === 'facts' ? 'facts put' : 'the spec puts'} it in the ${[...field.in].join(' or ')}` });
		}
		found.push(...kindDisagreements(field.name, fieldAnalysis, field));
		const values = valuesDisagreement(field.name, fieldAnalysis, field);
		if (values) found.push(values);
		const required = requiredDisagreement(field.name, fieldAnalysis, field, committed);
		if (required) found.push(required);
	}
	const forwarded = forwardingUses(analysis);
	const carriedWhole = (analysis.wholeBody ?? []).some((use) => FORWARDING_USES.has(use.use) || use.use === 'select');
	// Members read by a name computed at run time (`$Body.$Name`) or enumerated (`.PSObject.Properties`):
	// the analysis cannot tell which, so a listed field may well be one of them.
	const byComputedName = (uses: FieldUse[] | undefined): boolean => (uses ?? []).some((use) => use.use === 'dynamic' || use.use === 'reflect');
	const computedNames = { body: byComputedName(analysis.wholeBody), query: byComputedName(analysis.wholeQuery) };
	for (const field of committed.fields.values()) {
		if (seen.has(field.name.toLowerCase()) || field.unused || committed.tenantKeys.has(field.name.toLowerCase())) continue;
		const source = field.kindFrom === 'facts' ? 'facts list it' : field.kindFrom === 'spec' ? 'the spec lists it' : 'the corrections add it';
		// The facts' template is the body handed on, stored or copied whole: the members they list travel in it.
		if (committed.facts?.template && carriedWhole) continue;
		if ([...field.in].some((location) => computedNames[location])) continue;
		if (forwarded.length) {
			found.push({ id: `${field.name}:unread`, category: 'unreadForwarded', message: `${field.name}: ${source} but the handler never reads it itself (the whole body is handed on at ${where(forwarded[0])})` });
		} else found.push({ id: `${field.name}:unread`, category: 'unread', message: `${field.name}: ${source} but the handler never reads it` });
	}
	if (forwarded.length && !committed.wholeBodyExpected) {
		const use = forwarded[0];
		const how = use.use === 'helper' ? `passes the whole body to ${use.helper}` : use.use === 'jsonSerialize' ? 'serializes the whole body' : use.use === 'splat' ? `splats the whole body into ${use.command}` : 'stores the whole body';
		const said = committed.facts ? 'facts have no template' : 'no handler facts yet and the spec body is not a passthrough';
		found.push({ id: 'template', category: 'template', message: `handler ${how} (${where(use)}) but ${said}` });
	}
	return found
		.map((disagreement) => ({ endpoint: name, ...disagreement }))
		.sort((left, right) => left.id.localeCompare(right.id) || left.message.localeCompare(right.message));
}
