import type { CuratedField, CuratedResource } from './types';
import { REPORT_DB_NOTICE, USE_REPORT_DB } from './shared/reportDatabase';

const ASSIGN_OPTIONS = 'On (do not assign), AllUsers, AllDevices, AllDevicesAndUsers, customGroup (use Custom Group) or group names';

const assignTo = (extra = ''): CuratedField => ({
	displayName: 'Assign To',
	description: `Who gets the app: ${ASSIGN_OPTIONS}${extra}`,
	placeholder: 'e.g. AllDevices',
});

const customGroup: CuratedField = {
	displayName: 'Custom Group',
	description: 'Comma-separated display names of the groups to assign to (wildcards allowed) when Assign To is customGroup',
	placeholder: 'e.g. Sales Devices, Finance*',
};

const excludeGroup: CuratedField = {
	displayName: 'Exclude Groups',
	description: 'Comma-separated display names of groups to exclude from the assignment',
	placeholder: 'e.g. Kiosk Devices',
};

const applicationName: CuratedField = {
	displayName: 'Application Name',
	description: 'Name of the app in Intune; tenants that already have an app of this name are skipped',
	placeholder: 'e.g. Google Chrome',
};

const description: CuratedField = { displayName: 'Description', description: 'Description of the app in Intune' };

const installAsSystem: CuratedField = {
	displayName: 'Install as System',
	description: 'Whether to install in the system context instead of the user context',
	default: true,
};

const disableRestart: CuratedField = {
	displayName: 'Suppress Restart',
	description: 'Whether to stop the device from restarting after the install',
	default: false,
};

const installationIntent: CuratedField = {
	displayName: 'Uninstall Instead',
	description: 'Whether the assignment uninstalls the app instead of requiring it',
	default: false,
};

/** Intune applications: our words for deploying, assigning and listing apps and app templates. */
export const INTUNE_APP: CuratedResource = {
	AddAppTemplate: {
		name: 'Create App Template',
		description: 'Save a set of app deployments as a CIPP application template, or replace the template with the given GUID',
		fields: {
			displayName: { displayName: 'Template Name', description: 'Name of the template', placeholder: 'e.g. Standard Workstation' },
			description: { displayName: 'Description', description: 'Description of the template' },
			apps: {
				displayName: 'Apps',
				description: 'JSON array of apps, each with appType (StoreApp, chocolateyApp, officeApp, win32ScriptApp or mspApp), appName and config (the body of that app operation)',
				placeholder: 'e.g. [{"appType": "chocolateyApp", "appName": "7-Zip", "config": {"PackageName": "7zip", "ApplicationName": "7-Zip"}}]',
			},
			GUID: { displayName: 'Template GUID', description: 'GUID of an existing template to replace; leave empty to create a new one' },
		},
	},
	AddChocoApp: {
		name: 'Deploy Chocolatey App',
		description: 'Queue a Chocolatey package as an Intune Win32 app for each selected tenant; the app upload job creates and assigns it',
		fields: {
			PackageName: { displayName: 'Package Name', description: 'Chocolatey package ID (letters, digits, dot, underscore, hyphen)', placeholder: 'e.g. googlechrome' },
			ApplicationName: applicationName,
			description,
			AssignTo: assignTo(),
			CustomGroup: customGroup,
			excludeGroup,
			InstallationIntent: installationIntent,
			InstallAsSystem: installAsSystem,
			DisableRestart: disableRestart,
			customrepo: { displayName: 'Custom Repository', description: 'URL of a Chocolatey repository to install from', placeholder: 'e.g. https://choco.contoso.com/api/v2' },
			customArguments: { displayName: 'Custom Arguments', description: 'Extra arguments for the Chocolatey install', placeholder: 'e.g. --params "/NoDesktopIcon"' },
		},
	},
	AddMSPApp: {
		name: 'Deploy MSP App',
		description: 'Queue the installer of an RMM or security agent (Datto, NinjaOne, Huntress, Syncro, N-central, Automate, ScreenConnect) for each selected tenant',
		fields: {
			RMMName: {
				displayName: 'Vendor',
				description: 'Agent to install',
				options: {
					datto: 'Datto RMM',
					ninja: 'NinjaOne',
					Huntress: 'Huntress',
					syncro: 'Syncro',
					NCentral: 'N-central',
					automate: 'ConnectWise Automate',
					cwcommand: 'ConnectWise ScreenConnect',
				},
			},
			DisplayName: { displayName: 'Application Name', description: 'Name of the app in Intune', placeholder: 'e.g. Datto RMM Agent' },
			params: {
				displayName: 'Install Parameters',
				description: 'JSON object with the vendor keys (DattoURL, DattoGUID, Orgkey, AccountKey, ClientURL, Server, InstallerToken, LocationID); a value may be text with %variables% or an object keyed by tenant ID',
				placeholder: 'e.g. {"Orgkey": "%tenantname%", "AccountKey": "abc123"}',
			},
			PackageName: { displayName: 'Package Name', description: 'Install package for NinjaOne and N-central' },
			AssignTo: assignTo(),
			CustomGroup: customGroup,
			excludeGroup,
		},
	},
	AddOfficeApp: {
		name: 'Deploy Microsoft 365 Apps',
		description: 'Add Microsoft 365 Apps to Intune in each selected tenant that has no Office app yet, and assign it as required',
		fields: {
			excludedApps: {
				displayName: 'Excluded Apps',
				description: 'Office apps not to install, as names or {value,label} objects',
				options: {
					access: 'Access',
					bing: 'Bing',
					excel: 'Excel',
					groove: 'OneDrive for Business (Groove)',
					lync: 'Skype for Business',
					oneNote: 'OneNote',
					outlook: 'Outlook',
					powerPoint: 'PowerPoint',
					publisher: 'Publisher',
					teams: 'Teams',
					visio: 'Visio',
					word: 'Word',
				},
			},
			updateChannel: {
				displayName: 'Update Channel',
				description: 'Office update channel',
				options: {
					current: 'Current Channel',
					firstReleaseCurrent: 'Current Channel (Preview)',
					monthlyEnterprise: 'Monthly Enterprise Channel',
					deferred: 'Semi-Annual Enterprise Channel',
					firstReleaseDeferred: 'Semi-Annual Enterprise Channel (Preview)',
				},
				default: 'current',
			},
			languages: {
				displayName: 'Languages',
				description: 'Languages to install, as language tags or {value,label} objects',
				placeholder: 'e.g. en-US, nl-NL',
			},
			arch: { displayName: '64-Bit', description: 'Whether to install the 64-bit version instead of 32-bit', default: true },
			SharedComputerActivation: { displayName: 'Shared Computer Activation', description: 'Whether to use shared computer activation', default: false },
			RemoveVersions: { displayName: 'Remove Older Versions', description: 'Whether to uninstall older Office versions', default: false },
			AcceptLicense: { displayName: 'Accept License', description: 'Whether to accept the license agreement for users', default: true },
			useCustomXml: { displayName: 'Use Custom XML', description: 'Whether to configure Office with Custom XML instead of these settings', default: false },
			customXml: { displayName: 'Custom XML', description: 'Office Deployment Tool configuration XML', placeholder: 'e.g. <Configuration><Add OfficeClientEdition="64">...</Add></Configuration>' },
			IntuneBody: {
				displayName: 'Intune Body',
				description: 'A complete Office suite app body as Graph JSON, used instead of every other setting',
			},
			AssignTo: assignTo(),
			CustomGroup: customGroup,
			excludeGroup,
		},
	},
	AddStoreApp: {
		name: 'Deploy Store App',
		description: 'Queue a Microsoft Store (WinGet) app for each selected tenant; the app upload job creates and assigns it',
		fields: {
			PackageName: { displayName: 'Package ID', description: 'Microsoft Store package identifier', placeholder: 'e.g. 9WZDNCRFJ3PZ' },
			ApplicationName: applicationName,
			description,
			AssignTo: assignTo(),
			CustomGroup: customGroup,
			InstallationIntent: installationIntent,
			InstallAsSystem: installAsSystem,
		},
	},
	AddWin32ScriptApp: {
		name: 'Deploy Script App',
		description: 'Queue a Win32 app built from PowerShell install, uninstall and detection scripts for each selected tenant',
		fields: {
			ApplicationName: applicationName,
			publisher: { displayName: 'Publisher', description: 'Publisher shown in Intune (CIPP when empty)' },
			description,
			installScript: {
				displayName: 'Install Script',
				description: 'PowerShell that installs the app; %variables% are replaced per tenant',
				placeholder: 'e.g. Start-Process msiexec -ArgumentList "/i app.msi /qn" -Wait',
			},
			uninstallScript: { displayName: 'Uninstall Script', description: 'PowerShell that removes the app' },
			detectionScript: {
				displayName: 'Detection Script',
				description: 'PowerShell that writes output and exits 0 when the app is installed; takes priority over the path check',
			},
			detectionPath: { displayName: 'Detection Path', description: 'Folder or file whose existence shows the app is installed', placeholder: 'e.g. C:\\Program Files\\Contoso' },
			detectionFile: { displayName: 'Detection File', description: 'File to look for inside Detection Path', placeholder: 'e.g. app.exe' },
			runAs32Bit: { displayName: 'Run Detection as 32-Bit', description: 'Whether the detection script runs as a 32-bit process', default: false },
			enforceSignatureCheck: { displayName: 'Enforce Signature Check', description: 'Whether the detection script must be signed', default: false },
			AssignTo: assignTo(),
			CustomGroup: customGroup,
			InstallationIntent: installationIntent,
			InstallAsSystem: installAsSystem,
			DisableRestart: disableRestart,
		},
	},
	ExecAppUpload: {
		name: 'Start App Upload',
		description: 'Start the job that deploys the queued apps to their tenants now; results go to the CIPP logbook',
		fields: {},
	},
	ExecAssignApp: {
		name: 'Assign App',
		description: 'Assign an Intune app to all users, all devices or groups, or change its exclusions, appending to or replacing the current assignments',
		fields: {
			ID: { displayName: 'App ID', description: 'ID of the Intune app' },
			AssignTo: {
				displayName: 'Assign To',
				description: 'AllUsers, AllDevices, AllDevicesAndUsers, or comma-separated group names',
				placeholder: 'e.g. AllUsers',
				promote: true,
			},
			GroupIds: { displayName: 'Group IDs', description: 'IDs of the groups to assign to; used before group names', placeholder: 'e.g. 1c2d3e4f-0000-4a6b-8c7d-9e0f1a2b3c4d' },
			GroupNames: { displayName: 'Group Names', description: 'Display names of the groups to assign to (wildcards allowed)', placeholder: 'e.g. Sales Users' },
			Intent: {
				displayName: 'Intent',
				description: 'Install intent of the assignment',
				options: {
					Required: 'Required',
					Available: 'Available',
					AvailableWithoutEnrollment: 'Available Without Enrollment',
					Uninstall: 'Uninstall',
				},
				default: 'Required',
				promote: true,
			},
			assignmentMode: {
				displayName: 'Mode',
				description: 'Whether to add to the current assignments or replace them',
				options: { append: 'Append', replace: 'Replace' },
				default: 'append',
			},
			assignmentDirection: {
				displayName: 'Direction',
				description: 'With Replace, only replace the include or the exclude targets and keep the rest',
				options: { include: 'Include', exclude: 'Exclude' },
			},
			ExcludeGroupIds: { displayName: 'Exclude Group IDs', description: 'IDs of groups to exclude' },
			excludeGroup: { ...excludeGroup, description: 'Comma-separated display names of groups to exclude, used when Exclude Group IDs is empty' },
			ExcludeGroupNames: { displayName: 'Exclude Group Names', description: 'Names of the excluded groups, only shown in the result message' },
			AssignmentFilterName: { displayName: 'Assignment Filter', description: 'Name of an assignment filter to apply (wildcards allowed)', placeholder: 'e.g. Windows 11 Devices' },
			AssignmentFilterType: {
				displayName: 'Filter Mode',
				description: 'Whether the filter includes or excludes matching devices',
				options: { include: 'Include', exclude: 'Exclude' },
				default: 'include',
			},
			AppType: {
				displayName: 'App Type',
				description: 'Type used for the assignment settings, such as Win32Lob or WinGet; read from the app when empty',
			},
		},
	},
	ExecDeployAppTemplate: {
		name: 'Deploy App Template',
		description: 'Deploy every app of a CIPP application template to the selected tenants, optionally overriding the assignment',
		fields: {
			templateId: { displayName: 'Template GUID', description: 'GUID of the application template' },
			AssignTo: assignTo('; leave empty to keep each app\'s own assignment'),
			customGroup,
		},
	},
	ExecSyncVPP: {
		name: 'Sync VPP',
		description: 'Sync the licenses of every valid Apple Volume Purchase Program token of a tenant',
		fields: {},
	},
	ListAppStatus: {
		name: 'Get App Install Status',
		description: 'Install state of one Intune app on each device, with error codes',
		fields: { AppFilter: { displayName: 'App ID', description: 'ID of the Intune app' } },
	},
	ListAppTemplates: {
		name: 'Get Many App Templates',
		description: 'Application templates saved in CIPP, with the apps each one deploys',
		fields: { ID: { displayName: 'Template GUID', description: 'GUID of one template to return' } },
	},
	ListApplicationQueue: {
		name: 'Get Queued Apps',
		description: 'Apps waiting in CIPP\'s queue to be deployed, with tenant, assignment and status',
		fields: {},
	},
	ListApps: {
		name: 'Get Many Apps',
		description: 'Intune apps of a tenant with their assignments and exclusions',
		notice: REPORT_DB_NOTICE,
		fields: {
			UseReportDB: USE_REPORT_DB,
		},
	},
	ListAppsRepository: {
		name: 'Search Package Repository',
		description: 'Search a Chocolatey (NuGet v2) repository for packages, 30 results at most',
		fields: {
			Search: { displayName: 'Search', description: 'Search term', placeholder: 'e.g. chrome' },
			Repository: {
				displayName: 'Repository URL',
				description: 'Repository to search; the Chocolatey community repository when empty',
				placeholder: 'e.g. https://chocolatey.org/api/v2',
			},
		},
	},
	ListDetectedAppDevices: {
		name: 'Get Detected App Devices',
		description: 'Managed devices on which one detected app is installed',
		fields: { AppID: { displayName: 'Detected App ID', description: 'ID of the detected app (from Get Detected Apps)' } },
	},
	ListDetectedApps: {
		name: 'Get Detected Apps',
		description: 'Apps found on the managed devices of a tenant, or on one device',
		fields: {
			DeviceID: { displayName: 'Device ID', description: 'Intune managed device ID; leave empty for the whole tenant' },
			includeDevices: { displayName: 'Include Devices', description: 'Whether to add the devices each app is installed on', default: false },
		},
	},
	ListPotentialApps: {
		name: 'Search Apps',
		description: 'Search the Microsoft Store (WinGet) or the Chocolatey community repository for apps to deploy',
		fields: {
			type: { displayName: 'Source', description: 'Catalogue to search', options: { WinGet: 'Microsoft Store (WinGet)', Choco: 'Chocolatey' }, default: 'WinGet' },
			SearchString: { displayName: 'Search', description: 'Search term', placeholder: 'e.g. chrome' },
		},
	},
	RemoveApp: {
		name: 'Delete App',
		description: 'Delete an app from Intune',
		fields: { ID: { displayName: 'App ID', description: 'ID of the Intune app' } },
	},
	RemoveAppTemplate: {
		name: 'Delete App Template',
		description: 'Delete an application template from CIPP',
		fields: { ID: { displayName: 'Template GUID', description: 'GUID of the application template' } },
	},
	RemoveQueuedApp: {
		name: 'Delete Queued App',
		description: 'Remove an app from CIPP\'s deployment queue before it is deployed',
		fields: { ID: { displayName: 'Queue Entry ID', description: 'ID of the queue entry (from Get Queued Apps)' } },
	},
};
