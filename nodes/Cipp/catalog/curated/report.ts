import type { CuratedResource } from './types';
import { REPORT_DB_NOTICE, USE_REPORT_DB } from './shared/reportDatabase';

/** Reports: our words for licence, usage, consent, Secure Score and service health reports, and Sherweb CSP licences. */
export const REPORT: CuratedResource = {
	ExecCSPLicense: {
		name: 'Change CSP License',
		description: 'Buy, add, remove, cancel or schedule the decrease of a Sherweb CSP subscription; needs the Sherweb integration with the tenant mapped',
		fields: {
			Action: {
				displayName: 'Action',
				description: 'What to do with the subscription',
				options: {
					Add: { name: 'Add Licenses', description: 'Raise the quantity of an existing subscription' },
					Remove: { name: 'Remove Licenses', description: 'Lower the quantity of an existing subscription now' },
					NewSub: { name: 'New Subscription', description: 'Buy a SKU the tenant has no subscription for yet (or set the quantity of an existing one)' },
					Cancel: { name: 'Cancel Subscriptions', description: 'Cancel whole subscriptions by ID' },
					ScheduleRemoval: { name: 'Decrease at Renewal', description: 'Schedule a decrease shortly before the renewal date' },
				},
			},
			SKU: { displayName: 'SKU', description: 'Sherweb SKU of the subscription, as listed by Get Many CSP SKUs' },
			Add: { displayName: 'Licenses to Add', description: 'Number of licenses to add to the current quantity', placeholder: 'e.g. 1' },
			Remove: {
				displayName: 'Licenses to Remove',
				description: 'Number of licenses to remove; for Decrease at Renewal the default is 1',
				placeholder: 'e.g. 1',
			},
			Quantity: { displayName: 'Quantity', description: 'Number of licenses to buy for a new subscription', placeholder: 'e.g. 5' },
			SubscriptionIds: { displayName: 'Subscription IDs', description: 'IDs of the Sherweb subscriptions to cancel' },
			DaysBeforeRenewal: {
				displayName: 'Days Before Renewal',
				description: 'How many days before the renewal date the decrease runs',
				default: 3,
			},
		},
	},
	ListCSPLicenses: {
		name: 'Get Many CSP Licenses',
		description: 'List the Sherweb CSP subscriptions of a tenant with quantity and renewal date; needs the Sherweb integration with the tenant mapped',
		fields: {},
	},
	ListCSPsku: {
		name: 'Get Many CSP SKUs',
		description: 'List the Sherweb catalog a tenant can buy from, or its current subscriptions; needs the Sherweb integration',
		fields: {
			currentSkuOnly: {
				displayName: 'Current Subscriptions Only',
				description: 'Whether to list only the SKUs the tenant already has instead of the whole catalog',
				default: false,
			},
		},
	},
	ListGraphReports: {
		name: 'Get Usage Report',
		description: 'Fetch a Microsoft 365 usage report from Graph or reports.office.com, or list the reports available when no report is given',
		fields: {
			type: {
				displayName: 'Source',
				description: 'Where the report comes from',
				options: {
					graph: { name: 'Microsoft Graph', description: 'Graph usage reports under /reports' },
					office: { name: 'Office Reports', description: 'The reports.office.com OData service' },
				},
				default: 'graph',
			},
			report: {
				displayName: 'Report',
				description: 'Name of the report; leave empty to list the available reports',
				placeholder: 'e.g. getEmailActivityUserDetail',
			},
			period: {
				displayName: 'Period',
				description: 'Number of days the report covers (Graph reports that take a period)',
				options: { D7: '7 Days', D30: '30 Days', D90: '90 Days', D180: '180 Days' },
				default: 'D30',
			},
		},
	},
	ListLicenses: {
		name: 'Get Many Licenses',
		description: 'List the licenses of a tenant with used and available counts; all tenants are read from a cache refreshed in the background',
		fields: {
			IncludeExcluded: {
				displayName: 'Include Excluded Licenses',
				description: 'Whether to include the licenses excluded in CIPP settings (single tenant only)',
				default: false,
			},
		},
	},
	ListLicensesReport: {
		name: 'Get License Report',
		description: 'Detailed license overview with SKU breakdown and term information; for all tenants it is collected in the background first',
		fields: {
			QueueId: {
				displayName: 'Queue ID',
				description: 'Queue ID returned by an earlier all-tenants call, to read what that collection gathered',
			},
		},
	},
	ListOAuthApps: {
		name: 'Get Many Consented Apps',
		description: 'List the apps that hold delegated (OAuth) consent in a tenant with their scopes',
		notice: REPORT_DB_NOTICE,
		fields: {
			UseReportDB: USE_REPORT_DB,
		},
	},
	ListSecureScoreReport: {
		name: 'Get Secure Score Report',
		description: 'Latest Microsoft Secure Score of one or all tenants from the nightly cache',
		fields: {
			includeHistory: {
				displayName: 'Include History',
				description: 'Whether to add the daily scores kept in the cache for a trend',
				default: false,
			},
		},
	},
	ListServiceHealth: {
		name: 'Get Service Health',
		description: 'List the open Microsoft 365 service health issues of one or all tenants',
		fields: {
			displayName: { displayName: 'Tenant Name', description: 'Name to put in the tenant column of the result (single tenant only)' },
			defaultDomainName: {
				displayName: 'Tenant Domain',
				description: 'Domain to put in the domain column of the result (single tenant only)',
				placeholder: 'e.g. contoso.onmicrosoft.com',
			},
		},
	},
};
