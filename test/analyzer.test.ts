/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- build tooling: runs in Node on a developer machine, never inside n8n */
import { join } from 'path';

import type { Analysis, FieldUse } from '../scripts/catalog/analyzer/analysisTypes';
import { stableJson } from '../scripts/catalog/analyzer/analysisTypes';
import { FunctionIndex } from '../scripts/catalog/analyzer/functionIndex';
import { analyzeCheckout } from '../scripts/catalog/analyzer/handlers';
import { lexPowerShell, LexError } from '../scripts/catalog/analyzer/lexer';
import { buildReport, formatDisagreement } from '../scripts/catalog/analyzer/report';
import type { HandlerFacts, ReleaseSpec } from '../scripts/catalog/releaseTypes';

/**
 * The analyzer on a miniature CIPP-API checkout (test/fixtures/handlers: handlers and helpers written
 * for these tests, one pattern each), and the report on hand-made analysis and facts. Uses are
 * asserted exactly, lines included, so a change in what the analyzer sees fails here.
 */

const FIXTURE = join(__dirname, 'fixtures', 'handlers');
const { analysis, stats } = analyzeCheckout(FunctionIndex.forCheckout(FIXTURE), '0.0.1');

function usesOf(endpoint: string, field: string): FieldUse[] {
	const found = analysis.endpoints[endpoint]?.fields[field];
	if (!found) throw new Error(`${endpoint}.${field} was not seen`);
	return found.uses;
}

const OUTER = 'Modules/CIPPCore/Public/Set-TestOuter.ps1';
const INNER = 'Modules/CIPPCore/Public/Set-TestInner.ps1';

describe('lexer', () => {
	it('drops comments and keeps strings whole, with their interpolations tokenized', () => {
		const tokens = lexPowerShell("# $Request.Body.A\n$x = \"id $($Request.Body.B) `$C\" <# $D #> + 'E $F'");
		expect(tokens.filter((token) => token.kind !== 'newline').map((token) => `${token.kind}:${token.text}`)).toEqual([
			'variable:x', 'punct:=', 'string:id $ $C', 'interpolationStart:', 'variable:Request', 'punct:.', 'word:Body',
			'punct:.', 'word:B', 'interpolationEnd:', 'punct:+', 'string:E $F',
		]);
		expect(tokens.find((token) => token.text === 'B')?.line).toBe(2);
	});

	it('tells types, attributes and indexes apart, and counts lines inside here-strings', () => {
		const tokens = lexPowerShell("[Parameter(Mandatory = $true)]\n[string[]]$Names = @'\nline\n'@\n$Names[0]");
		expect(tokens.filter((token) => token.kind !== 'newline').map((token) => token.kind)).toEqual([
			'attribute', 'type', 'variable', 'punct', 'string', 'variable', 'punct', 'number', 'punct',
		]);
		expect(tokens.find((token) => token.kind === 'type')?.text).toBe('string[]');
		expect(tokens.at(-3)?.line).toBe(5);
	});

	it('reads operators with their case prefix removed and parameters with a colon', () => {
		const tokens = lexPowerShell('$a -ieq $b; Set-X -Force:$true -Name x');
		expect(tokens.filter((token) => token.kind === 'operator' || token.kind === 'parameter').map((token) => `${token.kind}:${token.text}${token.colon ? ':' : ''}`))
			.toEqual(['operator:eq', 'parameter:Force:', 'parameter:Name']);
	});

	it('reports a string that never ends', () => {
		expect(() => lexPowerShell('$x = "open')).toThrow(LexError);
	});
});

describe('analyzer on the fixture checkout', () => {
	it('reads every handler, lower-case file names included', () => {
		expect(Object.keys(analysis.endpoints).sort()).toEqual([
			'AddTestTemplate', 'ExecChecks', 'ExecHelpers', 'ExecMethods', 'ExecNoise', 'ExecPlainOrValue', 'ExecReads', 'ExecUses',
		]);
		expect(analysis.endpoints.ExecMethods.handler).toBe('Test/invoke-ExecMethods.ps1');
		expect(stats.failures).toBe(0);
		expect(analysis.failures).toBeUndefined();
	});

	it('finds query, body, nested, quoted and indexed reads, and reads through aliases', () => {
		const fields = analysis.endpoints.ExecReads.fields;
		expect(Object.keys(fields).sort()).toEqual(['$select', 'AliasedField', 'Label', 'Name', 'Owner', 'Settings', 'tenantFilter']);
		expect(fields.tenantFilter).toEqual({
			in: ['body', 'query'],
			uses: [{ line: 9, use: 'assign', variable: 'TenantFilter' }, { line: 17, use: 'read' }],
		});
		expect(fields.Name.in).toEqual(['query']);
		expect(usesOf('ExecReads', 'Owner')).toEqual([
			{ line: 11, members: ['value'], use: 'value' },
			{ line: 11, path: 'value', use: 'assign', variable: 'Owner' },
			{ line: 17, path: 'value', use: 'read' },
		]);
		expect(usesOf('ExecReads', 'Settings')[0]).toEqual({ line: 14, members: ['Mode'], use: 'members' });
		expect(usesOf('ExecReads', 'AliasedField')).toEqual([
			{ line: 16, use: 'assign', variable: 'Aliased' },
			{ line: 17, use: 'read' },
		]);
	});

	it('ignores comments, single-quoted strings, here-strings and escaped dollars', () => {
		expect(Object.keys(analysis.endpoints.ExecNoise.fields).sort()).toEqual(['InExpandableHereString', 'Real']);
		expect(usesOf('ExecNoise', 'Real')).toEqual([{ line: 11, use: 'read' }]);
		expect(usesOf('ExecNoise', 'InExpandableHereString')).toEqual([{ line: 13, use: 'read' }]);
	});

	it('classifies each use with its line', () => {
		expect(usesOf('ExecUses', 'Enabled')).toEqual([{ line: 3, use: 'truthy' }]);
		expect(usesOf('ExecUses', 'Days')).toEqual([
			{ cast: 'int', line: 4, use: 'cast' },
			{ line: 4, use: 'assign', variable: 'Days' },
			{ line: 24, use: 'read' },
		]);
		expect(usesOf('ExecUses', 'Mode')).toEqual([
			{ line: 5, literals: ['Fast'], operator: 'eq', use: 'compare' },
			{ line: 5, literals: ['Slow'], operator: 'eq', use: 'compare' },
		]);
		expect(usesOf('ExecUses', 'Action')).toEqual([{ labels: ['Add', 'Remove'], line: 6, use: 'switch' }]);
		expect(usesOf('ExecUses', 'Members')).toEqual([
			{ command: 'foreach', line: 10, use: 'iterate' },
			{ line: 10, members: ['value'], path: '*', use: 'value' },
		]);
		expect(usesOf('ExecUses', 'Tags')).toEqual([{ line: 11, use: 'split' }]);
		expect(usesOf('ExecUses', 'RulesJson').filter((use) => use.use === 'jsonParse')).toEqual([{ line: 12, use: 'jsonParse' }]);
		expect(usesOf('ExecUses', 'UserId')).toEqual([{ line: 13, use: 'url' }]);
		expect(usesOf('ExecUses', 'GroupId')).toEqual([{ line: 14, use: 'required' }]);
		expect(usesOf('ExecUses', 'Domains')).toEqual([{ command: '-join', line: 17, use: 'iterate' }]);
		expect(usesOf('ExecUses', 'Locations')).toEqual([
			{ command: 'ForEach-Object', line: 18, use: 'iterate' },
			{ line: 18, members: ['label'], path: '*', use: 'value' },
		]);
		expect(usesOf('ExecUses', 'Note')).toEqual([{ line: 20, use: 'presence' }]);
		expect(usesOf('ExecUses', 'Force')).toEqual([{ line: 21, literals: ['$true'], operator: 'eq', use: 'compare' }]);
		expect(usesOf('ExecUses', 'Manager')[0]).toEqual({ acceptsPlain: true, line: 22, members: ['value'], use: 'value' });
		expect(usesOf('ExecUses', 'Payload')).toEqual([{ line: 23, use: 'jsonSerialize' }]);
		expect(analysis.endpoints.ExecUses.wholeBody).toBeUndefined();
	});

	it('follows helpers two deep: named, splatted and positional arguments, with parameter types', () => {
		expect(usesOf('ExecHelpers', 'Notify')).toEqual([
			{ helper: 'Set-TestOuter', line: 3, parameter: 'Notify', use: 'helper' },
			{ file: INNER, line: 6, use: 'truthy', via: ['Set-TestOuter', 'Set-TestInner'] },
			{ file: OUTER, helper: 'Set-TestInner', line: 9, parameter: 'Enabled', parameterTypes: ['bool'], use: 'helper', via: ['Set-TestOuter'] },
		]);
		expect(usesOf('ExecHelpers', 'UserId')).toEqual([
			{ helper: 'Set-TestOuter', line: 3, mandatory: true, parameter: 'UserId', parameterTypes: ['string'], use: 'helper' },
			{ helper: 'Set-TestOuter', line: 3, parameter: 'UserId', use: 'required' },
			{ file: INNER, line: 7, use: 'read', via: ['Set-TestOuter', 'Set-TestInner'] },
			{ file: OUTER, helper: 'Set-TestInner', line: 9, parameter: 'Who', parameterTypes: ['string'], use: 'helper', via: ['Set-TestOuter'] },
		]);
		expect(usesOf('ExecHelpers', 'SplatNotify')[0]).toEqual({ helper: 'Set-TestOuter', line: 6, parameter: 'Notify', use: 'helper' });
		expect(usesOf('ExecHelpers', 'SplatNotify')).toContainEqual({ file: INNER, line: 6, use: 'truthy', via: ['Set-TestOuter', 'Set-TestInner'] });
		expect(usesOf('ExecHelpers', 'Label')[0]).toEqual({ helper: 'Set-TestOuter', line: 5, parameter: 'Label', parameterTypes: ['string'], use: 'helper' });
		expect(usesOf('ExecHelpers', 'PositionalUser')[0]).toEqual({ helper: 'Set-TestOuter', line: 9, mandatory: true, parameter: 'UserId', parameterTypes: ['string'], use: 'helper' });
		// Set-TestOuter, Set-TestInner, and Set-TestDefaults (entered from ExecChecks).
		expect(stats.helpersEntered).toBe(3);
	});

	it('records calls to helpers it is told not to enter, without their insides', () => {
		const shallow = analyzeCheckout(FunctionIndex.forCheckout(FIXTURE), '0.0.1', { notEntered: ['Set-TestOuter'] }).analysis;
		expect(shallow.endpoints.ExecHelpers.fields.Notify.uses).toEqual([{ helper: 'Set-TestOuter', line: 3, parameter: 'Notify', use: 'helper' }]);
	});

	it('records whole-body stores and projections, and follows the parameters of a scheduled task', () => {
		// Line 17 serializes the body into a log message: no store.
		expect(analysis.endpoints.AddTestTemplate.wholeBody).toEqual([{ line: 4, use: 'jsonSerialize' }, { line: 16, use: 'select' }]);
		expect(usesOf('AddTestTemplate', 'Name')).toEqual([{ line: 16, use: 'read' }]);
		expect(usesOf('AddTestTemplate', 'Kind')).toEqual([{ line: 16, use: 'read' }]);
		expect(usesOf('AddTestTemplate', 'RunNow')).toEqual([
			{ helper: 'Set-TestInner', line: 13, parameter: 'Enabled', parameterTypes: ['bool'], use: 'helper' },
			{ line: 13, use: 'read' },
			{ file: INNER, line: 6, use: 'truthy', via: ['Set-TestInner'] },
		]);
	});

	it('records the methods a handler branches on and the names a dynamic member takes', () => {
		expect(analysis.endpoints.ExecMethods.methods).toEqual(['GET', 'POST']);
		expect(analysis.endpoints.ExecMethods.fields.Id.in).toEqual(['body', 'query']);
		expect(usesOf('ExecMethods', 'Alpha')).toEqual([{ line: 8, literals: ['$true'], operator: 'eq', use: 'compare' }]);
		expect(usesOf('ExecMethods', 'Beta')).toEqual([{ line: 8, literals: ['$true'], operator: 'eq', use: 'compare' }]);
	});

	it('sees a plain value taken beside .value: an if/else on .value, and .value read behind an object type test', () => {
		const mode = usesOf('ExecPlainOrValue', 'Mode').filter((use) => use.use === 'value');
		expect(mode).toEqual([{ acceptsPlain: true, line: 3, members: ['value'], use: 'value' }]);
		expect(usesOf('ExecPlainOrValue', 'Recipients')).toEqual([
			{ command: 'foreach', line: 4, use: 'iterate' },
			{ line: 5, literals: ['string'], operator: 'is', path: '*', use: 'compare' },
			{ line: 6, path: '*', use: 'read' },
			{ line: 7, literals: ['hashtable'], operator: 'is', path: '*', use: 'compare' },
			{ line: 7, literals: ['pscustomobject'], operator: 'is', path: '*', use: 'compare' },
			{ acceptsPlain: true, line: 8, members: ['value'], path: '*', use: 'value' },
		]);
	});

	it('records type tests, and tells copies, log lines and nested pipelines from real uses', () => {
		expect(usesOf('ExecPlainOrValue', 'Blocks').slice(0, 3)).toEqual([
			{ line: 11, literals: ['string'], operator: 'is', use: 'compare' },
			{ line: 11, use: 'assign', variable: 'Blocks' },
			{ line: 11, use: 'jsonParse' },
		]);
		// `$_` inside `$_.PSObject.Properties | Where-Object { ... }` is a property, not a row: no `.Value` read of the rows.
		expect(usesOf('ExecPlainOrValue', 'Rows')).toEqual([
			{ command: 'ForEach-Object', line: 12, use: 'iterate' },
			{ line: 12, path: '*', use: 'reflect' },
		]);
		// `Write-Host ($Request.Body | ConvertTo-Json)` logs, `| ConvertTo-Json | ConvertFrom-Json` copies.
		expect(analysis.endpoints.ExecPlainOrValue.wholeBody).toBeUndefined();
		expect(usesOf('ExecPlainOrValue', 'Options')).toEqual([{ line: 14, use: 'assign', variable: 'Copy' }, { line: 18, use: 'read' }]);
		expect(usesOf('ExecPlainOrValue', 'Parameters')).toEqual([
			{ line: 15, use: 'assign', variable: 'Params' },
			{ command: '& $Function', line: 17, use: 'splat' },
		]);
	});

	it('weighs checks: defaults, either-of arguments, calls in a branch, and tests next to reads in helpers', () => {
		const DEFAULTS = 'Modules/CIPPCore/Public/Set-TestDefaults.ps1';
		// `[string]$Type = 'Standard'`: the helper's own check is met by its default.
		expect(usesOf('ExecChecks', 'Type')).toEqual([{ helper: 'Set-TestDefaults', line: 3, parameter: 'Type', parameterTypes: ['string'], use: 'helper' }]);
		// `$Identity = $Primary ?? $Secondary; if (!$Identity) { throw }`: either one meets it.
		expect(usesOf('ExecChecks', 'Primary')).toContainEqual({ file: DEFAULTS, line: 10, oneOf: true, use: 'required', via: ['Set-TestDefaults'] });
		expect(usesOf('ExecChecks', 'Secondary')).toContainEqual({ file: DEFAULTS, line: 10, oneOf: true, use: 'required', via: ['Set-TestDefaults'] });
		expect(usesOf('ExecChecks', 'Phones')).toEqual([
			{ helper: 'Set-TestDefaults', line: 3, parameter: 'Phones', use: 'helper' },
			{ file: DEFAULTS, line: 11, use: 'read', via: ['Set-TestDefaults'] },
			{ file: DEFAULTS, line: 11, use: 'truthy', via: ['Set-TestDefaults'] },
		]);
		expect(usesOf('ExecChecks', 'DeepUser')).toContainEqual({ conditional: true, helper: 'Set-TestOuter', line: 5, parameter: 'UserId', use: 'required' });
		for (const field of ['Owner', 'Fallback']) {
			expect(usesOf('ExecChecks', field)).toContainEqual({ helper: 'Set-TestOuter', line: 7, oneOf: true, parameter: 'UserId', use: 'required' });
		}
	});

	it('writes the same bytes every time, as valid JSON with sorted keys', () => {
		const again = analyzeCheckout(FunctionIndex.forCheckout(FIXTURE), '0.0.1').analysis;
		const text = stableJson(analysis);
		expect(stableJson(again)).toBe(text);
		expect(JSON.parse(text)).toEqual(analysis);
		expect(text.indexOf('"cipp"')).toBeLessThan(text.indexOf('"endpoints"'));
		expect(text).toContain('\t\t"AddTestTemplate": {');
	});
});

describe('report', () => {
	const spec: ReleaseSpec = {
		cipp: { version: '0.0.1', repository: 'example/cipp' },
		endpoints: {
			ExecFoo: {
				method: 'POST',
				tag: 'Test',
				role: 'Test.ReadWrite',
				query: [],
				body: { type: 'object', properties: { Bar: { type: 'string' }, Mode: { type: 'string' }, Id: { type: 'string' }, Old: { type: 'string' } } },
			},
		},
	};
	const handlerAnalysis: Analysis = {
		cipp: { version: '0.0.1' },
		endpoints: {
			ExecFoo: {
				handler: 'Test/Invoke-ExecFoo.ps1',
				wholeBody: [{ helper: 'Set-Foo', line: 8, parameter: 'Body', use: 'helper' }],
				fields: {
					Bar: { in: ['body'], uses: [{ line: 40, use: 'truthy' }] },
					Mode: { in: ['body'], uses: [{ labels: ['A', 'B'], line: 20, use: 'switch' }] },
					Id: { in: ['body'], uses: [{ line: 12, use: 'required' }, { line: 13, use: 'url' }] },
					New: { in: ['query'], uses: [{ line: 30, use: 'read' }] },
					tenantFilter: { in: ['body'], uses: [{ line: 5, use: 'read' }] },
				},
			},
		},
	};

	it('compares with the spec where no handler facts exist', () => {
		const report = buildReport(handlerAnalysis, spec, {}, {});
		expect(report.open.map(formatDisagreement)).toEqual([
			'ExecFoo.Bar: handler only tests its truthiness (line 40) but the spec says kind string  [Bar:kind]',
			'ExecFoo.Id: is checked and the handler stops without it (line 12) but the spec does not mark it required  [Id:required]',
			"ExecFoo.Mode: handler accepts 'A', 'B' (line 20) but the spec says kind string without values  [Mode:values]",
			'ExecFoo.New: handler reads it (line 30) but neither the spec, the corrections nor the facts list it  [New:unlisted]',
			'ExecFoo.Old: the spec lists it but the handler never reads it itself (the whole body is handed on at line 8)  [Old:unread]',
			'ExecFoo: handler passes the whole body to Set-Foo (line 8) but no handler facts yet and the spec body is not a passthrough  [template]',
		]);
		expect(report.open.map((disagreement) => disagreement.category)).toEqual(['boolean', 'required', 'values', 'unlisted', 'unreadForwarded', 'template']);
	});

	it('uses the handler facts, and lists accepted and stale exceptions apart', () => {
		const facts: HandlerFacts = {
			ExecFoo: {
				handler: 'Test/Invoke-ExecFoo.ps1',
				template: { requires: ['Bar'], evidence: 'stored whole at line 8' },
				fields: {
					Bar: { kind: 'string' },
					Mode: { kind: 'options', values: ['A'], evidence: 'switch at line 20' },
					Id: { kind: 'string', required: true, evidence: 'checked at line 12' },
					New: { kind: 'string', in: 'query', added: true, evidence: 'read at line 30' },
					Old: { kind: 'string', unused: true, evidence: 'never read' },
				},
				analyzerExceptions: { 'Bar:kind': 'a presence test of optional text', 'Gone:kind': 'no longer applies' },
			},
		};
		const report = buildReport(handlerAnalysis, spec, {}, facts);
		expect(report.open.map(formatDisagreement)).toEqual([
			"ExecFoo.Mode: handler accepts 'B' (line 20) but facts list 'A'  [Mode:values]",
		]);
		expect(report.accepted.map((disagreement) => `${disagreement.id}: ${disagreement.reason}`)).toEqual(['Bar:kind: a presence test of optional text']);
		expect(report.stale).toEqual([{ endpoint: 'ExecFoo', id: 'Gone:kind' }]);
	});
});

describe('report rules', () => {
	/** One POST endpoint whose spec lists `fields` as plain text, analysed as `uses` and described by `facts`. */
	function disagreements(
		uses: Record<string, FieldUse[] | { in: Array<'body' | 'query'>; uses: FieldUse[] }>,
		facts: HandlerFacts['x']['fields'],
		extra: { wholeBody?: FieldUse[]; wholeQuery?: FieldUse[]; template?: { requires: string[]; evidence: string }; query?: string[] } = {},
	): string[] {
		const spec: ReleaseSpec = {
			cipp: { version: '0.0.1', repository: 'example/cipp' },
			endpoints: {
				ExecRule: {
					method: 'POST',
					tag: 'Test',
					role: 'Test.ReadWrite',
					query: (extra.query ?? []).map((name) => ({ name, shape: { type: 'string' } })),
					body: { type: 'object', properties: Object.fromEntries(Object.keys(facts).filter((name) => !extra.query?.includes(name)).map((name) => [name, { type: 'string' }])) },
				},
			},
		};
		const fields = Object.fromEntries(Object.entries(uses).map(([name, value]) => [name, Array.isArray(value) ? { in: ['body' as const], uses: value } : value]));
		const ruleAnalysis: Analysis = {
			cipp: { version: '0.0.1' },
			endpoints: { ExecRule: { handler: 'Test/Invoke-ExecRule.ps1', fields, ...(extra.wholeBody ? { wholeBody: extra.wholeBody } : {}), ...(extra.wholeQuery ? { wholeQuery: extra.wholeQuery } : {}) } },
		};
		const endpoint: HandlerFacts['x'] = { handler: 'Test/Invoke-ExecRule.ps1', fields: facts, ...(extra.template ? { template: extra.template } : {}) };
		return buildReport(ruleAnalysis, spec, {}, { ExecRule: endpoint }).open.map((disagreement) => disagreement.id);
	}
	const HELPER = 'Modules/CIPPCore/Public/Set-Rule.ps1';

	it('takes a .value read that falls back to the plain value as fitting a plain kind', () => {
		const plain: FieldUse = { acceptsPlain: true, line: 3, members: ['value'], use: 'value' };
		const strict: FieldUse = { line: 4, members: ['value'], use: 'value' };
		expect(disagreements({ Mode: [plain] }, { Mode: { kind: 'options', values: ['A', 'B'] } })).toEqual([]);
		expect(disagreements({ Mode: [plain, strict] }, { Mode: { kind: 'options', values: ['A', 'B'] } })).toEqual(['Mode:kind']);
		expect(disagreements({ To: [{ ...plain, path: '*' }] }, { To: { kind: 'list' } })).toEqual([]);
	});

	it('takes .value beside other members as one member of an object', () => {
		const pairs: FieldUse[] = [{ line: 5, members: ['Key'], path: '*', use: 'members' }, { line: 5, members: ['Value'], path: '*', use: 'value' }];
		expect(disagreements({ Pairs: pairs }, { Pairs: { kind: 'objectList' } })).toEqual([]);
		expect(disagreements({ Pairs: [pairs[1]] }, { Pairs: { kind: 'objectList' } })).toEqual(['Pairs:kind']);
	});

	it('does not ask for JSON text when the handler parses only text and takes structured JSON as it is', () => {
		const parsed: FieldUse = { line: 7, use: 'jsonParse' };
		const typeTest: FieldUse = { line: 6, literals: ['string'], operator: 'is', use: 'compare' };
		expect(disagreements({ Blocks: [typeTest, parsed] }, { Blocks: { kind: 'objectList' } })).toEqual([]);
		expect(disagreements({ Blocks: [parsed] }, { Blocks: { kind: 'objectList' } })).toEqual(['Blocks:kind']);
	});

	it('does not ask for a list for query text, or for text the handler splits on separators', () => {
		const iterated: FieldUse = { command: 'foreach', line: 8, use: 'iterate' };
		expect(disagreements({ Terms: { in: ['query'], uses: [iterated] } }, { Terms: { kind: 'string' } }, { query: ['Terms'] })).toEqual([]);
		expect(disagreements({ Mails: [iterated, { line: 9, path: '*', use: 'split' }] }, { Mails: { kind: 'string' } })).toEqual([]);
		expect(disagreements({ Mails: [iterated] }, { Mails: { kind: 'string' } })).toEqual(['Mails:kind']);
	});

	it('does not ask for a number for digit-only text or for options that are all numbers', () => {
		const cast: FieldUse = { cast: 'long', line: 11, use: 'cast' };
		const digits: FieldUse = { line: 10, literals: ['^\\d+$'], operator: 'match', use: 'compare' };
		expect(disagreements({ Start: [digits, cast] }, { Start: { kind: 'string' } })).toEqual([]);
		expect(disagreements({ Start: [cast] }, { Start: { kind: 'string' } })).toEqual(['Start:kind']);
		expect(disagreements({ Days: [{ ...cast, cast: 'int' }] }, { Days: { kind: 'options', values: ['7', '30'] } })).toEqual([]);
	});

	it('counts the members a template requires as listed', () => {
		const template = { requires: ['TenantId'], evidence: 'each element of the body is stored' };
		expect(disagreements({ TenantId: [{ line: 12, use: 'truthy' }] }, {}, { template, wholeBody: [{ line: 3, use: 'stored' }] })).toEqual([]);
		expect(disagreements({ Other: [{ line: 12, use: 'truthy' }] }, {}, { template, wholeBody: [{ line: 3, use: 'stored' }] })).toEqual(['Other:unlisted']);
	});

	it('does not take a body handed to a helper it followed, or stored in a task for it, as a template', () => {
		const wholeBody: FieldUse[] = [{ helper: 'Set-Rule', line: 20, parameter: 'Body', use: 'helper' }, { line: 20, use: 'stored' }];
		const followed: FieldUse = { file: HELPER, line: 4, use: 'read', via: ['Set-Rule'] };
		expect(disagreements({ Name: [followed] }, { Name: { kind: 'string' } }, { wholeBody })).toEqual([]);
		expect(disagreements({}, { Name: { kind: 'string' } }, { wholeBody })).toEqual(['Name:unread', 'template']);
	});

	it('does not call a listed member unread when a template carries the body or members are read by computed names', () => {
		const template = { requires: [], evidence: 'the body is stored whole' };
		expect(disagreements({}, { Style: { kind: 'string' } }, { template, wholeBody: [{ line: 3, use: 'select' }] })).toEqual([]);
		expect(disagreements({}, { Style: { kind: 'string' } }, { wholeBody: [{ line: 3, use: 'dynamic' }] })).toEqual([]);
		expect(disagreements({}, { Anr: { kind: 'string' } }, { query: ['Anr'], wholeQuery: [{ line: 5, use: 'reflect' }] })).toEqual([]);
		expect(disagreements({}, { Style: { kind: 'string' } })).toEqual(['Style:unread']);
	});
});
