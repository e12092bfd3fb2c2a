import type { CuratedField, CuratedResource } from './types';

/** Tenants: our words for managing the tenant list, on- and offboarding, tests and tenant-wide settings. */

const toggle = (displayName: string, description: string, value = false): CuratedField => ({
	displayName,
	description,
	default: value,
});

const ENABLED_STATES = {
	default: { name: 'Microsoft Default', description: 'Let Microsoft decide' },
	enabled: { name: 'Enabled' },
	disabled: { name: 'Disabled' },
};

const TEST_STATUSES = 'Comma-separated statuses: Passed, Failed, Investigate, Skipped or Informational';

const TEST_IDS = (kind: string): CuratedField => ({
	displayName: `${kind} Tests`,
	description: `IDs of the ${kind.toLowerCase()} tests in the suite (see Get Many Available Tests)`,
});

export const TENANT: CuratedResource = {
	AddTenant: {
		name: 'Create Customer Tenant',
		description: 'Check a tenant name or address, or create a customer via Partner Center (CSP only; in this CIPP release the create step returns a sample only)',
		fields: {
			Action: {
				displayName: 'Action',
				description: 'What to do',
				options: {
					ValidateDomain: { name: 'Check Tenant Name', description: 'Whether <name>.onmicrosoft.com is still free' },
					ValidateAddress: { name: 'Check Address', description: 'Let Partner Center validate the address' },
					GetOrganizationProfile: { name: 'Get Partner Profile', description: "The partner's Partner Center organization profile" },
					AddTenant: { name: 'Create Tenant', description: 'Create the customer (needs a Tier 1 or Tier 2 CSP)' },
				},
			},
			TenantName: { displayName: 'Tenant Name', description: 'Part before .onmicrosoft.com', placeholder: 'e.g. contosoltd' },
			CompanyName: { displayName: 'Company Name', description: 'Legal name of the customer' },
			FirstName: { displayName: 'Contact First Name', description: 'First name of the billing contact' },
			LastName: { displayName: 'Contact Last Name', description: 'Last name of the billing contact' },
			Email: { displayName: 'Contact Email', description: 'Email address of the billing contact', placeholder: 'e.g. it@contoso.com' },
			PhoneNumber: { displayName: 'Phone Number', description: 'Phone number of the billing contact' },
			AddressLine1: { displayName: 'Address Line 1', description: 'Street and number' },
			AddressLine2: { displayName: 'Address Line 2', description: 'Second address line, if any' },
			City: { displayName: 'City', description: 'City of the address' },
			State: { displayName: 'State or Region', description: 'State, province or region of the address' },
			PostalCode: { displayName: 'Postal Code', description: 'Postal or ZIP code' },
			Country: { displayName: 'Country', description: 'Two-letter country code', placeholder: 'e.g. NL' },
		},
	},
	AddTestReport: {
		name: 'Save Test Report',
		description: 'Create or update a custom test report: a named selection of identity, device and custom tests',
		fields: {
			name: { displayName: 'Name', description: 'Name of the report (up to 256 characters)' },
			description: { displayName: 'Description', description: 'What the report is for' },
			IdentityTests: TEST_IDS('Identity'),
			DevicesTests: TEST_IDS('Devices'),
			CustomTests: TEST_IDS('Custom'),
			ReportId: { displayName: 'Report ID', description: 'ID of the report to update; leave empty to create a new one' },
		},
	},
	DeleteTestReport: {
		name: 'Delete Test Report',
		description: 'Delete a custom test report',
		fields: {
			ReportId: { displayName: 'Report ID', description: 'ID of the custom report to delete' },
		},
	},
	EditTenant: {
		name: 'Update Tenant',
		description: "Set the tenant's alias and static tenant group memberships in CIPP; an empty alias removes the current one",
		fields: {
			tenantAlias: { displayName: 'Alias', description: 'Name CIPP shows for the tenant; leave empty to remove the alias' },
			tenantGroups: {
				displayName: 'Tenant Groups',
				description: 'JSON array of {"groupId", "groupName"} static tenant groups; static groups left out are removed',
				placeholder: 'e.g. [{"groupId": "…", "groupName": "Managed Services"}]',
			},
		},
	},
	EditTenantOffboardingDefaults: {
		name: 'Set Offboarding Defaults',
		description: 'Save the offboarding options CIPP preselects for users of this tenant, or clear them',
		fields: {
			offboardingDefaults: {
				displayName: 'Offboarding Defaults',
				description: 'JSON object of offboarding switches (as in Offboard User); leave empty to clear the tenant defaults',
				placeholder: 'e.g. {"ConvertToShared": true, "RemoveLicenses": true, "RevokeSessions": true}',
			},
			defaultDomainName: { displayName: 'Default Domain', description: 'Default domain of the tenant, so defaults saved under it are cleared too', placeholder: 'e.g. contoso.com' },
		},
	},
	ExecAddSPN: {
		name: 'Add GDAP Migration Service Principal',
		description: 'Create the Microsoft service principal in the partner tenant that GDAP migration permissions need',
		fields: {},
	},
	ExecCustomTestRun: {
		name: 'Run Custom Tests',
		description: 'Re-run the enabled custom tests against the latest cached data, for one tenant or all tenants',
		fields: {},
	},
	ExecOffboardTenant: {
		name: 'Offboard Tenant',
		description: 'Remove partner access from a customer: guests, contacts, apps, GDAP and the reseller contract, as selected',
		fields: {
			RemoveCSPGuestUsers: { ...toggle('Remove Partner Guest Users', 'Whether to delete guest users whose email domain belongs to the partner tenant'), promote: true },
			RemoveCSPnotificationContacts: toggle('Remove Partner Notification Contacts', 'Whether to remove partner addresses from the technical, security and marketing contacts'),
			RemoveDomainAnalyserData: toggle('Remove Domain Analyser Data', "Whether to delete CIPP's domain analyser results for the tenant"),
			vendorApplications: {
				displayName: 'Vendor Applications',
				description: 'JSON array of {"value": service principal ID, "label": name} of vendor apps to delete',
				placeholder: 'e.g. [{"value": "…", "label": "Vendor RMM"}]',
			},
			RemoveMultitenantCSPApps: { ...toggle('Remove Partner Apps', 'Whether to delete every multi-tenant app owned by the partner tenant, CIPP last'), promote: true },
			TerminateGDAP: { ...toggle('Terminate GDAP', 'Whether to terminate all active GDAP relationships and drop the tenant from CIPP'), promote: true },
			TerminateContract: { ...toggle('Terminate Reseller Contract', 'Whether to end the reseller relationship in Partner Center'), promote: true },
		},
	},
	ExecOnboardTenant: {
		name: 'Onboard Tenant',
		description: 'Start (or check) onboarding of a customer from an accepted GDAP relationship: role test, group mapping, CPV consent',
		fields: {
			id: { displayName: 'Relationship ID', description: 'ID of the accepted GDAP relationship' },
			Cancel: toggle('Cancel', 'Whether to cancel the onboarding job instead'),
			Retry: toggle('Retry', 'Whether to restart a job that already ran'),
			gdapRoles: {
				displayName: 'Role Mappings',
				description: 'JSON array of role mappings (as in a GDAP role template) to apply to the relationship',
				placeholder: 'e.g. [{"GroupId": "…", "RoleName": "Exchange Administrator", "roleDefinitionId": "29232cdf-9323-42fd-ade2-1d097af3e4de"}]',
			},
			addMissingGroups: toggle('Create Missing Groups', "Whether to create partner security groups the mappings reference but that don't exist"),
			ignoreMissingRoles: toggle('Ignore Missing Roles', 'Whether to continue when the relationship lacks roles CIPP needs'),
			autoMapRoles: toggle('Map Roles Automatically', 'Whether to assign the mapped groups to the relationship'),
			standardsExcludeAllTenants: toggle('Exclude From All-Tenant Standards', 'Whether to exclude the new tenant from standards templates that target all tenants'),
		},
	},
	ExecRegistrationCampaign: {
		name: 'Set MFA Registration Campaign',
		description: 'Configure the Entra ID campaign that nudges users to register an authenticator; unset options keep their value',
		fields: {
			state: {
				displayName: 'State',
				description: 'Whether the campaign runs',
				options: ENABLED_STATES,
			},
			targetedAuthenticationMethod: {
				displayName: 'Method',
				description: 'Method users are asked to register',
				options: { microsoftAuthenticator: { name: 'Microsoft Authenticator' }, fido2: { name: 'FIDO2 Security Key / Passkey' } },
			},
			snoozeDurationInDays: { displayName: 'Snooze Days', description: 'Days a user may postpone registration (0-14)' },
			enforceRegistrationAfterAllowedSnoozes: toggle('Enforce After Snoozes', 'Whether registration becomes mandatory once the snoozes are used up'),
			includeAllUsers: toggle('Include All Users', 'Whether the campaign targets all users (include groups and users are then ignored)'),
			includeGroups: { displayName: 'Include Groups', description: 'Object IDs of groups to target' },
			includeUsers: { displayName: 'Include Users', description: 'Object IDs of users to target' },
			excludeGroups: { displayName: 'Exclude Groups', description: 'Object IDs of groups to leave out' },
			excludeUsers: { displayName: 'Exclude Users', description: 'Object IDs of users to leave out' },
		},
	},
	ExecSendOrgMessage: {
		name: 'Send Organizational Message',
		description: 'Show an Intune organizational message to an Entra group for a year (needs Intune and Windows devices)',
		fields: {
			type: {
				displayName: 'Message Type',
				description: 'Where the message appears',
				options: {
					taskbar: { name: 'Taskbar' },
					notification: { name: 'Notification' },
					getStarted: { name: 'Get Started App', description: 'Sends fixed sample text' },
				},
			},
			ID: { displayName: 'Group ID', description: 'Object ID of the Entra group that sees the message' },
			URL: { displayName: 'Click URL', description: 'Page opened when the message is clicked', placeholder: 'e.g. https://intranet.contoso.com/it' },
			freq: { displayName: 'Frequency', description: 'How often the message is shown, as an Intune frequency value' },
		},
	},
	ExecTestRefresh: {
		name: 'Refresh Test',
		description: 'Run one test for a tenant now and store the result',
		fields: {
			testName: { displayName: 'Test ID', description: 'ID of the test (see Get Many Available Tests)', placeholder: 'e.g. ZTNA21772' },
		},
	},
	ExecTestRun: {
		name: 'Run Tests',
		description: 'Collect fresh data for a tenant and/or run all its tests in the background',
		fields: {
			mode: {
				displayName: 'Mode',
				description: 'What to run',
				default: 'both',
				promote: true,
				options: {
					both: { name: 'Collect Data and Run Tests' },
					cache: { name: 'Collect Data Only' },
					tests: { name: 'Run Tests Only', description: 'On the data collected last' },
				},
			},
		},
	},
	ExecUpdateSecureScore: {
		name: 'Update Secure Score Control',
		description: 'Mark a Secure Score control as resolved by a third party, risk accepted, or default (Defender controls excluded)',
		fields: {
			ControlName: { displayName: 'Control Name', description: 'Name of the Secure Score control', placeholder: 'e.g. AdminMFAV2' },
			resolutionType: {
				displayName: 'Resolution',
				description: 'JSON {"value": state}: ThirdParty (resolved elsewhere), Ignored (risk accepted) or Default',
				placeholder: 'e.g. {"value": "ThirdParty"}',
			},
			reason: { displayName: 'Reason', description: 'Comment stored with the change' },
			vendorInformation: {
				displayName: 'Vendor Information',
				description: "The control's vendorInformation object, as returned by the Secure Score report",
				placeholder: 'e.g. {"provider": "SecureScore", "vendor": "Microsoft"}',
			},
		},
	},
	ListAvailableTests: {
		name: 'Get Many Available Tests',
		description: 'Catalogue of identity, device and custom tests CIPP can run (not their results)',
		fields: {},
	},
	ListExternalTenantInfo: {
		name: 'Look Up Any Tenant',
		description: 'Public information about any Microsoft 365 tenant by domain or tenant ID: name, ID, branding',
		fields: {
			tenant: { displayName: 'Domain or Tenant ID', description: 'Any domain or tenant ID, managed by CIPP or not', placeholder: 'e.g. contoso.com' },
		},
	},
	ListOffboardTenants: {
		name: 'Get Many Tenants for Offboarding',
		description: 'Tenants you may offboard, including tenants in an error state',
		fields: {},
	},
	ListOrg: {
		name: 'Get Organization',
		description: "The tenant's Microsoft Graph organization object",
		fields: {},
	},
	ListPartnerRelationships: {
		name: 'Get Many Cross-Tenant Partners',
		description: 'Cross-tenant access partner configurations of a tenant, with partner names resolved',
		fields: {},
	},
	ListResellerRelationshipLink: {
		name: 'Get Reseller Invite Link',
		description: "The partner's reseller relationship invite link and its indirect providers, from Partner Center",
		fields: {},
	},
	ListTenantDetails: {
		name: 'Get Tenant Details',
		description: 'Organisation details of a tenant (address, contacts, sync, plans) with its CIPP properties and groups',
		fields: {},
	},
	ListTenantOnboarding: {
		name: 'Get Many Onboarding Jobs',
		description: 'Tenant onboarding jobs and the progress of each step',
		fields: {},
	},
	ListTenants: {
		name: 'Get Many Tenants',
		description: 'List the customer tenants CIPP manages, or clear and refresh the tenant cache',
		fields: {
			AllTenantSelector: toggle('Include All Tenants Entry', "Whether to add the '*All Tenants' pseudo-tenant"),
			IncludeOffboardingDefaults: toggle('Include Offboarding Defaults', "Whether to add each tenant's offboarding defaults"),
			Mode: {
				displayName: 'Mode',
				description: 'Extra output',
				options: { TenantList: { name: 'With Portal Links', description: 'Add links to the Microsoft admin portals' } },
			},
			TriggerRefresh: toggle('Refresh Tenant List', 'Whether to refresh the tenant (or, without one, queue a refresh of all tenants) first'),
			ClearCache: toggle('Clear Cache', 'Whether to clear the tenant cache and queue a refresh; only a status message is returned'),
			TenantsOnly: toggle('Tenant List Only', 'Whether Clear Cache keeps to the tenant list; off also empties every cached report table', true),
		},
	},
	ListTestReports: {
		name: 'Get Many Test Reports',
		description: 'Built-in and custom test reports with the tests each includes',
		fields: {},
	},
	ListTestResultsTenants: {
		name: 'Get Test Results Across Tenants',
		description: 'Stored test results of one or more tests across tenants, with optional counts',
		fields: {
			testId: { displayName: 'Test IDs', description: 'Comma-separated test IDs', placeholder: 'e.g. ZTNA21772' },
			status: { displayName: 'Status', description: TEST_STATUSES },
			rowStatus: { displayName: 'Rows With Status', description: `${TEST_STATUSES}; only these rows are returned, counts still cover all` },
			testType: {
				displayName: 'Test Type',
				description: 'Only tests of this type',
				options: { Identity: { name: 'Identity' }, Devices: { name: 'Devices' }, Custom: { name: 'Custom' } },
			},
			risk: { displayName: 'Risk', description: 'Only tests with this risk level, e.g. High, Medium or Low' },
			category: { displayName: 'Category', description: 'Only tests in this category' },
			summaryOnly: toggle('Summary Only', 'Whether to leave out the detailed result text and data (smaller answers)'),
			includeCounts: toggle('Include Counts', 'Whether to add totals per status; the answer becomes {Results, Counts}'),
		},
	},
	ListTests: {
		name: 'Get Test Results',
		description: "A tenant's test results with counts, Secure Score, MFA state and licence data",
		fields: {
			reportId: { displayName: 'Report ID', description: 'Only the tests of this report (see Get Many Test Reports)' },
		},
	},
	ListUsersAndGroups: {
		name: 'Get Many Users and Groups',
		description: 'All users and non-Microsoft 365 groups of a tenant with ID and display name, for pickers',
		fields: {},
	},
	RemoveTenantCapabilitiesCache: {
		name: 'Clear Tenant Capabilities Cache',
		description: "Forget CIPP's cached licence capabilities of a tenant so they are read again",
		fields: {},
	},
	SetAuthMethod: {
		name: 'Set Authentication Method',
		description: 'Enable or disable an authentication method in the tenant policy, with its settings and target groups',
		fields: {
			Id: {
				displayName: 'Method',
				description: 'Authentication method to change',
				options: {
					MicrosoftAuthenticator: { name: 'Microsoft Authenticator' },
					FIDO2: { name: 'FIDO2 Security Key / Passkey' },
					TemporaryAccessPass: { name: 'Temporary Access Pass' },
					SMS: { name: 'SMS' },
					Voice: { name: 'Voice Call' },
					Email: { name: 'Email OTP' },
					softwareOath: { name: 'Third-Party Software OATH' },
					HardwareOATH: { name: 'Hardware OATH Token' },
					x509Certificate: { name: 'Certificate-Based Authentication' },
					QRCodePin: { name: 'QR Code' },
				},
			},
			state: {
				displayName: 'State',
				description: 'Anything but Enabled disables the method',
				default: 'enabled',
				promote: true,
				options: { enabled: { name: 'Enabled' }, disabled: { name: 'Disabled' } },
			},
			GroupIds: { displayName: 'Target Groups', description: 'Object IDs of the groups the method is enabled for; replaces the current targets' },
			TAPisUsableOnce: toggle('Single Use', 'Whether a Temporary Access Pass can be used only once', true),
			TAPMinimumLifetime: { displayName: 'Minimum Lifetime (Minutes)', description: 'Shortest lifetime of a Temporary Access Pass', default: 60 },
			TAPMaximumLifetime: { displayName: 'Maximum Lifetime (Minutes)', description: 'Longest lifetime of a Temporary Access Pass', default: 480 },
			TAPDefaultLifeTime: { displayName: 'Default Lifetime (Minutes)', description: 'Lifetime of a Temporary Access Pass unless chosen otherwise', default: 60 },
			TAPDefaultLength: { displayName: 'Length', description: 'Characters in a Temporary Access Pass', default: 8 },
			MicrosoftAuthenticatorSoftwareOathEnabled: toggle('Allow Authenticator OTP', 'Whether the Authenticator app may be used as a one-time passcode generator'),
			MicrosoftAuthenticatorDisplayAppInfo: { displayName: 'Show App Name', description: 'Whether sign-in requests show the application name', options: ENABLED_STATES },
			MicrosoftAuthenticatorDisplayLocation: { displayName: 'Show Location', description: 'Whether sign-in requests show the sign-in location', options: ENABLED_STATES },
			MicrosoftAuthenticatorCompanionApp: { displayName: 'Companion App', description: 'Whether Authenticator can be used in the companion app', options: ENABLED_STATES },
			EmailAllowExternalIdToUseEmailOtp: { displayName: 'Email OTP for Guests', description: 'Whether external users may sign in with an email one-time passcode', options: ENABLED_STATES },
			EmailExcludeGroupIds: { displayName: 'Email OTP Excluded Groups', description: 'Object IDs of groups excluded from email OTP; empty clears the exclusions' },
			QRCodeLifetimeInDays: { displayName: 'QR Code Lifetime (Days)', description: 'Days a standard QR code stays valid (1-395)', default: 365 },
			QRCodePinLength: { displayName: 'QR Code PIN Length', description: 'Digits in the QR code PIN (8-20)', default: 8 },
			FIDO2AttestationEnforced: toggle('Enforce Attestation', 'Whether FIDO2 keys must pass attestation', true),
			FIDO2SelfServiceRegistration: toggle('Allow Self-Service Setup', 'Whether users may register FIDO2 keys themselves', true),
			VoiceIsOfficePhoneAllowed: toggle('Allow Office Phone', 'Whether voice calls may go to the office phone'),
			SmsIsUsableForSignIn: toggle('Allow SMS Sign-In', 'Whether SMS can be used to sign in, not only for MFA'),
		},
	},
};
