import type { CuratedResource } from './types';
import { REPORT_DB_NOTICE, USE_REPORT_DB } from './shared/reportDatabase';

/** Identity reports: our words for sign-in, MFA, inactivity, sync and audit reports. */
export const IDENTITY_REPORT: CuratedResource = {
	ListAzureADConnectStatus: {
		name: 'Get Directory Sync Status',
		description: 'Entra Connect sync state and last sync time, and the objects with provisioning errors',
		fields: {
			DataToReturn: {
				displayName: 'Data to Return',
				description: 'Which part to return; both when empty',
				options: {
					AzureADConnectSettings: { name: 'Sync Settings', description: 'Whether sync is on and when it last ran' },
					AzureADObjectsInError: { name: 'Objects in Error', description: 'Users, contacts and groups with provisioning errors' },
				},
			},
		},
	},
	ListBasicAuth: {
		name: 'Get Legacy Auth Sign-Ins',
		description: 'Users who signed in with legacy (basic) authentication protocols in the last 30 days (needs Entra ID P1)',
		fields: {},
	},
	ListInactiveAccounts: {
		name: 'Get Inactive Accounts',
		description: "Enabled members who have not signed in for a number of days, from CIPP's nightly reporting data",
		fields: {
			InactiveDays: { displayName: 'Inactive Days', description: 'Days without a sign-in (180 when empty)', placeholder: 'e.g. 90' },
		},
	},
	ListMFAUsers: {
		name: 'Get MFA Report',
		description: 'MFA registration, per-user MFA state and Conditional Access coverage of every user',
		notice: REPORT_DB_NOTICE,
		fields: {
			UseReportDB: USE_REPORT_DB,
		},
	},
	ListObjectHistory: {
		name: 'Get Object History',
		description: 'Timeline of changes to a user, group, device, app, policy or mailbox from the Entra and Exchange audit logs',
		fields: {
			objectId: { displayName: 'Object ID', description: 'ID of the object to trace', placeholder: 'e.g. 8d1c4f3e-2a6b-4e1d-9c7a-5b0f3e2d1a6c' },
			id: { displayName: 'Object ID (Alternative)', description: 'Same as Object ID; used when Object ID is empty' },
			objectType: {
				displayName: 'Object Type',
				description: 'Kind of object, to pick the right audit sources; detected when empty',
				placeholder: 'e.g. user, group, sharedmailbox, conditionalaccesspolicy',
			},
			days: { displayName: 'Days', description: 'How many days back, 1 to 90 (30 when empty)', placeholder: 'e.g. 30' },
		},
	},
	ListRoles: {
		name: 'Get Admin Roles',
		description: 'Entra admin roles of a tenant with their members',
		fields: {},
	},
	ListSignIns: {
		name: 'Get Sign-Ins',
		description: 'Sign-ins of the last days, optionally only failed ones or only users above a failure count (needs Entra ID P1)',
		fields: {
			Days: { displayName: 'Days', description: 'How many days back (7 when empty)', placeholder: 'e.g. 7' },
			failedLogonsOnly: { displayName: 'Failed Only', description: 'Whether to return only sign-ins that failed on a wrong password', default: false },
			FailureThreshold: { displayName: 'Failure Threshold', description: 'With Failed Only: keep users with at least this many failures', placeholder: 'e.g. 5' },
			Filter: { displayName: 'Filter', description: 'Full OData filter on sign-ins; replaces Days and Failed Only', placeholder: "e.g. userPrincipalName eq 'jane@contoso.com'" },
		},
	},
};
