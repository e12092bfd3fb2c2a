import type { CuratedField, CuratedResource } from './types';
import { REPORT_DB_NOTICE, USE_REPORT_DB } from './shared/reportDatabase';

const CLASSIFICATION: CuratedField = {
	displayName: 'Classification',
	description: 'Verdict on the alert or incident; needs a Determination',
	options: {
		truePositive: 'True Positive',
		falsePositive: 'False Positive',
		informationalExpectedActivity: 'Informational, Expected Activity',
		unknown: 'Unknown',
	},
};

const DETERMINATION: CuratedField = {
	displayName: 'Determination',
	description: 'What the activity turned out to be; required with a Classification',
	options: {
		malware: 'Malware',
		phishing: 'Phishing',
		compromisedAccount: 'Compromised Account',
		maliciousUserActivity: 'Malicious User Activity',
		multiStagedAttack: 'Multi-Staged Attack',
		unwantedSoftware: 'Unwanted Software',
		apt: 'APT',
		securityTesting: 'Security Testing',
		securityPersonnel: 'Security Personnel',
		confirmedActivity: 'Confirmed Activity',
		lineOfBusinessApplication: 'Line-of-Business Application',
		notMalicious: 'Not Malicious',
		notEnoughDataToValidate: 'Not Enough Data to Validate',
		other: 'Other',
		unknown: 'Unknown',
	},
};

/** Security: our words for Defender alerts and incidents, Check extension reports and MDE onboarding. */
export const SECURITY: CuratedResource = {
	ExecAlertsList: {
		name: 'Get Security Alerts',
		description: 'Microsoft security alerts (legacy API) with counts per status and severity; All Tenants reads a cache refreshed in the background',
		fields: {},
	},
	ExecIncidentsList: {
		name: 'Get Defender Incidents',
		description: 'Microsoft Defender incidents, optionally within a date range; All Tenants reads a cache refreshed in the background',
		fields: {
			StartDate: { displayName: 'Start Date', description: 'First creation day to include (yyyyMMdd; single tenant only)', placeholder: 'e.g. 20250101' },
			EndDate: { displayName: 'End Date', description: 'Last creation day to include (yyyyMMdd; single tenant only)', placeholder: 'e.g. 20250131' },
		},
	},
	ExecMDOAlertsList: {
		name: 'Get Defender for Office Alerts',
		description: 'Alerts from Microsoft Defender for Office 365; All Tenants reads a cache refreshed in the background',
		fields: {},
	},
	ExecSetMdoAlert: {
		name: 'Update Defender for Office Alert',
		description: 'Set status, classification or assignee of a Defender for Office 365 alert; assigns it to the API user unless an assignee is given',
		fields: {
			GUID: { displayName: 'Alert ID', description: 'ID of the alert' },
			Status: { displayName: 'Status', description: 'New status of the alert', options: { new: 'New', inProgress: 'In Progress', resolved: 'Resolved' }, promote: true },
			Classification: CLASSIFICATION,
			Determination: DETERMINATION,
			Assigned: { displayName: 'Assign To', description: 'User principal name to assign the alert to (default: the API user)', placeholder: 'e.g. analyst@contoso.com' },
		},
	},
	ExecSetSecurityAlert: {
		name: 'Update Security Alert',
		description: 'Set the status of a Microsoft security alert (legacy alerts API)',
		fields: {
			GUID: { displayName: 'Alert ID', description: 'ID of the alert' },
			Status: {
				displayName: 'Status',
				description: 'New status of the alert',
				options: { newAlert: 'New', inProgress: 'In Progress', resolved: 'Resolved', dismissed: 'Dismissed' },
			},
			Vendor: { displayName: 'Vendor', description: "Vendor of the alert, from its vendorInformation", placeholder: 'e.g. Microsoft' },
			Provider: { displayName: 'Provider', description: "Provider of the alert, from its vendorInformation", placeholder: 'e.g. IPC' },
		},
	},
	ExecSetSecurityIncident: {
		name: 'Update Defender Incident',
		description: 'Set status, severity, classification, resolving comment or assignment of a Defender incident',
		fields: {
			GUID: { displayName: 'Incident ID', description: 'ID of the incident' },
			Status: { displayName: 'Status', description: 'New status of the incident', options: { active: 'Active', inProgress: 'In Progress', resolved: 'Resolved' }, promote: true },
			Severity: {
				displayName: 'Severity',
				description: 'New severity of the incident',
				options: { informational: 'Informational', low: 'Low', medium: 'Medium', high: 'High' },
			},
			Classification: CLASSIFICATION,
			Determination: DETERMINATION,
			Comment: { displayName: 'Resolving Comment', description: 'Comment stored with the incident, usually when resolving it' },
			AssignToSelf: { displayName: 'Assign to Me', description: 'Whether to assign the incident to the API user', default: false },
			Redirected: { displayName: 'Redirected', description: 'Redirect count from the incident list; 1 or more means the update is refused' },
		},
	},
	ListCheckExtAlerts: {
		name: 'Get Check Extension Alerts',
		description: 'Phishing and cloned-page reports sent by the Check browser extension, for one tenant or all',
		fields: {},
	},
	ListMDEOnboarding: {
		name: 'Get MDE Onboarding Status',
		description: 'State of the Defender for Endpoint connector in Intune; All Tenants uses the reporting database',
		notice: REPORT_DB_NOTICE,
		fields: {
			UseReportDB: USE_REPORT_DB,
		},
	},
};
