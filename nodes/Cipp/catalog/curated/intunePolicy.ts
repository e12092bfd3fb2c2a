import type { CuratedField, CuratedResource } from './types';
import { REPORT_DB_NOTICE, USE_REPORT_DB } from './shared/reportDatabase';

const PLATFORMS = {
	windows10AndLater: 'Windows 10 and Later',
	iOS: 'iOS/iPadOS',
	macOS: 'macOS',
	androidForWork: 'Android Enterprise',
	android: 'Android Device Administrator',
	androidWorkProfile: 'Android Work Profile',
	androidAOSP: 'Android (AOSP)',
	windowsMobileApplicationManagement: 'Windows (Apps)',
	androidMobileApplicationManagement: 'Android (Apps)',
	iOSMobileApplicationManagement: 'iOS/iPadOS (Apps)',
};

const MANAGEMENT_TYPES = { devices: 'Devices', apps: 'Apps' };

const URL_NAMES = {
	configurationPolicies: 'Settings Catalog',
	deviceConfigurations: 'Device Configuration',
	deviceCompliancePolicies: 'Compliance Policy',
	groupPolicyConfigurations: 'Administrative Template',
	managedAppPolicies: 'App Protection',
	mobileAppConfigurations: 'App Configuration',
	windowsDriverUpdateProfiles: 'Driver Update Profile',
	windowsFeatureUpdateProfiles: 'Feature Update Profile',
	windowsQualityUpdatePolicies: 'Quality Update Policy',
	windowsQualityUpdateProfiles: 'Quality Update Profile',
};

const TEMPLATE_TYPES = {
	Catalog: 'Settings Catalog',
	Device: 'Device Configuration',
	deviceCompliancePolicies: 'Compliance Policy',
	Admin: 'Administrative Template',
	AppProtection: 'App Protection',
	AppConfiguration: 'App Configuration',
	windowsDriverUpdateProfiles: 'Driver Update Profile',
	windowsFeatureUpdateProfiles: 'Feature Update Profile',
	windowsQualityUpdatePolicies: 'Quality Update Policy',
	windowsQualityUpdateProfiles: 'Quality Update Profile',
};

const SCRIPT_TYPES = { Windows: 'Windows (PowerShell)', MacOS: 'macOS (Shell)', Remediation: 'Remediation', Linux: 'Linux' };

const INCLUDE_EXCLUDE = { include: 'Include', exclude: 'Exclude' };

const templateGuid = (what: string): CuratedField => ({ displayName: 'Template GUID', description: `GUID of the ${what}` });

const collection = (what: string): CuratedField => ({
	displayName: 'Policy Type',
	description: `Graph collection of the ${what}, such as configurationPolicies, deviceConfigurations or iosManagedAppProtection`,
	placeholder: 'e.g. configurationPolicies',
});

const platformType: CuratedField = {
	displayName: 'Platform Type',
	description: 'deviceAppManagement for app protection and app configuration policies; deviceManagement (the default) for everything else',
	placeholder: 'e.g. deviceManagement',
};

const policyAssignTo: CuratedField = {
	displayName: 'Assign To',
	description: 'On (do not assign), allLicensedUsers, AllDevices, AllDevicesAndUsers, or comma-separated group names',
	placeholder: 'e.g. AllDevices',
};

const excludeGroupNames: CuratedField = {
	displayName: 'Exclude Groups',
	description: 'Comma-separated display names of groups to exclude',
	placeholder: 'e.g. Kiosk Devices',
};

const filterName: CuratedField = {
	displayName: 'Assignment Filter',
	description: 'Name of an assignment filter to apply to the assignment (wildcards allowed)',
	placeholder: 'e.g. Windows 11 Devices',
};

const filterType: CuratedField = {
	displayName: 'Filter Mode',
	description: 'Whether the filter includes or excludes matching devices',
	options: INCLUDE_EXCLUDE,
	default: 'include',
};

const managedDeviceId: CuratedField = { displayName: 'Device ID', description: 'Intune managed device ID' };

const defenderSections = {
	Policy: {
		displayName: 'Antivirus Policy',
		description: 'Antivirus settings as JSON: switches such as AllowRealTime, choice settings as {value}, Remediation per severity and AssignTo',
	},
	ASR: {
		displayName: 'Attack Surface Reduction',
		description: 'ASR rules as JSON: Mode (block, audit or warn), one switch per rule and AssignTo',
		placeholder: 'e.g. {"Mode": "block", "BlockPSExec": true, "AssignTo": "AllDevicesAndUsers"}',
	},
	EDR: {
		displayName: 'EDR Policy',
		description: 'Endpoint detection and response settings as JSON: SampleSharing, Config and AssignTo',
	},
	Exclusion: {
		displayName: 'Antivirus Exclusions',
		description: 'Exclusions as JSON: excludedExtensions, excludedPaths and excludedProcesses lists and AssignTo',
		placeholder: 'e.g. {"excludedPaths": ["C:\\\\Tools"], "AssignTo": "AllDevices"}',
	},
} satisfies Record<string, CuratedField>;

/** Intune policies: our words for configuration, compliance, Defender and app protection policies, scripts, filters and templates. */
export const INTUNE_POLICY: CuratedResource = {
	AddAssignmentFilter: {
		name: 'Create Assignment Filter',
		description: 'Create an Intune assignment filter in one or more tenants',
		fields: {
			displayName: { displayName: 'Name', description: 'Name of the filter', placeholder: 'e.g. Corporate Windows Devices' },
			description: { displayName: 'Description', description: 'Description of the filter' },
			assignmentFilterManagementType: {
				displayName: 'Filter Type',
				description: 'Whether the filter applies to managed devices or managed apps',
				options: MANAGEMENT_TYPES,
				default: 'devices',
			},
			platform: { displayName: 'Platform', description: 'Platform the filter applies to', options: PLATFORMS },
			rule: {
				displayName: 'Rule',
				description: 'Filter rule in Intune filter syntax',
				placeholder: 'e.g. (device.deviceOwnership -eq "Corporate")',
			},
		},
	},
	AddAssignmentFilterTemplate: {
		name: 'Create Assignment Filter Template',
		description: 'Save an assignment filter as a CIPP template, or overwrite the template with the given GUID',
		fields: {
			displayName: { displayName: 'Name', description: 'Name of the filter', placeholder: 'e.g. Corporate Windows Devices' },
			description: { displayName: 'Description', description: 'Description of the filter' },
			assignmentFilterManagementType: {
				displayName: 'Filter Type',
				description: 'Whether the filter applies to managed devices or managed apps',
				options: MANAGEMENT_TYPES,
				default: 'devices',
			},
			platform: { displayName: 'Platform', description: 'Platform the filter applies to', options: PLATFORMS },
			rule: { displayName: 'Rule', description: 'Filter rule in Intune filter syntax', placeholder: 'e.g. (device.deviceOwnership -eq "Corporate")' },
			GUID: { displayName: 'Template GUID', description: 'GUID of an existing template to overwrite; leave empty to create one' },
		},
	},
	AddDefenderDeployment: {
		name: 'Deploy Defender Policies',
		description: 'Set up Microsoft Defender for Endpoint in one or more tenants: connector, antivirus, ASR, EDR and exclusion policies',
		fields: {
			Compliance: {
				displayName: 'Defender Connector',
				description: 'Defender connector settings as JSON switches such as Connectwindows, ConnectAndroid, ConnectIos, ConnectMac and BlockunsupportedOS',
				placeholder: 'e.g. {"Connectwindows": true, "ConnectAndroid": true}',
			},
			...defenderSections,
		},
	},
	AddDefenderTemplate: {
		name: 'Create Defender Templates',
		description: 'Save Defender antivirus, ASR, EDR and exclusion settings as Intune policy templates in CIPP, one per section given',
		fields: {
			templateName: { displayName: 'Name Prefix', description: 'Prefix of the template names', placeholder: 'e.g. Contoso Baseline' },
			package: { displayName: 'Package', description: 'Package tag to group the templates under' },
			...defenderSections,
		},
	},
	AddIntunePolicyClone: {
		name: 'Clone Policy',
		description: 'Copy an Intune policy under a new name in the same tenant',
		fields: {
			ID: { displayName: 'Policy ID', description: 'ID of the policy to copy' },
			URLName: { displayName: 'Policy Type', description: 'Kind of policy to copy', options: URL_NAMES },
			ODataType: {
				displayName: 'OData Type',
				description: 'The @odata.type of the policy; can stand in for Policy Type and is needed for app protection policies',
				placeholder: 'e.g. #microsoft.graph.iosManagedAppProtection',
			},
			newDisplayName: { displayName: 'New Name', description: 'Name of the copy; must differ from the original' },
			newDescription: { displayName: 'New Description', description: "Description of the copy; the original's when empty" },
		},
	},
	AddIntuneReusableSetting: {
		name: 'Deploy Reusable Setting',
		description: 'Create a reusable policy setting in a tenant from a CIPP template, or update the one with the same name',
		fields: {
			TemplateId: templateGuid('reusable setting template'),
			TemplateList: { displayName: 'Template', description: 'The template as {value,label} or its GUID; used when Template GUID is empty' },
		},
	},
	AddIntuneReusableSettingTemplate: {
		name: 'Create Reusable Setting Template',
		description: 'Save a reusable policy setting (Graph JSON) as a CIPP template, or overwrite the template with the given GUID',
		fields: {
			displayName: { displayName: 'Name', description: 'Name of the template' },
			description: { displayName: 'Description', description: 'Description of the template' },
			rawJSON: { displayName: 'Setting JSON', description: 'The reusable policy setting as Microsoft Graph JSON text' },
			json: { displayName: 'Setting JSON (Alternative)', description: 'Same as Setting JSON; used when that is empty' },
			GUID: { displayName: 'Template GUID', description: 'GUID of an existing template to overwrite; leave empty to create one' },
		},
	},
	AddIntuneTemplate: {
		name: 'Create Policy Template',
		description: 'Save an Intune policy as a CIPP template, from JSON or by capturing an existing policy of a tenant',
		fields: {
			RawJSON: { displayName: 'Policy JSON', description: 'The policy as Microsoft Graph JSON text; leave empty to capture a tenant policy instead' },
			displayName: { displayName: 'Name', description: 'Name of the template (needed with Policy JSON)' },
			description: { displayName: 'Description', description: 'Description of the template' },
			TemplateType: { displayName: 'Template Type', description: 'Kind of policy the JSON describes', options: TEMPLATE_TYPES },
			ID: { displayName: 'Policy ID', description: 'ID of the tenant policy to capture' },
			URLName: { displayName: 'Policy Type', description: 'Kind of tenant policy to capture', options: URL_NAMES },
			ODataType: { displayName: 'OData Type', description: 'The @odata.type of the tenant policy; can stand in for Policy Type' },
		},
	},
	AddPolicy: {
		name: 'Deploy Policy',
		description: 'Create or update an Intune policy from JSON or a CIPP template in one or more tenants, and assign it',
		fields: {
			TemplateType: { displayName: 'Template Type', description: 'Kind of policy to deploy', options: TEMPLATE_TYPES },
			displayName: { displayName: 'Name', description: 'Name of the policy; an existing policy with this name is updated', placeholder: 'e.g. Windows - BitLocker' },
			Description: { displayName: 'Description', description: 'Description of the policy' },
			RAWJson: { displayName: 'Policy JSON', description: 'The policy as Microsoft Graph JSON text; replaced by the template when a template GUID is given' },
			TemplateID: templateGuid('Intune template to deploy'),
			TemplateGuid: { displayName: 'Template GUID (Alternative)', description: 'Same as Template GUID; used when that is empty' },
			AssignTo: { ...policyAssignTo, description: 'On (do not assign), allLicensedUsers, AllDevices, AllDevicesAndUsers, customGroup, or comma-separated group names' },
			customGroup: { displayName: 'Custom Group', description: 'Comma-separated group names to assign to; used whenever set', placeholder: 'e.g. Sales Devices' },
			excludeGroup: excludeGroupNames,
			AssignmentFilterName: filterName,
			assignmentFilter: { displayName: 'Assignment Filter (Object)', description: 'The filter as {value,label} or its name; used when Assignment Filter is empty' },
			AssignmentFilterType: filterType,
			replacemap: {
				displayName: 'Replacements',
				description: 'JSON object keyed by tenant, each mapping text patterns in the policy JSON to their replacement for that tenant',
				placeholder: 'e.g. {"contoso.onmicrosoft.com": {"%wifipsk%": "secret"}}',
			},
			ReusableSettings: { displayName: 'Reusable Settings', description: 'JSON array of reusable setting references (templateId, sourceId, displayName); read from the template when empty' },
		},
	},
	EditAssignmentFilter: {
		name: 'Update Assignment Filter',
		description: 'Change the name, description or rule of an assignment filter; platform and type cannot change',
		fields: {
			filterId: { displayName: 'Filter ID', description: 'ID of the assignment filter' },
			displayName: { displayName: 'New Name', description: 'New name of the filter' },
			description: { displayName: 'Description', description: 'New description; an empty value clears it' },
			rule: { displayName: 'Rule', description: 'New filter rule in Intune filter syntax' },
		},
	},
	EditIntunePolicy: {
		name: 'Rename Policy',
		description: 'Change the name or description of an Intune policy',
		fields: {
			ID: { displayName: 'Policy ID', description: 'ID of the policy' },
			policyType: collection('policy'),
			platformType,
			newDisplayName: { displayName: 'New Name', description: 'New name of the policy' },
			description: { displayName: 'Description', description: 'New description; an empty value clears it' },
		},
	},
	EditIntuneScript: {
		name: 'Update Script',
		description: 'Replace the settings of an Intune script (Windows, macOS, remediation or Linux) with Graph JSON',
		fields: {
			ScriptId: { displayName: 'Script ID', description: 'ID of the script' },
			IntuneScript: {
				displayName: 'Script JSON',
				description: 'Script properties as Microsoft Graph JSON text; scriptContent is Base64',
				placeholder: 'e.g. {"@odata.type": "#microsoft.graph.deviceManagementScript", "displayName": "Set Wallpaper"}',
			},
			ScriptType: { displayName: 'Script Type', description: "Kind of script; read from the JSON's @odata.type when empty", options: SCRIPT_TYPES },
		},
	},
	EditPolicy: {
		name: 'Update Administrative Template',
		description: 'Rename an administrative template policy and optionally assign it to all users or devices (legacy)',
		fields: {
			groupid: { displayName: 'Policy ID', description: 'ID of the administrative template policy' },
			Displayname: { displayName: 'Name', description: 'Name of the policy' },
			Description: { displayName: 'Description', description: 'Description of the policy; an empty value clears it' },
			Assignto: {
				displayName: 'Assign To',
				description: 'Who to assign the policy to',
				options: { on: 'Do Not Assign', allLicensedUsers: 'All Users', allDevices: 'All Devices', AllDevicesAndUsers: 'All Users and Devices' },
			},
		},
	},
	ExecAddCippCveException: {
		name: 'Add CVE Exception',
		description: "Record an exception for a vulnerability (CVE) in CIPP's CVE management, for one tenant or all",
		fields: {
			cveId: { displayName: 'CVE ID', description: 'The vulnerability', placeholder: 'e.g. CVE-2024-12345' },
			exceptionType: {
				displayName: 'Exception Type',
				description: 'Reason for the exception, such as RiskAccepted, CompensatingControl, FalsePositive or PlannedRemediation',
				placeholder: 'e.g. RiskAccepted',
			},
			applyTo: {
				displayName: 'Apply To',
				description: 'Where the exception applies',
				options: { CurrentTenant: 'Selected Tenant', AllAffected: 'All Affected Tenants', Global: 'All Tenants' },
			},
			justification: { displayName: 'Justification', description: 'Why the exception is made' },
			expiryDate: { displayName: 'Expiry Date', description: 'When the exception ends, stored as given' },
		},
	},
	ExecAssignPolicy: {
		name: 'Assign Policy',
		description: 'Assign an Intune policy to all users, all devices or groups, or change its exclusions, appending to or replacing the current assignments',
		fields: {
			ID: { displayName: 'Policy ID', description: 'ID of the policy' },
			Type: collection('policy'),
			platformType,
			AssignTo: { ...policyAssignTo, promote: true },
			GroupIds: { displayName: 'Group IDs', description: 'IDs of the groups to assign to' },
			GroupNames: { displayName: 'Group Names', description: 'Names of those groups, only shown in the result message' },
			ExcludeGroupIds: { displayName: 'Exclude Group IDs', description: 'IDs of groups to exclude' },
			excludeGroup: { ...excludeGroupNames, description: 'Comma-separated display names of groups to exclude, used when Exclude Group IDs is empty' },
			ExcludeGroupNames: { displayName: 'Exclude Group Names', description: 'Names of the excluded groups, only shown in the result message' },
			assignmentMode: {
				displayName: 'Mode',
				description: 'Whether to add to the current assignments or replace them',
				options: { append: 'Append', replace: 'Replace' },
				default: 'append',
			},
			assignmentDirection: {
				displayName: 'Direction',
				description: 'With Replace, only replace the include or the exclude targets and keep the rest',
				options: INCLUDE_EXCLUDE,
			},
			AssignmentFilterName: filterName,
			AssignmentFilterType: filterType,
		},
	},
	ExecAssignmentFilter: {
		name: 'Delete Assignment Filter',
		description: 'Delete an Intune assignment filter',
		fields: {
			ID: { displayName: 'Filter ID', description: 'ID of the assignment filter' },
			Action: { displayName: 'Action', description: 'What to do with the filter', options: { Delete: 'Delete' }, default: 'Delete' },
		},
	},
	ExecBitlockerSearch: {
		name: 'Find BitLocker Key',
		description: "Find a BitLocker recovery key by key ID or device ID across tenants, from CIPP's report database",
		fields: {
			keyId: { displayName: 'Key ID', description: 'Recovery key ID shown on the BitLocker recovery screen', placeholder: 'e.g. 8911a878-b631-47e8-b5e8-bcb00e586c74' },
			deviceId: { displayName: 'Device ID', description: 'Entra device ID, used when Key ID is empty' },
			limit: { displayName: 'Limit', description: 'Maximum number of results; 0 for all', default: 0 },
		},
	},
	ExecCompareIntunePolicy: {
		name: 'Compare Policies',
		description: 'Compare two Intune policies or templates setting by setting and return the differences',
		fields: {
			sourceA: {
				displayName: 'Source A',
				description: 'Baseline as JSON: type (template, tenantPolicy, tenantPolicyByTemplate or communityRepo) with its keys',
				placeholder: 'e.g. {"type": "template", "templateGuid": "5d3c2b1a-..."}',
			},
			sourceB: {
				displayName: 'Source B',
				description: 'Policy to compare, same shape as Source A',
				placeholder: 'e.g. {"type": "tenantPolicy", "tenantFilter": "contoso.onmicrosoft.com", "policyId": "...", "urlName": "ConfigurationPolicies"}',
			},
		},
	},
	ExecDeviceAction: {
		name: 'Run Device Action',
		description: 'Sync, reboot, locate, scan, rename, wipe, retire or delete an Intune device, or change its primary user',
		fields: {
			GUID: managedDeviceId,
			Action: {
				displayName: 'Action',
				description: 'Intune device action, such as syncDevice, rebootNow, locateDevice, WindowsDefenderScan, wipe, retire, delete, setDeviceName or users',
				placeholder: 'e.g. syncDevice',
				promote: true,
			},
			input: { displayName: 'New Name', description: 'New device name; %SERIAL% and CIPP variables are replaced (then cut to 15 characters)', placeholder: 'e.g. CON-%SERIAL%' },
			user: { displayName: 'Primary User', description: 'New primary user as {value,label} with the user ID as value' },
			quickScan: { displayName: 'Quick Scan', description: 'Whether the Defender scan is a quick scan instead of a full scan', default: true },
			keepUserData: { displayName: 'Keep User Data', description: 'Whether to keep user data when wiping', default: false },
			keepEnrollmentData: { displayName: 'Keep Enrollment Data', description: 'Whether to keep the enrollment state when wiping', default: false },
			useProtectedWipe: { displayName: 'Protected Wipe', description: 'Whether to use a protected wipe that survives a failed reset', default: false },
			macOsUnlockCode: { displayName: 'macOS Unlock Code', description: 'Six-digit PIN needed to unlock a wiped Mac', placeholder: 'e.g. 123456' },
		},
	},
	ExecDevicePasscodeAction: {
		name: 'Reset or Remove Passcode',
		description: 'Reset the passcode of an Intune mobile device (the new one is returned when available) or remove it',
		fields: {
			GUID: managedDeviceId,
			Action: { displayName: 'Action', description: 'What to do with the passcode', options: { resetPasscode: 'Reset Passcode', removeDevicePasscode: 'Remove Passcode' } },
		},
	},
	ExecGetLocalAdminPassword: {
		name: 'Get Local Admin Password',
		description: 'Windows LAPS local administrator password of a device, in plain text; the retrieval is logged',
		fields: { guid: { displayName: 'Device ID', description: 'Entra device ID (not the Intune device ID)' } },
	},
	ExecGetRecoveryKey: {
		name: 'Get Recovery Key',
		description: 'BitLocker or FileVault recovery key, or BIOS password, of a device in plain text; the retrieval is logged',
		fields: {
			GUID: { displayName: 'Device ID', description: 'Entra device ID for BitLocker; Intune managed device ID for FileVault and BIOS passwords' },
			RecoveryKeyType: {
				displayName: 'Key Type',
				description: 'Which secret to return',
				options: { BitLocker: 'BitLocker', FileVault: 'FileVault', BiosPassword: 'BIOS Password' },
				default: 'BitLocker',
			},
		},
	},
	ExecRemoveCippCveException: {
		name: 'Remove CVE Exception',
		description: "Remove exceptions for a vulnerability (CVE) from CIPP's CVE management",
		fields: {
			cveId: { displayName: 'CVE ID', description: 'The vulnerability', placeholder: 'e.g. CVE-2024-12345' },
			removeScope: {
				displayName: 'Remove From',
				description: 'Which exceptions to remove; the selected tenant when empty',
				options: { CurrentTenant: 'Selected Tenant', AllAffected: 'All Tenants With an Exception', Global: 'The All-Tenants Exception' },
			},
		},
	},
	ExecRemoveEnrollmentProfile: {
		name: 'Delete Enrollment Profile',
		description: 'Delete an Apple Automated Device Enrollment or Android Enterprise enrollment profile',
		fields: {
			profileId: { displayName: 'Profile ID', description: 'ID of the enrollment profile' },
			id: { displayName: 'Profile ID (Alternative)', description: 'Same as Profile ID; used when that is empty' },
			profileType: { displayName: 'Profile Type', description: 'Kind of profile', options: { apple: 'Apple ADE', android: 'Android Enterprise' }, default: 'apple' },
			tokenId: { displayName: 'ADE Token ID', description: 'ID of the Apple enrollment program token that holds the profile' },
			displayName: { displayName: 'Profile Name', description: 'Name of the profile, only used in messages' },
		},
	},
	ExecSyncDEP: {
		name: 'Sync Apple Devices',
		description: 'Start a device sync with Apple Business Manager for every enrollment program token of a tenant',
		fields: {},
	},
	ListAndroidEnrollmentProfiles: {
		name: 'Get Android Enrollment Profiles',
		description: 'Android Enterprise enrollment profiles of a tenant, with their tokens and QR codes',
		fields: {},
	},
	ListAppProtectionPolicies: {
		name: 'Get Many App Protection Policies',
		description: 'App protection and app configuration policies of a tenant with their assignments',
		notice: REPORT_DB_NOTICE,
		fields: { UseReportDB: USE_REPORT_DB },
	},
	ListAppleEnrollmentProfiles: {
		name: 'Get Apple Enrollment Profiles',
		description: 'Apple Automated Device Enrollment tokens (with expiry) and their enrollment profiles',
		fields: {},
	},
	ListAssignmentFilterTemplates: {
		name: 'Get Many Assignment Filter Templates',
		description: 'Assignment filter templates saved in CIPP',
		fields: { ID: { displayName: 'Template GUID', description: 'GUID of one template to return' } },
	},
	ListAssignmentFilters: {
		name: 'Get Many Assignment Filters',
		description: 'Intune assignment filters of a tenant, or one filter',
		notice: REPORT_DB_NOTICE,
		fields: {
			filterId: { displayName: 'Filter ID', description: 'ID of one filter to return' },
			UseReportDB: USE_REPORT_DB,
		},
	},
	ListCVEManagement: {
		name: 'Get Many CVEs',
		description: 'Vulnerabilities (CVEs) on the devices of a tenant from Defender, with the exceptions recorded in CIPP',
		notice: REPORT_DB_NOTICE,
		fields: { UseReportDB: USE_REPORT_DB },
	},
	ListCompliancePolicies: {
		name: 'Get Many Compliance Policies',
		description: 'Intune device compliance policies of a tenant with their assignments',
		notice: REPORT_DB_NOTICE,
		fields: { UseReportDB: USE_REPORT_DB },
	},
	ListDefenderState: {
		name: 'Get Defender State',
		description: 'Windows protection state (Defender) of the managed devices of a tenant, or of one device',
		fields: { DeviceID: { displayName: 'Device ID', description: 'Intune managed device ID; leave empty for all devices' } },
	},
	ListDefenderTVM: {
		name: 'Get Defender Vulnerabilities',
		description: 'Software vulnerabilities found by Defender for Endpoint, grouped by CVE; needs Defender for Endpoint',
		fields: {},
	},
	ListDeviceDetails: {
		name: 'Get Device Details',
		description: 'One Intune device with its groups, compliance policy states and detected apps, found by ID, name or serial number',
		fields: {
			DeviceID: { displayName: 'Device ID', description: 'Intune managed device ID' },
			DeviceName: { displayName: 'Device Name', description: 'Exact device name' },
			DeviceSerial: { displayName: 'Serial Number', description: 'Exact serial number' },
		},
	},
	ListIntuneApprovalRequests: {
		name: 'Get Approval Requests',
		description: 'Intune multi-admin approval requests of a tenant: changes waiting for a second administrator',
		fields: { PendingOnly: { displayName: 'Pending Only', description: 'Whether to return only requests that still need approval', default: false } },
	},
	ListIntuneIntents: {
		name: 'Get Many Intents',
		description: 'Security baselines and endpoint security intents (legacy template policies) with their settings',
		fields: {},
	},
	ListIntunePolicy: {
		name: 'Get Many Policies',
		description: 'Intune configuration policies of a tenant with their assignments, or one policy by ID and type',
		notice: REPORT_DB_NOTICE,
		fields: {
			ID: { displayName: 'Policy ID', description: 'ID of one policy to return (needs Policy Type)' },
			URLName: {
				displayName: 'Policy Type',
				description: 'Graph collection of that policy, such as ConfigurationPolicies, DeviceConfigurations or GroupPolicyConfigurations',
				placeholder: 'e.g. ConfigurationPolicies',
			},
			IncludeSettingDefinitions: {
				displayName: 'Include Setting Definitions',
				description: 'Whether to add the setting definitions to a single settings catalog or administrative template policy',
				default: false,
			},
			DefinitionIds: { displayName: 'Definition IDs', description: 'Comma-separated administrative template definition GUIDs to look up (Policy Type GroupPolicyDefinitions)' },
			UseReportDB: USE_REPORT_DB,
		},
	},
	ListIntuneReusableSettingTemplates: {
		name: 'Get Many Reusable Setting Templates',
		description: 'Reusable policy setting templates saved in CIPP',
		fields: { ID: { displayName: 'Template GUID', description: 'GUID of one template to return' } },
	},
	ListIntuneReusableSettings: {
		name: 'Get Many Reusable Settings',
		description: 'Reusable policy settings (such as Defender device control groups) of a tenant, or one of them',
		notice: REPORT_DB_NOTICE,
		fields: {
			ID: { displayName: 'Setting ID', description: 'ID of one reusable setting to return' },
			UseReportDB: USE_REPORT_DB,
		},
	},
	ListIntuneScript: {
		name: 'Get Many Scripts',
		description: 'Windows, macOS, Linux and remediation scripts of a tenant with their assignments',
		notice: REPORT_DB_NOTICE,
		fields: { UseReportDB: USE_REPORT_DB },
	},
	ListIntuneTemplates: {
		name: 'Get Many Policy Templates',
		description: 'Intune policy templates saved in CIPP, by package, or with their parsed policy and the standards that use them',
		fields: {
			ID: { displayName: 'Template GUID', description: 'GUID of one template to return' },
			View: { displayName: 'Detailed View', description: 'Whether to return each parsed policy and the standards using it', default: false },
			mode: { displayName: 'Mode', description: 'Set to group the templates by package (without Detailed View)', options: { Tag: 'By Package' } },
		},
	},
	RemoveAssignmentFilterTemplate: {
		name: 'Delete Assignment Filter Template',
		description: 'Delete an assignment filter template from CIPP',
		fields: { ID: templateGuid('assignment filter template') },
	},
	RemoveIntuneReusableSetting: {
		name: 'Delete Reusable Setting',
		description: 'Delete a reusable policy setting from a tenant',
		fields: {
			ID: { displayName: 'Setting ID', description: 'ID of the reusable setting' },
			DisplayName: { displayName: 'Name', description: 'Name of the setting, only used in the result message' },
		},
	},
	RemoveIntuneReusableSettingTemplate: {
		name: 'Delete Reusable Setting Template',
		description: 'Delete a reusable policy setting template from CIPP',
		fields: { ID: templateGuid('reusable setting template') },
	},
	RemoveIntuneScript: {
		name: 'Delete Script',
		description: 'Delete a Windows, macOS, remediation or Linux script from Intune',
		fields: {
			ID: { displayName: 'Script ID', description: 'ID of the script' },
			ScriptType: { displayName: 'Script Type', description: 'Kind of script', options: SCRIPT_TYPES },
			DisplayName: { displayName: 'Name', description: 'Name of the script, only used in the result message' },
		},
	},
	RemoveIntuneTemplate: {
		name: 'Delete Policy Template',
		description: 'Delete an Intune policy template from CIPP',
		fields: { ID: templateGuid('Intune policy template') },
	},
	RemovePolicy: {
		name: 'Delete Policy',
		description: 'Delete an Intune policy of any type',
		fields: {
			ID: { displayName: 'Policy ID', description: 'ID of the policy' },
			URLName: collection('policy'),
		},
	},
};
