import type { CuratedField, CuratedResource } from './types';

const policyId = (description = 'ID of the Conditional Access policy'): CuratedField => ({
	displayName: 'Policy ID',
	description,
	placeholder: 'e.g. 8f2c1a7e-3b4d-4e5f-9a6b-1c2d3e4f5a6b',
});

const POLICY_STATES = {
	enabled: 'Enabled',
	disabled: 'Disabled',
	enabledForReportingButNotEnforced: 'Report Only',
};

const RISK_LEVELS = { none: 'None', low: 'Low', medium: 'Medium', high: 'High' };

const templateBody = 'the Conditional Access policy as Microsoft Graph JSON (displayName, state, conditions, grantControls, sessionControls)';

/** Conditional Access: our words for policies, templates, named locations and exclusions. */
export const CONDITIONAL_ACCESS: CuratedResource = {
	AddCAPolicy: {
		name: 'Create Policy',
		description: 'Deploy a Conditional Access policy from its JSON (such as a CA template) to one or more tenants, optionally replacing a same-named policy',
		fields: {
			RawJSON: {
				displayName: 'Policy JSON',
				description: 'The policy as Microsoft Graph JSON, for example a CA template; named locations listed in LocationInfo are created when missing',
				placeholder: 'e.g. {"displayName": "Require MFA", "state": "enabled", "conditions": {...}, "grantControls": {...}}',
			},
			NewState: {
				displayName: 'State',
				description: 'State to give the policy; leave out to keep the state in the JSON',
				options: {
					donotchange: { name: 'Keep Current State', description: 'Keep the state of the policy being overwritten' },
					...POLICY_STATES,
				},
				promote: true,
			},
			overwrite: {
				displayName: 'Overwrite Existing',
				description: 'Whether to update a policy with the same display name instead of failing',
				default: false,
				promote: true,
			},
			replacename: {
				displayName: 'Users and Groups',
				description: 'How the users and groups named in the JSON are handled',
				options: {
					none: { name: 'Leave As Is', description: 'Send the users and groups unchanged' },
					displayName: { name: 'Match by Display Name', description: 'Replace user and group names with the IDs of the same names in the tenant' },
					AllUsers: { name: 'All Users', description: 'Apply the policy to all users and drop every user and group exclusion' },
				},
				default: 'none',
			},
			CreateGroups: {
				displayName: 'Create Missing Groups',
				description: 'Whether to create groups that do not exist in the tenant when matching by display name (from a group template when one has the name)',
				default: false,
			},
			DisableSD: {
				displayName: 'Disable Security Defaults',
				description: 'Whether to turn off security defaults first, which Conditional Access policies need',
				default: false,
			},
		},
	},
	AddCATemplate: {
		name: 'Create Template From Policy',
		description: 'Save a Conditional Access policy as a CIPP template, replacing user, group and location IDs of the tenant with their names',
		fields: {
			conditions: {
				displayName: 'Conditions',
				description: 'The conditions object of the policy; its user, group and location IDs are turned into names',
				placeholder: 'e.g. {"users": {"includeUsers": ["All"]}, "applications": {"includeApplications": ["All"]}}',
			},
			name: { displayName: 'Name', description: 'Name shown in the result message only; the template is named by its displayName' },
		},
	},
	AddNamedLocation: {
		name: 'Create Named Location',
		description: 'Create an IP range or country named location in one or more tenants',
		fields: {
			policyName: { displayName: 'Name', description: 'Display name of the named location', placeholder: 'e.g. Head Office' },
			Type: {
				displayName: 'Type',
				description: 'Whether the location is defined by IP ranges or by countries',
				options: { IPLocation: 'IP Ranges', Countries: 'Countries' },
				default: 'IPLocation',
			},
			Ips: {
				displayName: 'IP Ranges',
				description: 'IP ranges in CIDR notation, one per line',
				placeholder: 'e.g. 203.0.113.0/24',
			},
			Trusted: { displayName: 'Trusted', description: 'Whether to mark the IP location as trusted', default: false },
			Countries: {
				displayName: 'Countries',
				description: 'Countries as {value,label} objects with two-letter country codes as values',
				placeholder: 'e.g. [{"value": "NL", "label": "Netherlands"}]',
			},
			includeUnknownCountriesAndRegions: {
				displayName: 'Include Unknown Countries',
				description: 'Whether sign-ins from IP addresses that cannot be mapped to a country also match',
				default: false,
			},
		},
	},
	EditCAPolicy: {
		name: 'Set Policy State',
		description: 'Enable, disable or set a Conditional Access policy to report-only, or rename it',
		fields: {
			GUID: policyId(),
			State: { displayName: 'State', description: 'New state of the policy', options: POLICY_STATES, promote: true },
			newDisplayName: { displayName: 'New Name', description: 'New display name of the policy' },
		},
	},
	ExecCAExclusion: {
		name: 'Exclude User From Policy',
		description: 'Add or remove user exclusions on a policy, or schedule a vacation exclusion between two dates; keeps a vacation exclusion group on the policy',
		fields: {
			PolicyId: policyId(),
			Users: {
				displayName: 'Users',
				description: 'Users as {value,label} objects with object IDs as values (addedFields.userPrincipalName is used for names)',
				placeholder: 'e.g. [{"value": "0b3f8c2d-...", "label": "Jane Doe", "addedFields": {"userPrincipalName": "jane@contoso.com"}}]',
			},
			UserID: {
				displayName: 'User ID',
				description: 'Object ID of a single user, used when Users is empty',
				placeholder: 'e.g. 0b3f8c2d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
			},
			Username: { displayName: 'Username', description: 'Name of the user for the result message; looked up when User ID is given' },
			ExclusionType: {
				displayName: 'Exclusion',
				description: 'Whether to add or remove the exclusion right away (ignored in vacation mode)',
				options: { Add: 'Add', Remove: 'Remove' },
				default: 'Add',
				promote: true,
			},
			vacation: {
				displayName: 'Vacation Mode',
				description: 'Whether to schedule the exclusion from Start Date to End Date instead of changing the policy now',
				default: false,
			},
			StartDate: {
				displayName: 'Start Date',
				description: 'When the vacation exclusion starts, as Unix time in seconds',
				placeholder: 'e.g. 1767225600',
			},
			EndDate: {
				displayName: 'End Date',
				description: 'When the vacation exclusion ends, as Unix time in seconds',
				placeholder: 'e.g. 1768435200',
			},
			CreateTravelPolicy: {
				displayName: 'Create Travel Policy',
				description: 'Whether to add, for the vacation, a temporary policy that allows sign-ins only from the travel countries',
				default: false,
			},
			TravelCountries: {
				displayName: 'Travel Countries',
				description: 'Countries the users travel to, as {value,label} objects with two-letter codes as values',
				placeholder: 'e.g. [{"value": "ES", "label": "Spain"}]',
			},
			excludeLocationAuditAlerts: {
				displayName: 'Exclude From Location Alerts',
				description: 'Whether to also exclude the users from audit-log location alerts during the vacation, when the policy uses named locations',
				default: false,
			},
			postExecution: {
				displayName: 'Notify Via',
				description: 'Where the scheduled tasks report their results',
				options: { Webhook: 'Webhook', Email: 'Email', PSA: 'PSA' },
			},
			reference: { displayName: 'Reference', description: 'Free text stored with the scheduled tasks, such as a ticket number' },
		},
	},
	ExecCAServiceExclusion: {
		name: 'Exclude Service Provider',
		description: "Exclude the partner tenant's service-provider users from a policy that targets all users, all guests or directory roles",
		fields: { GUID: policyId() },
	},
	ExecCaCheck: {
		name: 'Test Policies (What If)',
		description: 'Evaluate which Conditional Access policies would apply to a sign-in of a user; nothing is changed',
		fields: {
			userID: {
				displayName: 'User',
				description: 'The user as {value,label}, with the object ID as value',
				placeholder: 'e.g. {"value": "0b3f8c2d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", "label": "Jane Doe"}',
			},
			IncludeApplications: {
				displayName: 'Application',
				description: 'The application signed in to, as {value,label} with the application ID as value; a default app is used when empty',
				placeholder: 'e.g. {"value": "00000003-0000-0ff1-ce00-000000000000", "label": "SharePoint Online"}',
			},
			DevicePlatform: {
				displayName: 'Device Platform',
				description: 'Platform of the signing-in device',
				options: { android: 'Android', iOS: 'iOS', windows: 'Windows', macOS: 'macOS', linux: 'Linux' },
			},
			ClientAppType: {
				displayName: 'Client App Type',
				description: 'Kind of client used to sign in',
				options: {
					all: 'All',
					browser: 'Browser',
					mobileAppsAndDesktopClients: 'Mobile Apps and Desktop Clients',
					exchangeActiveSync: 'Exchange ActiveSync',
					easSupported: 'EAS Supported',
					other: 'Other Clients',
				},
			},
			authenticationFlow: {
				displayName: 'Authentication Flow',
				description: 'Authentication flow used to sign in',
				options: { none: 'None', deviceCodeFlow: 'Device Code Flow', authenticationTransfer: 'Authentication Transfer' },
			},
			IpAddress: { displayName: 'IP Address', description: 'IP address the sign-in comes from', placeholder: 'e.g. 203.0.113.10' },
			Country: {
				displayName: 'Country',
				description: 'Country the sign-in comes from, as {value,label} with a two-letter code as value',
				placeholder: 'e.g. {"value": "US", "label": "United States"}',
			},
			SignInRiskLevel: { displayName: 'Sign-In Risk Level', description: 'Risk level of the sign-in', options: RISK_LEVELS },
			UserRiskLevel: { displayName: 'User Risk Level', description: 'Risk level of the user', options: RISK_LEVELS },
		},
	},
	ExecCreateCATemplate: {
		name: 'Create Template',
		description: 'Save a Conditional Access policy JSON as a CIPP template as it is, for deployment with Create Policy or standards',
		fields: {
			displayName: {
				displayName: 'Display Name',
				description: `Name of the policy the template creates; the template itself is ${templateBody}`,
				placeholder: 'e.g. Require MFA for Admins',
			},
			name: { displayName: 'Name', description: 'Accepted instead of Display Name, but a template without a displayName cannot be deployed' },
		},
	},
	ExecEditCAPolicyFull: {
		name: 'Update Policy',
		description: 'Replace the settings of a Conditional Access policy with a Microsoft Graph policy body',
		fields: {
			PolicyId: policyId(),
			PolicyBody: {
				displayName: 'Policy Body',
				description: 'Policy members to PATCH as Microsoft Graph JSON; id and timestamps are dropped',
				placeholder: 'e.g. {"displayName": "Require MFA", "state": "enabled", "conditions": {...}, "grantControls": {...}}',
			},
		},
	},
	ExecNamedLocation: {
		name: 'Update Named Location',
		description: 'Add or remove IP ranges or countries, rename, trust, untrust or delete a named location',
		fields: {
			namedLocationId: { displayName: 'Named Location ID', description: 'ID of the named location' },
			change: {
				displayName: 'Change',
				description: 'What to change',
				options: {
					addIp: 'Add IP Range',
					removeIp: 'Remove IP Ranges',
					addLocation: 'Add Country',
					removeLocation: 'Remove Countries',
					rename: 'Rename',
					setTrusted: 'Mark as Trusted',
					setUntrusted: 'Mark as Untrusted',
					delete: 'Delete',
				},
			},
			input: {
				displayName: 'Value',
				description: 'CIDR range, two-letter country code or new name, plain or as {value,label}; removals also take a JSON array of several',
				placeholder: 'e.g. 203.0.113.0/24',
			},
		},
	},
	ListCAtemplates: {
		name: 'Get Many Templates',
		description: 'Conditional Access templates saved in CIPP, or one template by its GUID',
		fields: {
			id: { displayName: 'Template GUID', description: 'GUID of one template to return', placeholder: 'e.g. 5d3c2b1a-6f7e-4d8c-9b0a-1e2f3a4b5c6d' },
			guid: { displayName: 'GUID (Alternative)', description: 'Same as Template GUID; used when Template GUID is empty' },
			mode: {
				displayName: 'Mode',
				description: 'Set to return template packages (tags) with their templates',
				options: { Tag: 'By Package' },
			},
		},
	},
	ListConditionalAccessPolicies: {
		name: 'Get Many Policies',
		description: 'Conditional Access policies with user, group, app and location names resolved; All Tenants reads a cache that loads in the background',
		fields: {},
	},
	ListConditionalAccessPolicyChanges: {
		name: 'Get Policy Changes',
		description: 'Audit-log entries of changes to one Conditional Access policy, with old and new values',
		fields: {
			id: policyId(),
			displayName: { displayName: 'Policy Name', description: 'Name copied into each result row' },
		},
	},
	ListNamedLocations: {
		name: 'Get Named Locations',
		description: 'IP and country named locations used by Conditional Access in a tenant',
		fields: {},
	},
	RemoveCAPolicy: {
		name: 'Delete Policy',
		description: 'Delete a Conditional Access policy',
		fields: { GUID: policyId() },
	},
	RemoveCATemplate: {
		name: 'Delete Template',
		description: 'Delete a Conditional Access template from CIPP',
		fields: { ID: { displayName: 'Template GUID', description: 'GUID of the template to delete' } },
	},
};
