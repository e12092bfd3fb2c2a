import type { CuratedEndpoint, CuratedField } from './curatedTypes';

/**
 * Hand-written improvements for the endpoints MSPs use most: names in plain words, what each
 * does, friendlier field labels, pick-lists and defaults. Facts (which fields exist, where they
 * go, which are {value,label}) still come from the generated catalog; a test checks every field
 * named here exists on its endpoint.
 */

const userId = (what = 'user'): CuratedField => ({
	displayName: 'User',
	description: `ID or user principal name of the ${what}`,
	placeholder: 'e.g. jane@contoso.com',
});

const trueFalse = (displayName: string, description: string, value = false): CuratedField => ({
	displayName,
	description,
	kind: 'boolean',
	default: value,
});

const GROUP_TYPES = [
	{ name: 'Distribution List', value: 'Distribution List' },
	{ name: 'Mail-Enabled Security', value: 'Mail-Enabled Security' },
	{ name: 'Microsoft 365', value: 'Microsoft 365' },
	{ name: 'Security', value: 'Security' },
];

const OFFBOARD_ACTIONS: Record<string, CuratedField> = {
	ConvertToShared: trueFalse('Convert to Shared Mailbox', 'Whether to convert the mailbox to a shared mailbox'),
	HideFromGAL: trueFalse('Hide From Address List', 'Whether to hide the mailbox from the global address list'),
	removeCalendarInvites: trueFalse('Cancel Calendar Invites', "Whether to cancel the meetings the user organises"),
	removePermissions: trueFalse('Remove Mailbox Permissions', 'Whether to remove the permissions the user holds on other mailboxes'),
	removeCalendarPermissions: trueFalse('Remove Calendar Permissions', 'Whether to remove the permissions the user holds on other calendars'),
	RemoveRules: trueFalse('Remove Inbox Rules', "Whether to delete the user's inbox rules"),
	RemoveMobile: trueFalse('Remove Mobile Devices', "Whether to remove the user's mobile devices from Exchange"),
	RemoveGroups: trueFalse('Remove From Groups', 'Whether to remove the user from all groups'),
	RemoveLicenses: trueFalse('Remove Licenses', 'Whether to remove all licenses'),
	RevokeSessions: trueFalse('Revoke Sessions', 'Whether to sign the user out of all sessions'),
	DisableSignIn: trueFalse('Block Sign-In', 'Whether to block the user from signing in'),
	ClearImmutableId: trueFalse('Clear Immutable ID', 'Whether to clear the on-premises immutable ID (for synced users)'),
	ResetPass: trueFalse('Reset Password', 'Whether to reset the password to a random one'),
	RemoveMFADevices: trueFalse('Remove MFA Methods', "Whether to remove the user's MFA methods"),
	RemoveTeamsPhoneDID: trueFalse('Remove Teams Phone Number', 'Whether to remove the Teams phone number assignment'),
	DeleteUser: trueFalse('Delete User', 'Whether to delete the user at the end'),
	DisableOneDriveSharing: trueFalse('Disable OneDrive Sharing', "Whether to stop sharing from the user's OneDrive"),
	disableForwarding: trueFalse('Disable Forwarding', 'Whether to turn off mail forwarding'),
	KeepCopy: trueFalse('Keep Copy When Forwarding', "Whether to keep a copy in the user's mailbox when forwarding"),
	forward: { displayName: 'Forward Mail To', description: 'User principal name or address to forward mail to' },
	OOO: { displayName: 'Out of Office Message', description: 'Automatic reply to set on the mailbox' },
	AccessNoAutomap: { displayName: 'Grant Mailbox Access (No Automap)', description: 'Users who get full access to the mailbox without auto-mapping' },
	AccessAutomap: { displayName: 'Grant Mailbox Access (Automap)', description: 'Users who get full access to the mailbox, added to their Outlook' },
	OnedriveAccess: { displayName: 'Grant OneDrive Access', description: "Users who get access to the user's OneDrive" },
	reference: { displayName: 'Reference', description: 'Free text stored with the task, such as a ticket number' },
};

export const CURATED: Record<string, CuratedEndpoint> = {
	// --- Users ---
	ListUsers: {
		name: 'Get Many Users',
		description: 'List Entra ID users of a tenant, with licenses, aliases and manager',
		allTenants: false,
		fields: {
			UserID: { displayName: 'User', description: 'Return only this user (ID or user principal name)' },
			graphFilter: { displayName: 'Filter', description: "OData filter, e.g. accountEnabled eq false" },
			IncludeLogonDetails: trueFalse('Include Sign-In Details', 'Whether to add the last sign-in (needs a single User)'),
		},
	},
	AddUser: {
		name: 'Create User',
		description: 'Create a user, with licenses, groups, aliases and a copied profile if wanted',
		fields: {
			displayName: { displayName: 'Display Name', placeholder: 'e.g. Jane Doe' },
			username: { displayName: 'Username', description: 'Part before the @', placeholder: 'e.g. jane.doe' },
			PrimDomain: { displayName: 'Domain', description: 'Domain for the user principal name', placeholder: 'e.g. contoso.com' },
			usageLocation: { displayName: 'Usage Location', description: 'Two-letter country code, needed for licenses', placeholder: 'e.g. NL' },
			licenses: { displayName: 'License SKU IDs', description: 'SKU IDs of the licenses to assign, comma-separated (see Report > Get Licenses)', kind: 'list' },
			AddToGroups: { displayName: 'Add To Groups', description: 'JSON array of {"value": "group ID", "label": "group name", "addedFields": {"groupType": "Security"}}' },
			copyFrom: { displayName: 'Copy Groups From User', description: 'User whose group memberships are copied' },
			setManager: { displayName: 'Manager', description: "Manager's user principal name or ID" },
			MustChangePass: trueFalse('Must Change Password', 'Whether the user must change the password at first sign-in', true),
			password: { displayName: 'Password', description: 'Leave empty to let CIPP generate one' },
		},
	},
	EditUser: {
		name: 'Update User',
		description: 'Change profile fields, licenses and group memberships of a user',
		fields: { id: { displayName: 'User ID', description: 'Object ID of the user' } },
	},
	RemoveUser: {
		name: 'Delete User',
		description: 'Delete a user (it stays restorable for 30 days)',
		fields: { ID: userId('user to delete'), userPrincipalName: { displayName: 'User Principal Name', description: 'Used in the log message' } },
	},
	ExecDisableUser: {
		name: 'Block or Unblock Sign-In',
		description: 'Block a user from signing in, or allow it again',
		fields: {
			ID: userId(),
			Enable: { ...trueFalse('Enable', 'Whether to allow sign-in (on) or block it (off)'), required: true },
		},
	},
	ExecResetPass: {
		name: 'Reset Password',
		description: "Reset a user's password to a random one; the new password is in the output",
		fields: {
			ID: userId(),
			MustChange: trueFalse('Must Change Password', 'Whether the user must change the password at next sign-in', true),
			displayName: { displayName: 'Display Name', description: 'Used in the result message' },
		},
	},
	ExecResetMFA: {
		name: 'Reset MFA',
		description: "Remove a user's MFA methods so they register again",
		fields: { ID: userId() },
	},
	ExecRevokeSessions: {
		name: 'Revoke Sessions',
		description: 'Sign a user out of every session and refresh token',
		fields: { id: userId(), Username: { displayName: 'Username', description: 'Used in the result message' } },
	},
	ExecCreateTAP: {
		name: 'Create Temporary Access Pass',
		description: 'Create a Temporary Access Pass; the pass is in the output',
		fields: {
			ID: userId(),
			lifetimeInMinutes: { displayName: 'Lifetime (Minutes)', description: 'How long the pass is valid' },
			isUsableOnce: trueFalse('Usable Once', 'Whether the pass works for one sign-in only'),
		},
	},
	ExecOffboardUser: {
		name: 'Offboard User',
		description: 'Run CIPP offboarding on one or more users: block, remove licenses and groups, convert the mailbox, and more',
		// CIPP answers 400 when no action is switched on; say so before sending.
		requireOneOf: [Object.keys(OFFBOARD_ACTIONS).filter((key) => !['forward', 'OOO', 'AccessNoAutomap', 'AccessAutomap', 'OnedriveAccess', 'reference', 'KeepCopy'].includes(key))],
		fields: {
			user: { displayName: 'Users', description: 'User principal names to offboard, comma-separated', placeholder: 'e.g. jane@contoso.com' },
			...OFFBOARD_ACTIONS,
		},
	},
	ExecPerUserMFA: {
		name: 'Set Per-User MFA',
		description: 'Set the legacy per-user MFA state of a user',
		fields: {
			userPrincipalName: { displayName: 'User Principal Name' },
			State: {
				displayName: 'State',
				options: [
					{ name: 'Disabled', value: 'disabled' },
					{ name: 'Enabled', value: 'enabled' },
					{ name: 'Enforced', value: 'enforced' },
				],
			},
		},
	},
	ListUserGroups: { name: 'Get Groups of User', description: 'List the groups a user belongs to', fields: { userId: userId() } },
	ListUserDevices: { name: 'Get Devices of User', description: 'List the devices registered to a user', fields: { UserID: userId() } },
	ListUserMailboxDetails: { name: 'Get Mailbox Details of User', description: 'Mailbox settings, holds, size and permissions of a user', fields: { UserID: userId() } },
	ListUserSigninLogs: { name: 'Get Sign-Ins of User', description: 'Recent sign-ins of one user (needs Entra ID P1)', fields: { UserID: userId() } },
	ExecBECCheck: {
		name: 'Start Compromise Check',
		description: 'Start a business-email-compromise investigation for a user; call again with the same user to read the result',
		fields: { userid: { displayName: 'User ID', description: 'Object ID of the user' }, userName: { displayName: 'User Principal Name' } },
	},
	ExecBECRemediate: {
		name: 'Remediate Compromised User',
		description: 'Reset password, block sign-in, revoke sessions, remove MFA methods and disable inbox rules',
		fields: { userid: { displayName: 'User ID' }, username: { displayName: 'User Principal Name' } },
	},
	ExecBulkLicense: {
		name: 'Change Licenses',
		description: 'Add, remove or replace licenses for a list of users',
		fields: {
			userIds: { displayName: 'User IDs', description: 'Object IDs of the users, comma-separated' },
			LicenseOperation: {
				displayName: 'Operation',
				options: [
					{ name: 'Add', value: 'Add' },
					{ name: 'Remove', value: 'Remove' },
					{ name: 'Replace', value: 'Replace' },
				],
			},
		},
	},
	ExecClrImmId: { name: 'Clear Immutable ID', description: 'Clear the on-premises immutable ID of a user', fields: { ID: userId() } },
	ExecRestoreDeleted: { name: 'Restore Deleted Object', description: 'Restore a deleted user or group', fields: { ID: { displayName: 'Object ID' } } },
	ListDeletedItems: { name: 'Get Deleted Objects', description: 'List deleted users and groups that can still be restored' },
	AddGuest: {
		name: 'Invite Guest',
		description: 'Invite a guest user',
		fields: { mail: { displayName: 'Email', placeholder: 'e.g. name@example.com' }, sendInvite: trueFalse('Send Invite', 'Whether to email the invitation') },
	},
	ExecJITAdmin: { name: 'Grant Just-in-Time Admin', description: 'Give a user admin roles for a limited time' },
	ListJITAdmin: { name: 'Get Just-in-Time Admins', description: 'List users with just-in-time admin roles' },
	ExecSendPush: { name: 'Send MFA Push', description: 'Send an MFA push to verify a user', fields: { UserEmail: { displayName: 'User Principal Name' } } },
	ExecOneDriveProvision: { name: 'Pre-Provision OneDrive', description: "Create a user's OneDrive before first sign-in", fields: { UserPrincipalName: { displayName: 'User Principal Name' } } },
	ListUserCounts: { name: 'Get User Counts', description: 'Number of users, licensed users, global admins and guests' },
	ListPerUserMFA: { name: 'Get Per-User MFA', description: 'Legacy per-user MFA state of users' },
	PatchUser: { name: 'Patch User Properties', description: "Set Microsoft Graph user properties directly (use 'Extra Body Fields')" },

	// --- Identity reports ---
	ListMFAUsers: { name: 'Get MFA Report', description: 'MFA registration, capability and Conditional Access coverage per user' },
	ListSignIns: {
		name: 'Get Sign-Ins',
		description: 'Sign-ins of the last days, optionally failed ones only',
		fields: { Days: { displayName: 'Days', description: 'How many days back (default 7)' }, failedLogonsOnly: trueFalse('Failed Only', 'Whether to return failed sign-ins only') },
	},
	ListInactiveAccounts: { name: 'Get Inactive Accounts', description: 'Users who have not signed in for a number of days' },
	ListRoles: { name: 'Get Admin Roles', description: 'Directory roles with their members' },

	// --- Tenants ---
	ListTenants: {
		name: 'Get Many Tenants',
		description: 'List the customer tenants CIPP manages',
		fields: {
			AllTenantSelector: trueFalse('Include All Tenants Entry', "Whether to add the '*All Tenants' pseudo-tenant"),
		},
	},
	ListTenantDetails: { name: 'Get Tenant Details', description: 'Organisation details of a tenant: address, contacts, sync and plans' },
	ListOrg: { name: 'Get Organization', description: "The tenant's Microsoft Graph organization object" },
	ListExternalTenantInfo: { name: 'Look Up Any Tenant', description: 'Public information about any tenant by domain or ID' },
	ListTenantGroups: { name: 'Get Tenant Groups', description: 'CIPP tenant groups and their members' },

	// --- CIPP core ---
	ListGraphRequest: {
		name: 'Graph Request',
		description: 'Read any Microsoft Graph collection through CIPP, with filters and real paging',
		paging: 'graph',
		fields: {
			Endpoint: { displayName: 'Graph Endpoint', description: 'Graph path without the version', placeholder: 'e.g. users or deviceManagement/managedDevices' },
			$filter: { displayName: 'Filter', description: 'OData $filter' },
			$select: { displayName: 'Select', description: 'Comma-separated properties to return' },
			$top: { displayName: 'Page Size', description: 'Records per page (Graph allows up to 999 for most collections)' },
			Version: {
				displayName: 'API Version',
				options: [
					{ name: 'Beta', value: 'beta' },
					{ name: 'v1.0', value: 'v1.0' },
				],
				default: 'beta',
			},
			CountOnly: trueFalse('Count Only', 'Whether to return only the number of records'),
			AsApp: trueFalse('As Application', 'Whether to call Graph with application permissions'),
			manualPagination: { managed: true },
			nextLink: { managed: true },
			NoPagination: { managed: true },
		},
	},
	ListGraphBulkRequest: { name: 'Graph Batch Request', description: 'Send a Microsoft Graph JSON batch through CIPP' },
	ListDBCache: {
		name: 'Get Reporting Data',
		description: "Read CIPP's nightly reporting database (fast, works across all tenants)",
		allTenants: true,
		fields: { type: { displayName: 'Data Type', description: "Type of data, e.g. Users, Mailboxes; use '_availableTypes' to list them" } },
	},
	ListCippQueue: { name: 'Get Queue Status', description: 'Progress of CIPP background jobs' },
	ListLogs: { name: 'Get Logbook Entries', description: "CIPP's logbook: actions, errors and alerts" },
	ExecUniversalSearch: { name: 'Search Users Across Tenants', description: 'Find users by name in every managed tenant' },
	ListApiTest: { name: 'Test API Connection', description: 'Echo the request CIPP received; proves the API client works' },
	GetVersion: { name: 'Get Version', description: "CIPP's version and whether an update is available" },

	// --- Groups ---
	ListGroups: {
		name: 'Get Many Groups',
		description: 'List groups, or one group with its members and owners',
		fields: {
			groupID: { displayName: 'Group ID', description: 'Return only this group' },
			members: trueFalse('Include Members', 'Whether to include members (needs Group ID)'),
			owners: trueFalse('Include Owners', 'Whether to include owners (needs Group ID)'),
		},
	},
	AddGroup: {
		name: 'Create Group',
		description: 'Create a Microsoft 365, security or distribution group',
		fields: {
			displayName: { displayName: 'Display Name' },
			groupType: {
				displayName: 'Group Type',
				options: [
					{ name: 'Distribution List', value: 'distribution' },
					{ name: 'Dynamic', value: 'dynamic' },
					{ name: 'Microsoft 365', value: 'm365' },
					{ name: 'Security', value: 'security' },
				],
			},
		},
	},
	EditGroup: { name: 'Update Group', description: 'Change members, owners and settings of a group' },
	ExecGroupsDelete: {
		name: 'Delete Group',
		description: 'Delete a group',
		fields: { id: { displayName: 'Group ID' }, GroupType: { displayName: 'Group Type', options: GROUP_TYPES } },
	},

	// --- Mailboxes ---
	ListMailboxes: { name: 'Get Many Mailboxes', description: 'List mailboxes of a tenant' },
	ListmailboxPermissions: { name: 'Get Mailbox Permissions', description: 'Full Access, Send As and Send on Behalf permissions' },
	ExecModifyMBPerms: { name: 'Change Mailbox Permissions', description: 'Add or remove mailbox permissions' },
	ExecEmailForward: {
		name: 'Set Forwarding',
		description: 'Forward mail to an internal or external address, or stop forwarding',
		fields: {
			userID: { displayName: 'Mailbox', description: 'User principal name of the mailbox' },
			forwardOption: {
				displayName: 'Forwarding',
				options: [
					{ name: 'Disabled', value: 'disabled' },
					{ name: 'External Address', value: 'ExternalAddress' },
					{ name: 'Internal Address', value: 'internalAddress' },
				],
			},
		},
	},
	ExecConvertMailbox: {
		name: 'Convert Mailbox',
		description: 'Convert a mailbox to shared, regular, room or equipment',
		fields: {
			ID: { displayName: 'Mailbox' },
			MailboxType: {
				displayName: 'Convert To',
				options: [
					{ name: 'Equipment', value: 'Equipment' },
					{ name: 'Regular', value: 'Regular' },
					{ name: 'Room', value: 'Room' },
					{ name: 'Shared', value: 'Shared' },
				],
			},
		},
	},
	AddSharedMailbox: { name: 'Create Shared Mailbox', description: 'Create a shared mailbox (sign-in is blocked)' },
	ExecSetOoO: {
		name: 'Set Out of Office',
		description: 'Turn automatic replies on, off, or schedule them',
		fields: {
			userId: { displayName: 'Mailbox' },
			AutoReplyState: {
				displayName: 'State',
				options: [
					{ name: 'Disabled', value: 'Disabled' },
					{ name: 'Enabled', value: 'Enabled' },
					{ name: 'Scheduled', value: 'Scheduled' },
				],
			},
		},
	},
	ListOoO: { name: 'Get Out of Office', description: 'Automatic reply settings of a mailbox' },
	ExecHideFromGAL: { name: 'Hide From Address List', description: 'Hide a mailbox from the global address list, or show it again' },
	ExecEnableArchive: { name: 'Enable Archive', description: 'Enable the online archive of a mailbox' },
	ListMailboxRules: { name: 'Get Inbox Rules', description: 'Inbox rules of all mailboxes in a tenant' },
	ListMessageTrace: { name: 'Trace Messages', description: 'Message trace by sender, recipient and period' },
	ListMailboxForwarding: { name: 'Get Forwarding Report', description: 'Mailboxes that forward mail, and where to' },
	ListCalendarPermissions: { name: 'Get Calendar Permissions', description: 'Calendar folder permissions of a mailbox' },

	// --- Spam and quarantine ---
	ListMailQuarantine: { name: 'Get Quarantined Messages', description: 'Messages held in quarantine' },
	ExecQuarantineManagement: { name: 'Release or Deny Quarantined Message', description: 'Release, or deny release of, quarantined messages' },

	// --- Devices ---
	ListDevices: { name: 'Get Many Managed Devices', description: 'Intune managed devices of a tenant' },
	ExecDeviceAction: {
		name: 'Run Device Action',
		description: 'Sync, reboot, locate, scan, wipe or retire an Intune device',
		fields: {
			GUID: { displayName: 'Device ID', description: 'Intune managed device ID', required: true },
			Action: {
				displayName: 'Action',
				required: true,
				options: [
					{ name: 'Clean Windows Device', value: 'cleanWindowsDevice' },
					{ name: 'Collect Diagnostics', value: 'createDeviceLogCollectionRequest' },
					{ name: 'Defender Scan', value: 'WindowsDefenderScan' },
					{ name: 'Locate', value: 'locateDevice' },
					{ name: 'Reboot', value: 'rebootNow' },
					{ name: 'Retire', value: 'retire' },
					{ name: 'Rotate Local Admin Password', value: 'RotateLocalAdminPassword' },
					{ name: 'Sync', value: 'syncDevice' },
					{ name: 'Update Defender Signatures', value: 'windowsDefenderUpdateSignatures' },
					{ name: 'Wipe', value: 'wipe' },
				],
			},
		},
	},
	ExecDeviceDelete: {
		name: 'Delete, Disable or Enable Device',
		description: 'Delete, disable or enable an Entra ID device',
		fields: {
			ID: { displayName: 'Device Object ID' },
			action: {
				displayName: 'Action',
				options: [
					{ name: 'Delete', value: 'Delete' },
					{ name: 'Disable', value: 'Disable' },
					{ name: 'Enable', value: 'Enable' },
				],
			},
		},
	},
	ExecGetRecoveryKey: { name: 'Get BitLocker Key', description: 'BitLocker (or FileVault) recovery keys of a device', fields: { GUID: { displayName: 'Device ID' } } },
	ListAPDevices: { name: 'Get Autopilot Devices', description: 'Windows Autopilot devices of a tenant' },

	// --- Conditional Access ---
	ListConditionalAccessPolicies: { name: 'Get Many Policies', description: 'Conditional Access policies with names resolved' },
	ListNamedLocations: { name: 'Get Named Locations', description: 'Named locations used by Conditional Access' },
	AddCAPolicy: {
		name: 'Create Policy',
		description: 'Deploy a Conditional Access policy from its JSON definition',
		fields: {
			RawJSON: { displayName: 'Policy JSON', description: 'The policy as Microsoft Graph JSON (for example exported from a template)', required: true },
			NewState: {
				displayName: 'State',
				options: [
					{ name: 'As Defined in JSON', value: '' },
					{ name: 'Disabled', value: 'disabled' },
					{ name: 'Enabled', value: 'enabled' },
					{ name: 'Report Only', value: 'enabledForReportingButNotEnforced' },
				],
			},
			overwrite: trueFalse('Overwrite Existing', 'Whether to replace a policy with the same name'),
			DisableSD: trueFalse('Disable Security Defaults', 'Whether to turn off security defaults first (needed to enable CA policies)'),
		},
	},
	EditCAPolicy: {
		name: 'Set Policy State',
		description: 'Enable, disable or report-only a policy, or rename it',
		fields: {
			GUID: { displayName: 'Policy ID' },
			State: {
				displayName: 'State',
				options: [
					{ name: 'Disabled', value: 'disabled' },
					{ name: 'Enabled', value: 'enabled' },
					{ name: 'Report Only', value: 'enabledForReportingButNotEnforced' },
				],
			},
		},
	},
	ExecCAExclusion: { name: 'Exclude User From Policy', description: 'Exclude users from a policy, optionally for a vacation period' },

	// --- Alerts ---
	AddAlert: { name: 'Create Audit Log Alert', description: 'Alert on audit-log events that match conditions' },
	ListAlertsQueue: { name: 'Get Alert Rules', description: 'Configured audit-log and scripted alerts' },
	ListAuditLogs: {
		name: 'Get Audit Log Alerts',
		description: 'Audit-log events that matched an alert rule',
		allTenants: true,
		fields: { RelativeTime: { displayName: 'Period', description: 'How far back, e.g. 15m, 4h, 7d' } },
	},
	ExecAddAlert: {
		name: 'Send Test Notification',
		description: 'Send a test message through the notification channels (webhook, email, PSA)',
		fields: {
			text: { displayName: 'Text' },
			sendWebhookNow: trueFalse('Send Webhook', 'Whether to post the message to the configured webhook'),
			sendEmailNow: trueFalse('Send Email', 'Whether to email the message'),
		},
	},
	ExecSnoozeAlert: { name: 'Snooze Alert', description: 'Snooze an alert item for 7, 14, 30 or 90 days' },
	ListAlertResults: { name: 'Get Alert Results', description: 'Last results of the scripted alerts' },

	// --- Security ---
	ExecIncidentsList: { name: 'Get Defender Incidents', description: 'Microsoft Defender incidents', allTenants: true },
	ExecAlertsList: { name: 'Get Security Alerts', description: 'Microsoft security alerts with counts per severity', allTenants: true },
	ExecSetSecurityIncident: { name: 'Update Defender Incident', description: 'Set status, classification or assignment of an incident' },

	// --- Licenses and reports ---
	ListLicenses: { name: 'Get Licenses', description: 'Licenses with used and available counts', allTenants: true },
	ListServiceHealth: { name: 'Get Service Health', description: 'Open Microsoft 365 service issues' },
	ListOAuthApps: { name: 'Get Consented Apps', description: 'OAuth apps with delegated consent' },

	// --- Domains ---
	ListDomains: { name: 'Get Domains', description: 'Domains of a tenant' },

	// --- Standards ---
	listStandardTemplates: { name: 'Get Standard Templates', description: 'CIPP standards templates' },
	ExecStandardsRun: { name: 'Run Standards', description: 'Apply standards now for a tenant or all tenants' },
	ListStandardsCompare: { name: 'Compare Standards', description: 'Expected versus current value of each standard' },
	ListTenantAlignment: { name: 'Get Standards Alignment', description: 'Alignment score of each tenant against its templates' },
	ListTenantDrift: { name: 'Get Drift', description: 'Deviations from the standards template of a tenant' },
	ListDomainHealth: { name: 'Check Domain Health', description: 'DNS checks of any domain: SPF, DMARC, DKIM, MX, DNSSEC' },

	// --- Scheduler ---
	AddScheduledItem: { name: 'Create Scheduled Task', description: 'Schedule a CIPP command once or on a recurrence' },
	ListScheduledItems: { name: 'Get Scheduled Tasks', description: 'Scheduled tasks and their last results' },
	ListScheduledItemDetails: { name: 'Get Scheduled Task Results', description: 'Per-tenant results of one scheduled task' },
	RemoveScheduledItem: { name: 'Delete Scheduled Task', description: 'Remove a scheduled task' },

	// --- GDAP, SharePoint, Teams ---
	ListGDAPRelationships: { name: 'Get GDAP Relationships', description: 'Delegated admin relationships of the partner tenant' },
	ListSites: {
		name: 'Get Sites',
		description: 'SharePoint sites or OneDrive accounts with usage',
		fields: {
			Type: {
				displayName: 'Type',
				options: [
					{ name: 'OneDrive Accounts', value: 'OneDriveUsageAccount' },
					{ name: 'SharePoint Sites', value: 'SharePointSiteUsage' },
				],
			},
		},
	},
	ListTeams: { name: 'Get Teams', description: 'Teams of a tenant, or one team with channels and members' },
	AddTeam: { name: 'Create Team', description: 'Create a Microsoft Team' },
};
