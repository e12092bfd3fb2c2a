import type { CuratedField, CuratedResource } from './types';
import { REPORT_DB_NOTICE, USE_REPORT_DB } from './shared/reportDatabase';

const text = (displayName: string, description: string, placeholder?: string): CuratedField =>
	placeholder ? { displayName, description, placeholder } : { displayName, description };

const flag = (displayName: string, description: string, value?: boolean): CuratedField =>
	value === undefined ? { displayName, description } : { displayName, description, default: value };

const mailbox = (description = 'ID, UPN or address of the mailbox'): CuratedField =>
	text('Mailbox', description, 'e.g. jane@contoso.com');

/** Folder permission roles Exchange accepts for calendars and other folders. */
const FOLDER_ROLES = {
	AvailabilityOnly: 'Availability Only',
	LimitedDetails: 'Limited Details',
	Reviewer: 'Reviewer',
	Contributor: 'Contributor',
	NonEditingAuthor: 'Non-Editing Author',
	Author: 'Author',
	PublishingAuthor: 'Publishing Author',
	Editor: 'Editor',
	PublishingEditor: 'Publishing Editor',
	Owner: 'Owner',
	None: 'None',
};

const GROUP_TYPES = {
	'Distribution List': 'Distribution List',
	'Mail-Enabled Security': 'Mail-Enabled Security',
	'Microsoft 365': 'Microsoft 365',
};

const POST_EXECUTION: CuratedField = {
	displayName: 'Notify After Run',
	description: 'Where CIPP reports each scheduled run',
	options: { Webhook: 'Webhook', Email: 'Email', PSA: 'PSA' },
};
const REFERENCE = text('Reference', 'Free text stored with the scheduled tasks, such as a ticket number', 'e.g. TICKET-1234');
const START = text('Start', 'When the change is made, as Unix time in seconds; empty means now', 'e.g. 1767225600');
const END = text('End', 'When the change is undone, as Unix time in seconds', 'e.g. 1768435200');

const PERMISSION_ENTRIES = (folder: string, extra: string): CuratedField => ({
	displayName: 'Permissions',
	description: `JSON array of changes, each with UserID (one or more users), PermissionLevel (a folder role), Modification (Add or Remove)${extra}, optional FolderName (default ${folder}) and SendNotificationToUser`,
	placeholder: `e.g. [{"UserID": "john@contoso.com", "PermissionLevel": "Reviewer", "Modification": "Add"}]`,
});

/** Exchange mailboxes: our words for mailbox settings, permissions, forwarding, retention and reports. */
export const MAILBOX: CuratedResource = {
	// --- Mailboxes ---
	ListMailboxes: {
		name: 'Get Many Mailboxes',
		description: 'List the mailboxes of a tenant with forwarding, archive, hold and address details',
		notice: REPORT_DB_NOTICE,
		fields: {
			UseReportDB: USE_REPORT_DB,
			Anr: text('Name Search', 'Find mailboxes whose name, alias or address starts with this text', 'e.g. jane'),
			Archive: flag('Only With Archive', 'Whether to return only mailboxes that have an archive'),
			Filter: text('Filter', 'Exchange OPATH filter applied to the mailboxes', "e.g. Department -eq 'Sales'"),
			GroupMailbox: flag('Group Mailboxes', 'Whether to return Microsoft 365 group mailboxes instead'),
			PublicFolder: flag('Public Folder Mailboxes', 'Whether to return public folder mailboxes instead'),
			RecipientTypeDetails: {
				displayName: 'Mailbox Type',
				description: 'Return only mailboxes of this type',
				placeholder: 'e.g. SharedMailbox',
				options: {
					UserMailbox: 'User Mailbox',
					SharedMailbox: 'Shared Mailbox',
					RoomMailbox: 'Room Mailbox',
					EquipmentMailbox: 'Equipment Mailbox',
					SchedulingMailbox: 'Scheduling Mailbox',
					DiscoveryMailbox: 'Discovery Mailbox',
				},
			},
			SoftDeletedMailbox: flag('Deleted Mailboxes', 'Whether to return soft-deleted mailboxes instead'),
			Identity: text('Identity', 'Return only this mailbox', 'e.g. jane@contoso.com'),
		},
	},
	AddSharedMailbox: {
		name: 'Create Shared Mailbox',
		description: 'Create a shared mailbox, block sign-in to its account and add any extra addresses',
		fields: {
			username: text('Alias', 'Name of the mailbox and local part of its address', 'e.g. info'),
			domain: text('Domain', 'Domain of the primary address', 'e.g. contoso.com'),
			displayName: text('Display Name', 'Name shown in the address list', 'e.g. Contoso Info'),
			addedAliases: text('Extra Addresses', 'Further addresses of the mailbox, one per line', 'e.g. hello@contoso.com'),
		},
	},
	ExecConvertMailbox: {
		name: 'Convert Mailbox',
		description: 'Convert a mailbox to a user, shared, room or equipment mailbox; warns when a mailbox turned shared is over the unlicensed size limit',
		fields: {
			ID: mailbox(),
			MailboxType: {
				displayName: 'Convert To',
				description: 'Mailbox type to convert to',
				options: { Regular: 'User Mailbox', Shared: 'Shared Mailbox', Room: 'Room Mailbox', Equipment: 'Equipment Mailbox' },
			},
		},
	},
	ExecHideFromGAL: {
		name: 'Hide From Address List',
		description: 'Hide a mailbox from the global address list, or show it again; changes can take up to 72 hours to appear',
		fields: {
			ID: mailbox(),
			HideFromGAL: { ...flag('Hide', 'Whether to hide the mailbox; off shows it again', true), promote: true },
		},
	},
	ExecCopyForSent: {
		name: 'Set Sent Items Copy',
		description: 'Choose whether mail sent as or on behalf of a shared mailbox is also saved in its Sent Items',
		fields: {
			ID: mailbox('ID, UPN or address of the shared mailbox'),
			messageCopyState: { ...flag('Save Copy', 'Whether to save a copy in the mailbox; off stops saving copies', true), promote: true },
		},
	},
	ExecSetMailboxLocale: {
		name: 'Set Mailbox Language',
		description: 'Set the language of a mailbox, rename its default folders to match and reset its date and time formats',
		fields: {
			user: mailbox(),
			locale: text('Language', 'Specific culture name; a neutral one such as en is refused', 'e.g. en-GB'),
		},
	},
	ExecSetMailboxQuota: {
		name: 'Set Mailbox Quota',
		description: 'Set the warning, send or send-and-receive quota of a mailbox; set one quota per call',
		fields: {
			user: mailbox(),
			quota: text('Quota', 'Size for the chosen quota, with a unit', 'e.g. 45GB'),
			ProhibitSendQuota: flag('Prohibit Send Quota', 'Whether to set the size at which the mailbox can no longer send'),
			ProhibitSendReceiveQuota: flag('Prohibit Send and Receive Quota', 'Whether to set the size at which the mailbox stops sending and receiving'),
			IssueWarningQuota: flag('Warning Quota', 'Whether to set the size at which the owner is warned'),
		},
	},
	ExecSetMailboxEmailSize: {
		name: 'Set Message Size Limits',
		description: 'Set the largest message a mailbox can send or receive, in MB (1 to 150)',
		fields: {
			id: mailbox('ID of the mailbox; takes precedence over the UPN'),
			UPN: text('User Principal Name', 'UPN of the mailbox, used when no ID is given', 'e.g. jane@contoso.com'),
			maxSendSize: text('Max Send Size (MB)', 'Largest message the mailbox can send, 1 to 150', 'e.g. 35'),
			maxReceiveSize: text('Max Receive Size (MB)', 'Largest message the mailbox can receive, 1 to 150', 'e.g. 36'),
		},
	},
	ExecSetRecipientLimits: {
		name: 'Set Recipient Limit',
		description: 'Set how many recipients a single message from a mailbox may have',
		fields: {
			Identity: mailbox(),
			recipientLimit: { displayName: 'Recipient Limit', description: 'Number from 1 to 1000, or Unlimited', placeholder: 'e.g. 500', options: { Unlimited: 'Unlimited' } },
			userid: text('User Name', 'Name of the mailbox; only used in the result message', 'e.g. jane@contoso.com'),
		},
	},
	ExecSetCASMailbox: {
		name: 'Set Mailbox Protocols',
		description: 'Turn mail protocols such as OWA, IMAP, POP, EWS and ActiveSync on or off for a mailbox',
		fields: {
			Identity: mailbox(),
			DisplayName: text('Display Name', 'Name of the mailbox; only used in the result message', 'e.g. Jane Doe'),
			OWAEnabled: flag('Outlook on the Web', 'Whether Outlook on the web is allowed'),
			ECPEnabled: flag('Exchange Control Panel', 'Whether the Exchange admin and options pages are allowed'),
			IMAPEnabled: flag('IMAP', 'Whether IMAP access is allowed'),
			POPEnabled: flag('POP', 'Whether POP access is allowed'),
			MAPIEnabled: flag('MAPI', 'Whether Outlook desktop (MAPI) access is allowed'),
			EWSEnabled: flag('EWS', 'Whether Exchange Web Services access is allowed'),
			ActiveSyncEnabled: flag('ActiveSync', 'Whether Exchange ActiveSync access is allowed'),
			SmtpClientAuthenticationDisabled: flag('Disable SMTP AUTH', 'Whether to block authenticated SMTP submission; it can only be turned off here, not back on'),
		},
	},
	ExecSetCalendarProcessing: {
		name: 'Set Calendar Processing',
		description: 'Set how a resource or shared calendar handles meeting requests; every switch left out is turned off',
		fields: {
			UPN: mailbox(),
			automaticallyAccept: flag('Auto Accept', 'Whether requests are accepted or declined automatically'),
			automaticallyProcess: flag('Auto Process', 'Whether requests are marked tentative automatically when Auto Accept is off'),
			allowConflicts: flag('Allow Conflicts', 'Whether overlapping meetings are accepted'),
			maxConflicts: text('Maximum Conflicts', 'How many instances of a recurring meeting may conflict before it is declined', 'e.g. 2'),
			allowRecurringMeetings: flag('Allow Recurring Meetings', 'Whether recurring meetings are accepted'),
			scheduleOnlyDuringWorkHours: flag('Only During Working Hours', 'Whether meetings must fall inside working hours'),
			maximumDurationInMinutes: text('Maximum Duration (Minutes)', 'Longest meeting accepted', 'e.g. 480'),
			minimumDurationInMinutes: text('Minimum Duration (Minutes)', 'Shortest meeting accepted', 'e.g. 15'),
			bookingWindowInDays: text('Booking Window (Days)', 'How many days ahead meetings can be booked', 'e.g. 180'),
			addOrganizerToSubject: flag('Add Organizer to Subject', 'Whether the organiser name is added to the subject'),
			deleteComments: flag('Delete Comments', 'Whether the body of requests is removed'),
			deleteSubject: flag('Delete Subject', 'Whether the subject of requests is removed'),
			removePrivateProperty: flag('Clear Private Flag', 'Whether the private flag of meetings is cleared'),
			removeCanceledMeetings: flag('Remove Cancelled Meetings', 'Whether cancelled meetings are deleted from the calendar'),
			removeOldMeetingMessages: flag('Remove Old Meeting Messages', 'Whether outdated requests and replies are deleted'),
			processExternalMeetingMessages: flag('Process External Requests', 'Whether requests from outside the organisation are processed'),
			additionalResponse: text('Additional Response', 'Text added to the automatic reply', 'e.g. Please bring your badge.'),
		},
	},
	ExecEnableArchive: {
		name: 'Enable Archive',
		description: 'Enable the online archive of a mailbox',
		fields: {
			id: mailbox(),
			username: text('User Name', 'Name of the mailbox; only used in the result message', 'e.g. jane@contoso.com'),
		},
	},
	ExecEnableAutoExpandingArchive: {
		name: 'Enable Auto-Expanding Archive',
		description: 'Let the archive of a mailbox grow beyond its quota; the archive must already be enabled',
		fields: {
			ID: mailbox(),
			username: text('User Name', 'Name of the mailbox; only used in the result message', 'e.g. jane@contoso.com'),
		},
	},
	ExecSetLitigationHold: {
		name: 'Set Litigation Hold',
		description: 'Place a mailbox on litigation hold, optionally for a number of days, or release it; needs a licence that includes holds',
		fields: {
			Identity: mailbox(),
			disable: flag('Release Hold', 'Whether to remove the hold; off places the mailbox on hold'),
			days: text('Duration (Days)', 'How long items are kept; empty keeps them indefinitely', 'e.g. 365'),
			UPN: text('User Principal Name', 'UPN of the mailbox; only used in the result message', 'e.g. jane@contoso.com'),
		},
	},
	ExecSetRetentionHold: {
		name: 'Set Retention Hold',
		description: 'Pause or resume retention policy processing for a mailbox',
		fields: {
			Identity: mailbox(),
			disable: flag('Release Hold', 'Whether to remove the hold; off places the mailbox on retention hold'),
			UPN: text('User Principal Name', 'UPN of the mailbox; only used in the result message', 'e.g. jane@contoso.com'),
		},
	},
	ExecStartManagedFolderAssistant: {
		name: 'Start Managed Folder Assistant',
		description: 'Run a full pass of the assistant that applies retention and archive policies to a mailbox now',
		fields: {
			Id: text('Mailbox ID', 'ID or Exchange GUID of the mailbox; takes precedence over the UPN', 'e.g. 6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b'),
			UserPrincipalName: text('User Principal Name', 'UPN of the mailbox, used when no ID is given', 'e.g. jane@contoso.com'),
		},
	},
	ListSharedMailboxStatistics: {
		name: 'Get Shared Mailbox Statistics',
		description: 'Size and item statistics of every shared mailbox in a tenant; slow on large tenants',
		fields: {},
	},
	ListSharedMailboxAccountEnabled: {
		name: 'Get Shared Mailboxes With Sign-In',
		description: 'Shared mailboxes whose account can still sign in, with their licences',
		notice: REPORT_DB_NOTICE,
		fields: { UseReportDB: USE_REPORT_DB },
	},
	ListMailboxCAS: {
		name: 'Get Mailbox Protocols',
		description: 'Which mail protocols (OWA, IMAP, POP, MAPI, EWS, ActiveSync, SMTP AUTH) each mailbox may use',
		fields: {},
	},
	ListGlobalAddressList: {
		name: 'Get Global Address List',
		description: 'Every recipient of a tenant with its addresses, type and address list visibility',
		fields: {},
	},

	// --- Permissions ---
	ListmailboxPermissions: {
		name: 'Get Mailbox Permissions',
		description: 'Full Access, Send As and Send on Behalf permissions on one mailbox, or on all mailboxes from the cached report',
		notice: REPORT_DB_NOTICE,
		fields: {
			userId: text('Mailbox', 'Mailbox to read live; empty with Use Report Database reads every mailbox', 'e.g. jane@contoso.com'),
			UseReportDB: USE_REPORT_DB,
			ByUser: flag('Group by User', 'Whether to group the cached report by the user holding the access'),
			User: text('User', 'Keep only this user in the grouped report', 'e.g. john@contoso.com'),
		},
	},
	ExecModifyMBPerms: {
		name: 'Change Mailbox Permissions',
		description: 'Grant or remove Full Access, Send As and Send on Behalf permissions on one or more mailboxes in one call',
		fields: {
			userID: mailbox('ID or UPN of the mailbox to change (single-mailbox form, together with Permissions)'),
			permissions: {
				displayName: 'Permissions',
				description: 'JSON array of changes, each with UserID (one or more users), PermissionLevel (FullAccess, SendAs or SendOnBehalf, comma-separated for several), Modification (Add or Remove) and optional AutoMap',
				placeholder: 'e.g. [{"UserID": "john@contoso.com", "PermissionLevel": "FullAccess", "Modification": "Add", "AutoMap": false}]',
			},
			mailboxRequests: {
				displayName: 'Mailbox Requests',
				description: 'JSON array to change several mailboxes at once, each with userID and permissions as above',
				placeholder: 'e.g. [{"userID": "info@contoso.com", "permissions": [{"UserID": "john@contoso.com", "PermissionLevel": "SendAs", "Modification": "Add"}]}]',
			},
		},
	},
	ExecEditMailboxPermissions: {
		name: 'Edit Mailbox Permissions',
		description: 'Grant or remove Full Access, Send As and Send on Behalf on one mailbox, with one list of users per change',
		fields: {
			userID: mailbox('UPN or ID of the mailbox to change'),
			AddFullAccess: text('Add Full Access (Automap)', 'Users who get full access, with the mailbox added to their Outlook', 'e.g. john@contoso.com'),
			AddFullAccessNoAutoMap: text('Add Full Access (No Automap)', 'Users who get full access without the mailbox appearing in their Outlook', 'e.g. john@contoso.com'),
			RemoveFullAccess: text('Remove Full Access', 'Users whose full access is removed', 'e.g. john@contoso.com'),
			AddSendAs: text('Add Send As', 'Users who may send as the mailbox', 'e.g. john@contoso.com'),
			RemoveSendAs: text('Remove Send As', 'Users who may no longer send as the mailbox', 'e.g. john@contoso.com'),
			AddSendOnBehalf: text('Add Send on Behalf', 'Users who may send on behalf of the mailbox', 'e.g. john@contoso.com'),
			RemoveSendOnBehalf: text('Remove Send on Behalf', 'Users who may no longer send on behalf of the mailbox', 'e.g. john@contoso.com'),
		},
	},
	ListCalendarPermissions: {
		name: 'Get Calendar Permissions',
		description: 'Permissions on the calendar of one mailbox, or on all calendars from the cached report',
		notice: REPORT_DB_NOTICE,
		fields: {
			UserID: text('Mailbox', 'Mailbox to read live; empty with Use Report Database reads every calendar', 'e.g. jane@contoso.com'),
			UseReportDB: USE_REPORT_DB,
			ByUser: flag('Group by User', 'Whether to group the cached report by the user holding the access'),
		},
	},
	ExecModifyCalPerms: {
		name: 'Change Calendar Permissions',
		description: 'Grant or remove access to the calendar of a mailbox for one or more users',
		fields: {
			userID: mailbox('Object ID or UPN of the mailbox whose calendar is shared'),
			permissions: PERMISSION_ENTRIES('Calendar', ', optional CanViewPrivateItems'),
		},
	},
	ExecEditCalendarPermissions: {
		name: 'Set Calendar Permission',
		description: 'Give one user a role on a mailbox calendar folder, or remove a user from it',
		fields: {
			userid: mailbox('UPN of the mailbox that owns the calendar'),
			FolderName: text('Folder Name', 'Name of the calendar folder, which depends on the mailbox language', 'e.g. Calendar'),
			UserToGetPermissions: text('User', 'User or group that gets the role', 'e.g. john@contoso.com'),
			Permissions: {
				displayName: 'Role',
				description: 'Role to give on the calendar',
				options: FOLDER_ROLES,
			},
			CanViewPrivateItems: flag('Can View Private Items', 'Whether the user also sees private items, as a delegate'),
			RemoveAccess: text('Remove User', 'User or group to remove from the calendar instead of granting a role', 'e.g. john@contoso.com'),
		},
	},
	ListContactPermissions: {
		name: 'Get Contact Folder Permissions',
		description: 'Permissions on the Contacts folder of a mailbox',
		fields: { UserID: mailbox() },
	},
	ExecModifyContactPerms: {
		name: 'Change Contact Folder Permissions',
		description: 'Grant or remove access to the Contacts folder of a mailbox for one or more users',
		fields: {
			userID: mailbox('Object ID or UPN of the mailbox whose Contacts folder is shared'),
			permissions: PERMISSION_ENTRIES('Contact', ''),
		},
	},

	// --- Forwarding and out of office ---
	ExecEmailForward: {
		name: 'Set Forwarding',
		description: 'Forward mail of a mailbox to an internal recipient or an outside address, or stop forwarding',
		fields: {
			userID: mailbox('UPN or ID of the mailbox'),
			forwardOption: {
				displayName: 'Forwarding',
				description: 'Where to forward, or whether to stop',
				options: { internalAddress: 'Internal Recipient', ExternalAddress: 'External Address', disabled: 'Disabled' },
			},
			ForwardInternal: { ...text('Forward To (Internal)', 'Mailbox or recipient in the organisation', 'e.g. john@contoso.com'), promote: true },
			ForwardExternal: { ...text('Forward To (External)', 'Outside email address', 'e.g. jane@fabrikam.com'), promote: true },
			KeepCopy: { ...flag('Keep Copy', 'Whether to keep a copy in the mailbox as well', true), promote: true },
		},
	},
	ListMailboxForwarding: {
		name: 'Get Forwarding Report',
		description: 'Mailboxes that forward mail, and where to',
		notice: REPORT_DB_NOTICE,
		fields: { UseReportDB: USE_REPORT_DB },
	},
	ExecScheduleForwardingVacation: {
		name: 'Schedule Vacation Forwarding',
		description: 'Schedule forwarding for one or more mailboxes to start and stop at set times, as two CIPP scheduled tasks',
		fields: {
			Users: text('Mailboxes', 'UPNs of the mailboxes to forward', 'e.g. jane@contoso.com, john@contoso.com'),
			forwardOption: {
				displayName: 'Forwarding',
				description: 'Whether to forward to an internal recipient or an outside address',
				options: { internalAddress: 'Internal Recipient', ExternalAddress: 'External Address' },
			},
			ForwardInternal: { ...text('Forward To (Internal)', 'Mailbox or recipient in the organisation', 'e.g. backup@contoso.com'), promote: true },
			ForwardExternal: { ...text('Forward To (External)', 'Outside email address', 'e.g. jane@fabrikam.com'), promote: true },
			KeepCopy: flag('Keep Copy', 'Whether to keep a copy in the mailboxes as well', true),
			startDate: START,
			endDate: END,
			postExecution: POST_EXECUTION,
			reference: REFERENCE,
		},
	},
	ListOoO: {
		name: 'Get Out of Office',
		description: 'Automatic reply settings of a mailbox',
		fields: { userid: mailbox() },
	},
	ExecSetOoO: {
		name: 'Set Out of Office',
		description: 'Turn automatic replies of a mailbox on or off, or schedule them; blank messages keep the current text',
		fields: {
			userId: mailbox(),
			AutoReplyState: {
				displayName: 'State',
				description: 'Whether replies are off, on, or on between the start and end times',
				options: { Disabled: 'Disabled', Enabled: 'Enabled', Scheduled: 'Scheduled' },
			},
			InternalMessage: { ...text('Internal Message', 'Reply sent to people in the organisation (HTML allowed)', 'e.g. I am out of the office until Monday.'), promote: true },
			ExternalMessage: { ...text('External Message', 'Reply sent to outside senders; without it outside senders get no reply', 'e.g. I am out of the office until Monday.'), promote: true },
			input: text('Message for Everyone', 'One message used for both internal and outside senders', 'e.g. I am out of the office until Monday.'),
			StartTime: text('Start Time', 'Start of the scheduled replies, as Unix time in seconds; empty means now', 'e.g. 1767225600'),
			EndTime: text('End Time', 'End of the scheduled replies, as Unix time in seconds; empty means 7 days after the start', 'e.g. 1768435200'),
			CreateOOFEvent: flag('Block Calendar', 'Whether to add an out-of-office event to the calendar for the period'),
			OOFEventSubject: text('Calendar Event Subject', 'Subject of that calendar event', 'e.g. Out of office'),
			AutoDeclineFutureRequestsWhenOOF: flag('Decline New Invitations', 'Whether invitations for the period are declined'),
			DeclineEventsForScheduledOOF: flag('Decline Existing Meetings', 'Whether meetings already in the calendar for the period are declined'),
			DeclineMeetingMessage: text('Decline Message', 'Text sent with declined meetings', 'e.g. I am away this week.'),
			timezone: text('Time Zone', 'Time zone used to show the times in the result message', 'e.g. Europe/Amsterdam'),
		},
	},
	ExecScheduleOOOVacation: {
		name: 'Schedule Vacation Out of Office',
		description: 'Schedule automatic replies for one or more mailboxes to turn on and off at set times, as two CIPP scheduled tasks',
		fields: {
			Users: text('Mailboxes', 'UPNs of the mailboxes that get the automatic reply', 'e.g. jane@contoso.com, john@contoso.com'),
			internalMessage: text('Internal Message', 'Reply sent to people in the organisation', 'e.g. I am on holiday until 15 January.'),
			externalMessage: text('External Message', 'Reply sent to outside senders', 'e.g. I am on holiday until 15 January.'),
			startDate: text('Start', 'When the replies start, as Unix time in seconds', 'e.g. 1767225600'),
			endDate: END,
			CreateOOFEvent: flag('Block Calendar', 'Whether to add an out-of-office event to the calendar for the period'),
			OOFEventSubject: text('Calendar Event Subject', 'Subject of that calendar event', 'e.g. On holiday'),
			AutoDeclineFutureRequestsWhenOOF: flag('Decline New Invitations', 'Whether invitations for the period are declined'),
			DeclineEventsForScheduledOOF: flag('Decline Existing Meetings', 'Whether meetings already in the calendar for the period are declined'),
			DeclineMeetingMessage: text('Decline Message', 'Text sent with declined meetings', 'e.g. I am on holiday.'),
			postExecution: POST_EXECUTION,
			reference: REFERENCE,
		},
	},
	ExecScheduleMailboxVacation: {
		name: 'Schedule Vacation Mailbox Access',
		description: 'Give delegates access to the mailboxes (and optionally calendars) of people on leave for a set period, as two CIPP scheduled tasks',
		fields: {
			mailboxOwners: text('Mailboxes', 'UPNs of the mailboxes of the people on leave', 'e.g. jane@contoso.com'),
			delegates: text('Delegates', 'UPNs of the users who get access', 'e.g. john@contoso.com, mary@contoso.com'),
			permissionTypes: {
				displayName: 'Permissions',
				description: 'Mailbox permissions to give',
				options: { FullAccess: 'Full Access', SendAs: 'Send As', SendOnBehalf: 'Send on Behalf' },
			},
			autoMap: flag('Automap', 'Whether full-access mailboxes appear in the delegates\' Outlook', true),
			includeCalendar: flag('Include Calendar', 'Whether delegates also get a role on the calendars'),
			calendarPermission: { displayName: 'Calendar Role', description: 'Role delegates get on the calendars', options: FOLDER_ROLES },
			canViewPrivateItems: flag('Can View Private Items', 'Whether delegates also see private calendar items'),
			startDate: START,
			endDate: END,
			postExecution: POST_EXECUTION,
			reference: REFERENCE,
		},
	},

	// --- Inbox rules ---
	ListMailboxRules: {
		name: 'Get Inbox Rules',
		description: 'Inbox rules of all mailboxes in a tenant; a first call may only start a background load and return a queue message',
		notice: REPORT_DB_NOTICE,
		fields: { UseReportDB: USE_REPORT_DB },
	},
	ExecSetMailboxRule: {
		name: 'Enable or Disable Inbox Rule',
		description: 'Turn an inbox rule of a mailbox on or off',
		fields: {
			ruleId: text('Rule ID', 'Identity of the rule as returned by Get Inbox Rules', 'e.g. 6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b\\1234567890123456789'),
			userPrincipalName: text('Mailbox', 'UPN of the mailbox that owns the rule', 'e.g. jane@contoso.com'),
			Enable: flag('Enable', 'Whether to turn the rule on; wins over Disable'),
			Disable: flag('Disable', 'Whether to turn the rule off'),
			ruleName: text('Rule Name', 'Name of the rule; only used in the result message', 'e.g. Move newsletters'),
		},
	},
	ExecRemoveMailboxRule: {
		name: 'Delete Inbox Rule',
		description: 'Delete an inbox rule from a mailbox',
		fields: {
			ruleId: text('Rule ID', 'Identity of the rule as returned by Get Inbox Rules', 'e.g. 6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b\\1234567890123456789'),
			userPrincipalName: text('Mailbox', 'UPN of the mailbox that owns the rule', 'e.g. jane@contoso.com'),
			ruleName: text('Rule Name', 'Name of the rule; only used in the result message', 'e.g. Forward to Gmail'),
		},
	},

	// --- Mobile devices ---
	ListActiveSyncDevices: {
		name: 'Get Many Mobile Devices',
		description: 'Every ActiveSync device of a tenant with its owner, model, access state and sync times',
		fields: {},
	},
	ListMailboxMobileDevices: {
		name: 'Get Mailbox Mobile Devices',
		description: 'Mobile devices that sync with one mailbox',
		fields: { Mailbox: mailbox('UPN or address of the mailbox') },
	},
	ExecMailboxMobileDevices: {
		name: 'Manage Mobile Device',
		description: 'Allow or block a mobile device for a mailbox, or delete the device partnership',
		fields: {
			Userid: mailbox('UPN of the mailbox the device syncs with'),
			deviceid: text('Device ID', 'ActiveSync device ID to allow or block', 'e.g. 3F2A1B0C9D8E7F6A5B4C3D2E1F0A9B8C'),
			Quarantine: {
				displayName: 'Access',
				description: 'Whether to allow or block the device',
				options: { false: 'Allow', true: 'Block' },
			},
			Delete: flag('Delete Device', 'Whether to delete the device partnership; ignored when Access is set'),
			guid: text('Device GUID', 'GUID of the device partnership to delete', 'e.g. 6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b'),
		},
	},

	// --- Groups ---
	ExecGroupsDelete: {
		name: 'Delete Group',
		description: 'Delete a distribution list, mail-enabled security group, Microsoft 365 group or security group; security groups lose their licences first',
		fields: {
			id: text('Group ID', 'Object ID of the group (any identity works for distribution lists)', 'e.g. 6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b'),
			GroupType: {
				displayName: 'Group Type',
				description: 'Kind of group, which decides how it is deleted',
				options: { ...GROUP_TYPES, Security: 'Security' },
			},
			displayName: text('Display Name', 'Name of the group; only used in the result message', 'e.g. Sales Team'),
		},
	},
	ExecGroupsDeliveryManagement: {
		name: 'Set Group Delivery Management',
		description: 'Choose whether a distribution list or Microsoft 365 group accepts mail from outside the organisation',
		fields: {
			ID: text('Group', 'ID, name or address of the group', 'e.g. sales@contoso.com'),
			GroupType: { displayName: 'Group Type', description: 'Kind of group; security groups cannot be changed', options: GROUP_TYPES },
			OnlyAllowInternal: flag('Only Internal Senders', 'Whether only people in the organisation can send to the group'),
		},
	},
	ExecGroupsHideFromGAL: {
		name: 'Hide Group From Address List',
		description: 'Hide a distribution list or Microsoft 365 group from the global address list, or show it again',
		fields: {
			ID: text('Group', 'ID, name or address of the group', 'e.g. sales@contoso.com'),
			GroupType: { displayName: 'Group Type', description: 'Kind of group; security groups cannot be changed', options: GROUP_TYPES },
			HideFromGAL: flag('Hide', 'Whether to hide the group; off shows it again', true),
		},
	},

	// --- High volume email ---
	ListHVEAccounts: {
		name: 'Get Many HVE Accounts',
		description: 'High Volume Email accounts of a tenant, one account with its settings, or the HVE billing policies',
		notice: REPORT_DB_NOTICE,
		fields: {
			Identity: text('Account', 'Return only this account with its reply-to and billing policy', 'e.g. alerts@contoso.com'),
			ListBillingPolicies: flag('Billing Policies', 'Whether to return the HVE billing policies instead of accounts'),
			UseReportDB: USE_REPORT_DB,
		},
	},
	ExecHVEUser: {
		name: 'Manage HVE Account',
		description: 'Create, change or delete a High Volume Email account, or set its billing policy; creating also excludes it from CA policies that block legacy sign-in',
		fields: {
			Action: {
				displayName: 'Action',
				description: 'What to do with the account',
				default: 'Create',
				options: {
					Create: 'Create',
					Edit: 'Edit',
					AssignBillingPolicy: 'Assign Billing Policy',
					RemoveBillingPolicy: 'Remove Billing Policy',
					Remove: 'Delete',
				},
			},
			Identity: text('Account', 'Address or ID of the existing account', 'e.g. alerts@contoso.com'),
			DisplayName: text('Display Name', 'Name of the account', 'e.g. Contoso Alerts'),
			PrimarySmtpAddress: text('Email Address', 'Primary address of the account', 'e.g. alerts@contoso.com'),
			password: text('Password', 'Password the sending application signs in with'),
			username: text('Alias', 'New local part of the address, used with Domain when no email address is given', 'e.g. alerts'),
			domain: text('Domain', 'Domain of the new address', 'e.g. contoso.com'),
			ReplyTo: text('Reply-To Address', 'Address replies should go to', 'e.g. support@contoso.com'),
			BillingPolicyId: text('Billing Policy', 'ID of the HVE billing policy, as returned by Get Many HVE Accounts with Billing Policies', 'e.g. 6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b'),
		},
	},

	// --- Retention ---
	ExecManageRetentionPolicies: {
		name: 'Manage Retention Policies',
		description: 'Create, change or delete Exchange retention policies; with no change given it lists them',
		fields: {
			name: text('Policy Name', 'With no change given, return only this policy', 'e.g. Default MRM Policy'),
			CreatePolicies: text('Create Policies', 'JSON array of new policies, each with Name and optional RetentionPolicyTagLinks', 'e.g. [{"Name": "Keep 7 Years", "RetentionPolicyTagLinks": ["7 Year Delete"]}]'),
			ModifyPolicies: text('Change Policies', 'JSON array of changes, each with Identity and optional Name, AddTags, RemoveTags or RetentionPolicyTagLinks', 'e.g. [{"Identity": "Keep 7 Years", "AddTags": ["Never Delete"]}]'),
			DeletePolicies: text('Delete Policies', 'Names of policies to delete; policies still assigned to a mailbox are skipped', 'e.g. Old Policy'),
		},
	},
	ExecManageRetentionTags: {
		name: 'Manage Retention Tags',
		description: 'Create, change or delete Exchange retention tags; with no change given it lists them',
		fields: {
			name: text('Tag Name', 'With no change given, return only this tag', 'e.g. 7 Year Delete'),
			CreateTags: text('Create Tags', 'JSON array of new tags, each with Name, Type and optional AgeLimitForRetention, RetentionAction, RetentionEnabled and Comment', 'e.g. [{"Name": "7 Year Delete", "Type": "All", "AgeLimitForRetention": 2555, "RetentionAction": "DeleteAndAllowRecovery", "RetentionEnabled": true}]'),
			ModifyTags: text('Change Tags', 'JSON array of changes, each with Identity and the tag settings to change', 'e.g. [{"Identity": "7 Year Delete", "AgeLimitForRetention": 3650}]'),
			DeleteTags: text('Delete Tags', 'Names of tags to delete; tags still linked to a policy are skipped', 'e.g. Old Tag'),
		},
	},
	ExecSetMailboxRetentionPolicies: {
		name: 'Assign Retention Policy',
		description: 'Assign an Exchange retention policy to one or more mailboxes',
		fields: {
			PolicyName: text('Policy Name', 'Name of the retention policy', 'e.g. Default MRM Policy'),
			Mailboxes: text('Mailboxes', 'UPNs or IDs of the mailboxes', 'e.g. jane@contoso.com, john@contoso.com'),
		},
	},

	// --- Restores ---
	ListMailboxRestores: {
		name: 'Get Many Mailbox Restores',
		description: 'Mailbox restore requests of a tenant, or the statistics of one request',
		fields: {
			Statistics: flag('Statistics', 'Whether to return the statistics of one request instead of the list'),
			Identity: text('Restore Request', 'Identity of the request to report on', 'e.g. jane@contoso.com\\MailboxRestore'),
			IncludeReport: flag('Include Report', 'Whether to add the detailed move report to the statistics'),
		},
	},
	ExecMailboxRestore: {
		name: 'Manage Mailbox Restore',
		description: 'Start a restore of a deleted or inactive mailbox into another mailbox, or remove, resume or suspend a restore request',
		fields: {
			Action: {
				displayName: 'Action',
				description: 'What to do with an existing request; leave out to start a new restore',
				options: { Remove: 'Remove', Resume: 'Resume', Suspend: 'Suspend' },
			},
			Identity: text('Restore Request', 'Identity of the existing request', 'e.g. jane@contoso.com\\MailboxRestore'),
			SourceMailbox: text('Source Mailbox', 'Exchange GUID of the deleted or inactive mailbox to restore from', 'e.g. 6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b'),
			TargetMailbox: text('Target Mailbox', 'Mailbox to restore into', 'e.g. jane@contoso.com'),
			RequestName: text('Request Name', 'Name of the new restore request', 'e.g. Restore Jane'),
			BatchName: text('Batch Name', 'Batch label for grouping requests', 'e.g. Offboarding 2025'),
			BadItemLimit: text('Bad Item Limit', 'How many corrupt items may be skipped before the request fails', 'e.g. 10'),
			LargeItemLimit: text('Large Item Limit', 'How many oversized items may be skipped before the request fails', 'e.g. 10'),
			CompletedRequestAgeLimit: text('Keep Completed Request (Days)', 'How long the finished request is kept', 'e.g. 30'),
			AssociatedMessagesCopyOption: {
				displayName: 'Associated Messages',
				description: 'How hidden folder messages such as rules and views are copied',
				options: { DoNotCopy: 'Do Not Copy', MapByMessageClass: 'Map by Message Class', Copy: 'Copy' },
			},
			ConflictResolutionOption: {
				displayName: 'Conflict Resolution',
				description: 'What happens when an item already exists in the target',
				options: {
					KeepSourceItem: 'Keep Source Item',
					KeepLatestItem: 'Keep Latest Item',
					KeepAll: 'Keep All',
					KeepTargetItem: 'Keep Target Item',
					ForceCopy: 'Force Copy',
					UpdateFromSource: 'Update From Source',
				},
			},
			IncludeFolders: text('Include Folders', 'Folders to restore; well-known folders are written as #Name#', 'e.g. #Inbox#, #SentItems#'),
			ExcludeFolders: text('Exclude Folders', 'Folders to skip; well-known folders are written as #Name#', 'e.g. #DeletedItems#'),
			ExcludeDumpster: flag('Exclude Recoverable Items', 'Whether to skip the Recoverable Items folder'),
			SourceIsArchive: flag('Source Is Archive', 'Whether to restore from the archive of the source mailbox'),
			SourceRootFolder: text('Source Root Folder', 'Folder of the source to restore from', 'e.g. Inbox'),
			TargetIsArchive: flag('Target Is Archive', 'Whether to restore into the archive of the target mailbox'),
			TargetRootFolder: text('Target Root Folder', 'Folder of the target to restore into', 'e.g. Restored Items'),
			TargetType: {
				displayName: 'Target Type',
				description: 'Which part of the target mailbox receives the items',
				options: { Primary: 'Primary', Archive: 'Archive', MailboxLocation: 'Mailbox Location' },
			},
		},
	},

	// --- Message trace and restrictions ---
	ListMessageTrace: {
		name: 'Trace Messages',
		description: 'Search message delivery by sender, recipient, status and period, or show the delivery events of one traced message',
		fields: {
			days: text('Days', 'Search this many days back from now; wins over Start Date and End Date', 'e.g. 2'),
			startDate: text('Start Date', 'Start of the search, as Unix time in seconds', 'e.g. 1767225600'),
			endDate: text('End Date', 'End of the search, as Unix time in seconds', 'e.g. 1767398400'),
			sender: text('Senders', 'Sender addresses to match', 'e.g. jane@contoso.com'),
			recipient: text('Recipient', 'Recipient address to match; with Trace Detail, the recipient of the traced message', 'e.g. john@fabrikam.com'),
			status: {
				displayName: 'Status',
				description: 'Delivery statuses to match',
				options: {
					Delivered: 'Delivered',
					Failed: 'Failed',
					Pending: 'Pending',
					Expanded: 'Expanded',
					Quarantined: 'Quarantined',
					FilteredAsSpam: 'Filtered as Spam',
					GettingStatus: 'Getting Status',
					None: 'None',
				},
			},
			fromIP: text('From IP', 'Sending IP address to match', 'e.g. 203.0.113.10'),
			toIP: text('To IP', 'Receiving IP address to match', 'e.g. 198.51.100.20'),
			MessageId: text('Message ID', 'Internet message ID; when set, dates, status and IP filters are ignored', 'e.g. <ABC123@contoso.com>'),
			traceDetail: flag('Trace Detail', 'Whether to return the delivery events of one traced message'),
			ID: text('Message Trace ID', 'MessageTraceId of the message, from a search result', 'e.g. 6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b'),
		},
	},
	ListRestrictedUsers: {
		name: 'Get Restricted Senders',
		description: 'Users blocked from sending mail for exceeding sending limits, with the reason',
		fields: {},
	},
	ExecRemoveRestrictedUser: {
		name: 'Unblock Restricted Sender',
		description: 'Remove a user from the list of senders blocked for exceeding sending limits',
		fields: { SenderAddress: text('Sender Address', 'Address of the blocked user', 'e.g. jane@contoso.com') },
	},

	// --- Protection policies ---
	ListAntiPhishingFilters: {
		name: 'Get Many Anti-Phishing Policies',
		description: 'Anti-phishing policies of a tenant with their rule, priority, state and targeted domains',
		fields: {},
	},
	ListMalwareFilters: {
		name: 'Get Many Malware Policies',
		description: 'Anti-malware policies of a tenant with their rule, priority, state and targeted domains',
		fields: {},
	},
	ListSafeAttachmentsFilters: {
		name: 'Get Many Safe Attachments Policies',
		description: 'Defender Safe Attachments policies of a tenant with their rule, priority, state and targeted domains',
		fields: {},
	},

	// --- Tools ---
	ListExoRequest: {
		name: 'Run Exchange Read Command',
		description: 'Run any Get or Search Exchange Online cmdlet in a tenant and return its output, or list the cmdlets available',
		fields: {
			Cmdlet: text('Cmdlet', 'Name of a Get-* or Search-* cmdlet', 'e.g. Get-Mailbox'),
			cmdParams: text('Parameters', 'JSON object of cmdlet parameters', 'e.g. {"Identity": "jane@contoso.com"}'),
			Select: text('Select', 'Comma-separated properties to return', 'e.g. DisplayName,PrimarySmtpAddress'),
			Anchor: text('Anchor Mailbox', 'Mailbox to route the call through', 'e.g. jane@contoso.com'),
			AvailableCmdlets: flag('List Cmdlets', 'Whether to return the cmdlets the tenant offers instead of running one'),
			AsApp: flag('As Application', 'Whether to run with the application token instead of the delegated one'),
			Compliance: flag('Compliance Endpoint', 'Whether to run against the Purview compliance endpoint'),
			UseSystemMailbox: flag('Use System Mailbox', 'Whether to route the call through the system mailbox'),
		},
	},
	ExecMailTest: {
		name: 'Get Mail Test Results',
		description: 'Messages received by the CIPP mail test mailbox with their authentication results, or a check of its Mail.Read permission',
		fields: {
			Action: {
				displayName: 'Action',
				description: 'Leave out to list the received messages',
				options: { CheckConfig: { name: 'Check Configuration', description: 'Report whether the CIPP app has Mail.Read and which mailbox it reads' } },
			},
		},
	},
};
