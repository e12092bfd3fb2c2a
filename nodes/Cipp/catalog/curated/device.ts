import type { CuratedResource } from './types';

/** Devices: our words for Entra ID device objects and managed device reports. */
export const DEVICE: CuratedResource = {
	ExecDeviceDelete: {
		name: 'Delete, Disable or Enable Device',
		description: 'Delete, disable or enable an Entra ID device object (not the Intune record)',
		fields: {
			ID: { displayName: 'Device Object ID', description: 'Entra object ID of the device', placeholder: 'e.g. 4b1f0c2d-7e3a-4a9b-8c6d-1e2f3a4b5c6d' },
			action: {
				displayName: 'Action',
				description: 'What to do with the device',
				options: {
					Delete: { name: 'Delete', description: 'Remove the device from the directory' },
					Disable: { name: 'Disable', description: 'Block the device from signing in' },
					Enable: { name: 'Enable', description: 'Allow the device to sign in again' },
				},
			},
		},
	},
	ListAllTenantDeviceCompliance: {
		name: 'Get Device Compliance (Lighthouse)',
		description: 'Intune device compliance of a tenant or of all tenants from Microsoft 365 Lighthouse (tenants must be onboarded there)',
		fields: {},
	},
	ListDevices: {
		name: 'Get Many Managed Devices',
		description: 'Intune managed devices of a tenant',
		fields: {},
	},
};
