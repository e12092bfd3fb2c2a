import type { CuratedField, CuratedResource } from './types';

const text = (displayName: string, description: string, placeholder?: string): CuratedField =>
	placeholder ? { displayName, description, placeholder } : { displayName, description };

/** Address and detail fields of a contact, as AddContact and EditContact name them. */
const CONTACT_DETAILS: Record<string, CuratedField> = {
	firstName: text('First Name', 'Given name of the contact', 'e.g. Jane'),
	Title: text('Job Title', 'Job title of the contact', 'e.g. Account Manager'),
	Company: text('Company', 'Company the contact works for', 'e.g. Fabrikam Ltd'),
	StreetAddress: text('Street Address', 'Street and house number', 'e.g. 1 Main Street'),
	City: text('City', 'City of the contact', 'e.g. Seattle'),
	State: text('State or Province', 'State or province of the contact', 'e.g. WA'),
	PostalCode: text('Postal Code', 'Postal or ZIP code', 'e.g. 98052'),
	CountryOrRegion: text('Country or Region', 'Country as a two-letter ISO code or its English name', 'e.g. US'),
	phone: text('Business Phone', 'Business phone number', 'e.g. +1 425 555 0100'),
	mobilePhone: text('Mobile Phone', 'Mobile phone number', 'e.g. +1 425 555 0101'),
	website: text('Website', 'Web page of the contact', 'e.g. https://fabrikam.com'),
	mailTip: text('Mail Tip', 'Note Outlook shows to people who write to this contact', 'e.g. Replies may take two working days'),
};

/** Fields of a stored contact template, as AddContactTemplates and EditContactTemplates name them. */
const TEMPLATE_DETAILS: Record<string, CuratedField> = {
	displayName: text('Display Name', 'Name of the contact; also the name of the template', 'e.g. Fabrikam Support'),
	email: text('Email', 'External email address the contact forwards to', 'e.g. support@fabrikam.com'),
	firstName: text('First Name', 'Given name of the contact', 'e.g. Jane'),
	lastName: text('Last Name', 'Surname of the contact', 'e.g. Doe'),
	hidefromGAL: { displayName: 'Hide From Address List', description: 'Whether deployed contacts are hidden from the global address list', default: false },
	jobTitle: text('Job Title', 'Job title of the contact', 'e.g. Account Manager'),
	companyName: text('Company', 'Company the contact works for', 'e.g. Fabrikam Ltd'),
	streetAddress: text('Street Address', 'Street and house number', 'e.g. 1 Main Street'),
	city: text('City', 'City of the contact', 'e.g. Seattle'),
	state: text('State or Province', 'State or province of the contact', 'e.g. WA'),
	postalCode: text('Postal Code', 'Postal or ZIP code', 'e.g. 98052'),
	country: text('Country or Region', 'Country as a two-letter ISO code or its English name', 'e.g. US'),
	businessPhone: text('Business Phone', 'Business phone number', 'e.g. +1 425 555 0100'),
	mobilePhone: text('Mobile Phone', 'Mobile phone number', 'e.g. +1 425 555 0101'),
	website: text('Website', 'Web page of the contact', 'e.g. https://fabrikam.com'),
	mailTip: text('Mail Tip', 'Note Outlook shows to people who write to the contact', 'e.g. Replies may take two working days'),
};

/** Mail contacts: our words for Exchange mail contacts and CIPP contact templates. */
export const CONTACT: CuratedResource = {
	AddContact: {
		name: 'Create Contact',
		description: 'Create an Exchange mail contact for an outside address, then set its address, phone and mail tip details',
		fields: {
			displayName: text('Display Name', 'Name of the contact as shown in the address list', 'e.g. Jane Doe (Fabrikam)'),
			email: text('Email', 'External email address mail to the contact is sent to', 'e.g. jane@fabrikam.com'),
			lastName: text('Last Name', 'Surname of the contact', 'e.g. Doe'),
			hidefromGAL: { displayName: 'Hide From Address List', description: 'Whether to hide the contact from the global address list', default: false },
			...CONTACT_DETAILS,
		},
	},
	EditContact: {
		name: 'Update Contact',
		description: 'Change the details of a mail contact; blank values are left as they are, except phone numbers, which a blank value clears',
		fields: {
			ContactID: text('Contact ID', 'ID, name or address of the mail contact to change', 'e.g. 2f1c9a4e-7b0d-4c55-9e3a-6a1d2b3c4d5e'),
			displayName: text('Display Name', 'New name of the contact', 'e.g. Jane Doe (Fabrikam)'),
			email: text('Email', 'New external address; mail is routed to it from now on', 'e.g. jane@fabrikam.com'),
			LastName: text('Last Name', 'Surname of the contact', 'e.g. Doe'),
			hidefromGAL: { displayName: 'Hide From Address List', description: 'Whether the contact is hidden from the global address list; off shows it again' },
			...CONTACT_DETAILS,
		},
	},
	ListContacts: {
		name: 'Get Many Contacts',
		description: 'List the mail contacts of a tenant, or the full details of one contact',
		fields: {
			id: text('Contact ID', 'Return only this contact, with its address, phones and mail tip', 'e.g. 2f1c9a4e-7b0d-4c55-9e3a-6a1d2b3c4d5e'),
		},
	},
	RemoveContact: {
		name: 'Delete Contact',
		description: 'Delete a mail contact from a tenant',
		fields: {
			GUID: text('Contact ID', 'ID, name or address of the mail contact to delete', 'e.g. 2f1c9a4e-7b0d-4c55-9e3a-6a1d2b3c4d5e'),
			Mail: text('Email', 'Address of the contact; only used in the result message', 'e.g. jane@fabrikam.com'),
		},
	},
	AddContactTemplates: {
		name: 'Create Contact Template',
		description: 'Save a mail contact as a CIPP template that can later be deployed to tenants; nothing is created in a tenant yet',
		fields: { ...TEMPLATE_DETAILS },
	},
	EditContactTemplates: {
		name: 'Update Contact Template',
		description: 'Replace a saved contact template; properties left out are removed from the template rather than kept',
		fields: {
			ContactTemplateID: text('Template ID', 'GUID of the contact template to replace', 'e.g. 0b6e2c1a-3d4f-4a5b-8c9d-0e1f2a3b4c5d'),
			...TEMPLATE_DETAILS,
		},
	},
	ListContactTemplates: {
		name: 'Get Many Contact Templates',
		description: 'List the saved contact templates, or one template by its ID',
		fields: {
			ID: text('Template ID', 'Return only the template with this ID', 'e.g. 0b6e2c1a-3d4f-4a5b-8c9d-0e1f2a3b4c5d'),
		},
	},
	RemoveContactTemplates: {
		name: 'Delete Contact Template',
		description: 'Delete a saved contact template; contacts already deployed from it stay in place',
		fields: {
			ID: text('Template ID', 'GUID of the contact template to delete', 'e.g. 0b6e2c1a-3d4f-4a5b-8c9d-0e1f2a3b4c5d'),
		},
	},
	DeployContactTemplates: {
		name: 'Deploy Contact Templates',
		description: 'Create mail contacts from saved templates in the selected tenants; contacts whose address already exists are skipped',
		fields: {
			TemplateList: {
				displayName: 'Templates',
				description: 'JSON array with one {value, label} per template, where value is the whole template as returned by Get Many Contact Templates',
				placeholder: 'e.g. [{"label": "Fabrikam Support", "value": {"displayName": "Fabrikam Support", "email": "support@fabrikam.com"}}]',
			},
		},
	},
};
