import type { CuratedResource } from './types';

/** Domains: our words for adding, verifying and removing the domains of a tenant. */
export const DOMAIN: CuratedResource = {
	AddDomain: {
		name: 'Add Domain',
		description: 'Add a custom domain to a tenant; it stays unverified until its DNS records are in place and Verify is run',
		fields: {
			domain: { displayName: 'Domain', description: 'Domain name to add', placeholder: 'e.g. contoso.com' },
		},
	},
	ExecDomainAction: {
		name: 'Manage Domain',
		description: 'Verify a domain, make it the default domain of the tenant, or delete it',
		fields: {
			Action: {
				displayName: 'Action',
				description: 'What to do with the domain',
				options: {
					verify: { name: 'Verify', description: 'Check the DNS verification record and verify the domain' },
					setDefault: { name: 'Set as Default', description: 'Make the verified domain the default for new users' },
					delete: { name: 'Delete', description: 'Remove the domain from the tenant; it must no longer be in use' },
				},
			},
			domain: { displayName: 'Domain', description: 'Domain name to act on', placeholder: 'e.g. contoso.com' },
		},
	},
	ListDomains: {
		name: 'Get Many Domains',
		description: 'List the domains of a tenant, showing which one is the default and which the initial onmicrosoft.com domain',
		fields: {},
	},
};
