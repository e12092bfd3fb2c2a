import type { CuratedResource } from './types';

const INTEGRATIONS = 'HaloPSA, NinjaOne, Hudu, Sherweb, Gradient, PWPush, HIBP, GitHub';

/** Integrations: our words for the third-party extensions (PSA, RMM, documentation, billing) and their tenant mappings. */
export const INTEGRATION: CuratedResource = {
	ExecExtensionClearHIBPKey: {
		name: 'Clear HIBP API Key',
		description: 'Remove the stored Have I Been Pwned API key',
		fields: {},
	},
	ExecExtensionMapping: {
		name: 'Manage Integration Mapping',
		description:
			'List, replace or auto-match the mapping between tenants and integration companies or fields; replacing deletes the existing tenant mappings first',
		fields: {
			List: {
				displayName: 'List',
				description: 'Return the current mappings and the companies or fields of this integration',
				options: {
					HaloPSA: 'HaloPSA Clients',
					HaloPSAFields: 'HaloPSA Ticket Fields',
					NinjaOne: 'NinjaOne Organizations',
					NinjaOneFields: 'NinjaOne Fields',
					Hudu: 'Hudu Companies',
					HuduFields: 'Hudu Fields',
					Sherweb: 'Sherweb Customers',
					PWPushFields: 'PWPush Accounts',
				},
			},
			AddMapping: {
				displayName: 'Save Mapping',
				description:
					'Store the request body as the mapping of this integration; tenant mappings are replaced as a whole, field mappings are updated per field',
				options: {
					HaloPSA: 'HaloPSA Clients',
					NinjaOne: 'NinjaOne Organizations',
					NinjaOneFields: 'NinjaOne Fields',
					Hudu: 'Hudu Companies',
					HuduFields: 'Hudu Fields',
					Sherweb: 'Sherweb Customers',
				},
			},
			AutoMapping: {
				displayName: 'Auto-Map',
				description: 'Match tenants to integration companies by name (NinjaOne also by device) and save the matches',
				options: { HaloPSA: 'HaloPSA', NinjaOne: 'NinjaOne (in the background)' },
			},
			TicketType: {
				displayName: 'Ticket Type ID',
				description: 'HaloPSA ticket type whose outcomes and priorities to list; empty uses the saved ticket type',
				placeholder: 'e.g. 21',
			},
		},
	},
	ExecExtensionNinjaOneQueue: {
		name: 'Run NinjaOne Queue Item',
		description: 'Internal queue worker for NinjaOne; called over HTTP it has no queue item and does nothing',
		fields: {},
	},
	ExecExtensionSync: {
		name: 'Sync Integration',
		description: 'Start a Gradient billing, NinjaOne or Hudu sync in the background; NinjaOne can sync one mapped tenant or all of them',
		fields: {
			Extension: {
				displayName: 'Integration',
				description: 'Integration to sync',
				options: {
					Gradient: { name: 'Gradient', description: 'Billing sync; only runs when Gradient billing is enabled' },
					NinjaOne: { name: 'NinjaOne', description: 'Sync the selected mapped tenant, or every mapped tenant' },
					Hudu: { name: 'Hudu', description: 'Reschedule the Hudu sync to start within 15 minutes' },
				},
			},
		},
	},
	ExecExtensionTest: {
		name: 'Test Integration',
		description: `Check that CIPP can connect with the saved credentials of an integration (${INTEGRATIONS})`,
		fields: {
			extensionName: {
				displayName: 'Integration',
				description: 'Integration to test; PWPush creates a real test link and Gradient is set active',
				options: {
					HaloPSA: 'HaloPSA',
					NinjaOne: 'NinjaOne',
					Hudu: 'Hudu',
					Sherweb: 'Sherweb',
					Gradient: 'Gradient',
					PWPush: 'PWPush',
					HIBP: 'Have I Been Pwned',
					GitHub: 'GitHub',
					'CIPP-API': 'CIPP-API (cannot be tested from CIPP)',
				},
			},
		},
	},
	ExecExtensionsConfig: {
		name: 'Save Integration Settings',
		description:
			'Replace the whole integration configuration with the request body; integrations left out lose their settings, API keys go to Key Vault',
		fields: {
			NinjaOne: {
				displayName: 'NinjaOne Settings',
				description: 'NinjaOne block of the configuration, e.g. Enabled, Instance (an allowed NinjaOne host), ClientID and APIKey',
				placeholder: 'e.g. {"Enabled": true, "Instance": "eu.ninjarmm.com", "ClientID": "...", "APIKey": "..."}',
			},
			Hudu: {
				displayName: 'Hudu Settings',
				description: 'Hudu block of the configuration; NextSync (Unix time) reschedules the next Hudu sync',
				placeholder: 'e.g. {"Enabled": true, "BaseUrl": "https://hudu.contoso.com", "APIKey": "..."}',
			},
		},
	},
	ExecHaloPSATestTicket: {
		name: 'Create HaloPSA Test Ticket',
		description: 'Raise a real test ticket in HaloPSA against the first mapped client; needs the HaloPSA integration enabled',
		fields: {},
	},
	ListExtensionSync: {
		name: 'Get Many Integration Syncs',
		description: 'List the scheduled integration sync tasks with their last results',
		fields: {},
	},
	ListExtensionsConfig: {
		name: 'Get Integration Settings',
		description: 'Return the saved configuration of all integrations; API keys are masked',
		fields: {},
	},
	ListHaloClients: {
		name: 'Get Many HaloPSA Clients',
		description: 'List the clients of the connected HaloPSA instance as label/value pairs; needs the HaloPSA integration',
		fields: {},
	},
};
