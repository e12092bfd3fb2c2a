import type { CuratedField, CuratedResource } from './types';

const deviceId: CuratedField = {
	displayName: 'Autopilot Device ID',
	description: 'ID of the Windows Autopilot device identity (not the Intune or Entra ID device ID)',
};

const serialNumber: CuratedField = {
	displayName: 'Serial Number',
	description: 'Serial number of the device; only shown in the result message',
};

/** Windows Autopilot: our words for device identities, deployment profiles and the status page. */
export const AUTOPILOT: CuratedResource = {
	AddAPDevice: {
		name: 'Import Devices',
		description: 'Import devices into Windows Autopilot by hardware hash or serial number through Partner Center; needs a partner relationship with the tenant',
		fields: {
			autopilotData: {
				displayName: 'Devices',
				description: 'JSON array of devices, each with SerialNumber, hardwareHash, productKey, oemManufacturerName and modelName as known',
				placeholder: 'e.g. [{"SerialNumber": "5CG1234XYZ", "hardwareHash": "T0FmBAEAHAAAAAoA...", "oemManufacturerName": "HP", "modelName": "EliteBook 840"}]',
			},
			Groupname: {
				displayName: 'Batch Name',
				description: 'Partner Center device batch to import into; an existing batch gets the devices added, empty creates a batch with a random ID',
				placeholder: 'e.g. Contoso-2024-Q3',
			},
		},
	},
	AddAutopilotConfig: {
		name: 'Create Deployment Profile',
		description: 'Create a Windows Autopilot deployment profile in each selected tenant, or update the profile that already has the same name',
		fields: {
			DisplayName: {
				displayName: 'Profile Name',
				description: 'Name of the profile; Intune accepts only letters, digits, spaces and : " ? . @ $ & _ [ ] { } | \\ (no hyphens)',
				placeholder: 'e.g. Contoso Standard Devices',
			},
			Description: { displayName: 'Description', description: 'Description of the profile' },
			languages: {
				displayName: 'Language',
				description: 'Language of the out-of-box experience as {value,label}: a language tag such as en-US, os-default or user-select',
				placeholder: 'e.g. {"value": "en-US", "label": "English - United States"}',
			},
			DeviceNameTemplate: {
				displayName: 'Device Name Template',
				description: 'Name given to devices; %SERIAL% inserts the serial number and %RAND:x% x random digits',
				placeholder: 'e.g. CON-%SERIAL%',
			},
			Assignto: { displayName: 'Assign to All Devices', description: 'Whether to assign the profile to all devices', default: true, promote: true },
			CollectHash: {
				displayName: 'Convert Targeted Devices to Autopilot',
				description: 'Whether to register all targeted devices in Autopilot by collecting their hardware hash',
				default: false,
			},
			DeploymentMode: {
				displayName: 'Self-Deploying Mode',
				description: 'Whether devices set themselves up without a user (shared); off means user-driven',
				default: false,
			},
			NotLocalAdmin: { displayName: 'Standard User', description: 'Whether the signing-in user gets a standard account instead of local administrator', default: true },
			allowWhiteGlove: {
				displayName: 'Allow Pre-Provisioning',
				description: 'Whether technicians can pre-provision (White Glove) devices; always off in self-deploying mode',
				default: true,
			},
			HidePrivacy: { displayName: 'Hide Privacy Settings', description: 'Whether to skip the privacy settings page', default: true },
			HideTerms: { displayName: 'Hide License Terms', description: 'Whether to skip the license terms page', default: true },
			Autokeyboard: { displayName: 'Skip Keyboard Selection', description: 'Whether to skip the keyboard selection page', default: true },
		},
	},
	AddEnrollment: {
		name: 'Set Enrollment Status Page',
		description: 'Change the default Enrollment Status Page of each selected tenant; switches left off are turned off',
		fields: {
			TimeOutInMinutes: { displayName: 'Timeout (Minutes)', description: 'Minutes before the setup is reported as failed', default: 60 },
			ErrorMessage: { displayName: 'Error Message', description: 'Custom text shown when setup fails; empty shows none' },
			ShowProgress: { displayName: 'Show Progress', description: 'Whether to show app and profile installation progress', default: true },
			EnableLog: { displayName: 'Allow Log Collection', description: 'Whether users can collect logs when setup fails', default: true },
			OBEEOnly: {
				displayName: 'Only During Autopilot Setup',
				description: 'Whether to show the page only on devices set up through the out-of-box experience',
				default: false,
			},
			InstallWindowsUpdates: { displayName: 'Install Windows Updates', description: 'Whether to install quality updates during setup', default: true },
			blockDevice: {
				displayName: 'Block Device Use During Setup',
				description: 'Whether to block use of the device until setup is complete (CIPP sends the opposite as the retry setting)',
				default: true,
			},
			AllowReset: { displayName: 'Allow Reset', description: 'Whether users can reset the device when setup fails', default: true },
			AllowFail: { displayName: 'Allow Use After Failure', description: 'Whether users can use the device when setup fails', default: false },
		},
	},
	ExecAssignAPDevice: {
		name: 'Assign User to Device',
		description: 'Assign a user to a Windows Autopilot device so their name is shown at sign-in',
		fields: {
			device: deviceId,
			serialNumber,
			user: {
				displayName: 'User',
				description: 'JSON object whose addedFields hold the userPrincipalName and addressableUserName (the greeting name) of the user',
				placeholder: 'e.g. {"addedFields": {"userPrincipalName": "jane@contoso.com", "addressableUserName": "Jane Doe"}}',
			},
		},
	},
	ExecRenameAPDevice: {
		name: 'Rename Device',
		description: 'Set the name a Windows Autopilot device gets during setup',
		fields: {
			deviceId,
			displayName: {
				displayName: 'New Name',
				description: 'At most 15 letters, digits or hyphens, and not only digits',
				placeholder: 'e.g. CON-LT-0042',
			},
			serialNumber,
		},
	},
	ExecSetAPDeviceGroupTag: {
		name: 'Set Group Tag',
		description: 'Set or clear the group tag of a Windows Autopilot device',
		fields: {
			deviceId,
			groupTag: { displayName: 'Group Tag', description: 'Tag of at most 128 characters; empty clears it', placeholder: 'e.g. Sales' },
			serialNumber,
		},
	},
	ExecSyncAPDevices: {
		name: 'Sync Devices',
		description: 'Start a Windows Autopilot sync with the Microsoft device registry; Microsoft refuses another sync within about 10 minutes',
		fields: {},
	},
	ListAPDevices: {
		name: 'Get Many Devices',
		description: 'Windows Autopilot devices registered in a tenant',
		fields: {},
	},
	ListAutopilotconfig: {
		name: 'Get Many Profiles',
		description: 'Windows Autopilot deployment profiles or Enrollment Status Pages of a tenant, with their assignments',
		fields: {
			type: {
				displayName: 'Type',
				description: 'Which configurations to return',
				options: { ApProfile: 'Deployment Profiles', ESP: 'Enrollment Status Pages' },
				default: 'ApProfile',
			},
		},
	},
	RemoveAPDevice: {
		name: 'Delete Device',
		description: 'Remove a device from Windows Autopilot and start a sync',
		fields: { ID: deviceId },
	},
	RemoveAutopilotConfig: {
		name: 'Delete Profile',
		description: 'Delete a Windows Autopilot deployment profile, removing its assignments first when needed',
		fields: {
			ID: { displayName: 'Profile ID', description: 'ID of the deployment profile' },
			displayName: { displayName: 'Profile Name', description: 'Name of the profile, only used in messages' },
			assignments: {
				displayName: 'Assignments',
				description: 'JSON array of the assignments to remove first (id and target); read from Microsoft Graph when left out',
				placeholder: 'e.g. [{"id": "abc_123", "target": {"@odata.type": "#microsoft.graph.allDevicesAssignmentTarget"}}]',
			},
		},
	},
};
