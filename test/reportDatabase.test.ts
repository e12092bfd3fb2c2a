import type { INodeProperties } from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';

import { Cipp } from '../nodes/Cipp/Cipp.node';
import { CATALOG_SOURCE, OPERATIONS } from '../nodes/Cipp/catalog';
import { REPORT_DB_NOTICE, USE_REPORT_DB } from '../nodes/Cipp/catalog/curated/shared/reportDatabase';
import { loadReleaseWithAdditions } from '../scripts/catalog/releaseAdditions';
import { contractViolations } from './harness/cippContract';
import { op, startHarness } from './harness/fixture';
import type { Harness } from './harness/fixture';

/**
 * UseReportDB is a visible switch on every list whose handler reads it, with the same words and a
 * hint to read the whole estate with All Tenants. The handlers compare the query text with true
 * (`-eq $true` or `-eq 'true'`), so the node sends the text 'true' when on and leaves it out when off.
 */

const release = loadReleaseWithAdditions(CATALOG_SOURCE.version);
const readers = Object.entries(release.handlers)
	.filter(([, facts]) => Object.keys(facts.fields).some((field) => field.toLowerCase() === 'usereportdb'))
	.map(([name]) => name)
	.sort();
const properties = new Cipp().description.properties;

/** Whether a property is shown for an operation (with its other conditions met by their defaults). */
function shownFor(property: INodeProperties, operation: string): boolean {
	const parameters = { resource: OPERATIONS.get(operation)!.resource, operation, type: 'List' };
	return NodeHelpers.displayParameter(parameters, property, null, null);
}

describe('catalog', () => {
	test('every list whose handler reads UseReportDB offers it (24 in CIPP 10.8.2)', () => {
		expect(readers).toHaveLength(24);
		expect(readers).toEqual(expect.arrayContaining(['ListMailboxes', 'ListGroups', 'ListMFAUsers', 'ListIntunePolicy', 'ListSites', 'ListOAuthApps']));
		for (const name of readers) {
			const field = OPERATIONS.get(name)!.fields.find((candidate) => candidate.name === 'UseReportDB');
			expect([name, field?.kind, field?.in, field?.omitWhenOff, field?.topLevel]).toEqual([name, 'boolean', 'query', true, true]);
		}
	});

	test('the switch is on the node with one label and the trade-off in its help', () => {
		expect(USE_REPORT_DB.description).toMatch(/^Whether/);
		expect(USE_REPORT_DB.description).toMatch(/fast/);
		expect(USE_REPORT_DB.description).toMatch(/quota/);
		expect(USE_REPORT_DB.description).toMatch(/day old/);
		expect(USE_REPORT_DB.description).toMatch(/nightly/);
		for (const name of readers) {
			const shown = properties.filter((property) => property.name === 'UseReportDB' && shownFor(property, name));
			expect([name, shown.map((property) => [property.type, property.displayName, property.description])]).toEqual([
				name,
				[['boolean', 'Use Report Database', USE_REPORT_DB.description]],
			]);
		}
	});

	test('those lists recommend All Tenants with the report database for estate-wide reads, and only those', () => {
		const notices = properties.filter((property) => property.type === 'notice' && property.displayName === REPORT_DB_NOTICE);
		expect(notices).toHaveLength(1);
		expect(REPORT_DB_NOTICE).toMatch(/All Tenants/);
		for (const name of readers) {
			expect([name, shownFor(notices[0], name), OPERATIONS.get(name)!.tenant?.allTenants]).toEqual([name, true, true]);
		}
		const others = [...OPERATIONS.keys()].filter((name) => !readers.includes(name) && shownFor(notices[0], name));
		expect(others).toEqual([]);
	});
});

describe('request', () => {
	let h: Harness;
	beforeAll(async () => {
		h = await startHarness();
	});
	afterAll(async () => await h.close());
	beforeEach(() => h.reset());

	test.each([
		['mailbox', 'ListMailboxes'],
		['group', 'ListGroups'],
		['intunePolicy', 'ListIntunePolicy'],
	])('%s %s: on sends UseReportDB=true, off leaves it out; the simulator accepts both', async (resource, operation) => {
		await h.runCipp(op(resource, operation, { returnAll: true, UseReportDB: true }, 'AllTenants'));
		await h.runCipp(op(resource, operation, { returnAll: true, UseReportDB: false }, 'AllTenants'));
		const [on, off] = h.cipp.callsTo(operation);
		expect(on.query).toMatchObject({ tenantFilter: 'AllTenants', UseReportDB: 'true' });
		expect(off.query).not.toHaveProperty('UseReportDB');
		expect(h.cipp.violations).toEqual([]);
	});

	test('the contract holds an off switch in a query string to be left out, which is what the node does', () => {
		const problems = contractViolations(h.cipp.contract.get('ListMailboxes')!, 'GET', { tenantFilter: 'AllTenants', UseReportDB: 'false' }, undefined);
		expect(problems).toEqual(['UseReportDB=false in the query string reads as on; leave the switch out when it is off']);
	});
});
