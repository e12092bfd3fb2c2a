import type { CuratedField, CuratedResource } from './types';

const text = (displayName: string, description: string, placeholder?: string): CuratedField =>
	placeholder ? { displayName, description, placeholder } : { displayName, description };

const flag = (displayName: string, description: string): CuratedField => ({ displayName, description });

/** Booking settings shared by room and equipment mailboxes (Set-CalendarProcessing). */
const BOOKING: Record<string, CuratedField> = {
	AllowConflicts: flag('Allow Conflicts', 'Whether meetings that overlap an existing booking are accepted'),
	AllowRecurringMeetings: flag('Allow Recurring Meetings', 'Whether recurring meetings can be booked'),
	BookingWindowInDays: text('Booking Window (Days)', 'How many days ahead the resource can be booked', 'e.g. 180'),
	MaximumDurationInMinutes: text('Maximum Duration (Minutes)', 'Longest meeting that can be booked; 0 means no limit', 'e.g. 1440'),
	ProcessExternalMeetingMessages: flag('Process External Meeting Requests', 'Whether requests from outside the organisation are processed'),
	ForwardRequestsToDelegates: flag('Forward Requests to Delegates', 'Whether booking requests are forwarded to the resource delegates'),
	ScheduleOnlyDuringWorkHours: flag('Only During Working Hours', 'Whether bookings must fall inside the working hours set below'),
	AutomateProcessing: {
		displayName: 'Booking Processing',
		description: 'How booking requests are handled',
		options: {
			AutoAccept: { name: 'Auto Accept', description: 'Accept or decline requests automatically' },
			AutoUpdate: { name: 'Auto Update', description: 'Only mark requests as tentative; a delegate decides' },
			None: { name: 'None', description: 'Leave requests unprocessed' },
		},
	},
};

/** Working hours of the resource calendar (Set-MailboxCalendarConfiguration). */
const WORKING_HOURS: Record<string, CuratedField> = {
	WorkDays: text('Working Days', 'Comma-separated day names, or WeekDay, WeekendDay or AllDays', 'e.g. Monday,Tuesday,Wednesday,Thursday,Friday'),
	WorkHoursStartTime: text('Working Hours Start', 'Start of the working day as hh:mm:ss', 'e.g. 08:00:00'),
	WorkHoursEndTime: text('Working Hours End', 'End of the working day as hh:mm:ss', 'e.g. 17:00:00'),
	WorkingHoursTimeZone: text('Time Zone', 'Windows time zone name of the working hours', 'e.g. W. Europe Standard Time'),
};

const hidden = flag('Hide From Address List', 'Whether to hide the resource from the global address list; off shows it');

/** Room, equipment and room-list mailboxes: our words for resource booking in Exchange. */
export const RESOURCE_MAILBOX: CuratedResource = {
	ListRooms: {
		name: 'Get Many Rooms',
		description: 'List the room mailboxes of a tenant with place details, or the full booking settings of one room',
		fields: {
			roomId: text('Room', 'Return only this room (ID, UPN or address), with booking, working-hours and permission details', 'e.g. boardroom@contoso.com'),
		},
	},
	AddRoomMailbox: {
		name: 'Create Room',
		description: 'Create a room mailbox and block sign-in to its account',
		fields: {
			username: text('Alias', 'Name of the mailbox, also used as the local part of its address', 'e.g. boardroom'),
			displayName: text('Display Name', 'Name shown in the address list and room finder', 'e.g. Boardroom (Floor 3)'),
			userPrincipalName: text('Email Address', 'Primary address of the room; empty lets Exchange pick one from the alias', 'e.g. boardroom@contoso.com'),
			ResourceCapacity: text('Capacity', 'Number of people the room holds', 'e.g. 12'),
		},
	},
	EditRoomMailbox: {
		name: 'Update Room',
		description: 'Change the name, place details, booking rules, working hours and default calendar access of a room; blank values are left as they are',
		fields: {
			roomId: text('Room', 'ID, UPN or address of the room mailbox', 'e.g. boardroom@contoso.com'),
			displayName: text('Display Name', 'Name of the room; sent on every call, so give the current name to keep it', 'e.g. Boardroom (Floor 3)'),
			hiddenFromAddressListsEnabled: hidden,
			userPrincipalName: text('Email Address', 'Address of the room; only used in the failure message', 'e.g. boardroom@contoso.com'),
			capacity: text('Capacity', 'Number of people the room holds', 'e.g. 12'),
			DefaultCalendarPermission: {
				displayName: 'Default Calendar Permission',
				description: 'Access everyone in the organisation gets to the room calendar',
				options: {
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
				},
			},
			Building: text('Building', 'Building the room is in', 'e.g. HQ North'),
			Floor: text('Floor', 'Floor number', 'e.g. 3'),
			FloorLabel: text('Floor Label', 'Display name of the floor', 'e.g. Third floor'),
			Phone: text('Phone', 'Phone number of the room', 'e.g. +1 425 555 0100'),
			AudioDeviceName: text('Audio Device', 'Name of the audio equipment in the room', 'e.g. Jabra Speak 810'),
			VideoDeviceName: text('Video Device', 'Name of the video equipment in the room', 'e.g. Logitech Rally'),
			DisplayDeviceName: text('Display Device', 'Name of the screen in the room', 'e.g. 75" Samsung'),
			IsWheelChairAccessible: flag('Wheelchair Accessible', 'Whether the room is accessible by wheelchair'),
			Tags: text('Tags', 'Features of the room, for room finder filters', 'e.g. Whiteboard, Teams Room'),
			Street: text('Street', 'Street address of the room', 'e.g. 1 Main Street'),
			City: text('City', 'City of the room', 'e.g. Seattle'),
			State: text('State or Province', 'State or province of the room', 'e.g. WA'),
			PostalCode: text('Postal Code', 'Postal or ZIP code', 'e.g. 98052'),
			CountryOrRegion: text('Country or Region', 'Country as a two-letter ISO code or its English name', 'e.g. US'),
			Desks: text('Desks', 'Desks linked to the room in Microsoft Places', 'e.g. desk-3-01@contoso.com'),
			Localities: text('Localities', 'Microsoft Places localities the room belongs to', 'e.g. Floor 3 East'),
			SpaceType: text('Space Type', 'Microsoft Places space type of the room', 'e.g. Room'),
			CustomSpaceType: text('Custom Space Type', 'Own space type label for Microsoft Places', 'e.g. Focus Room'),
			ResourceLinks: text('Resource Links', 'JSON array of links shown in Microsoft Places, each with name, value and linkType', 'e.g. [{"name": "Floor plan", "value": "https://contoso.com/floor3", "linkType": "Url"}]'),
			...BOOKING,
			EnforceCapacity: flag('Enforce Capacity', 'Whether meetings with more attendees than the capacity are declined'),
			AddOrganizerToSubject: flag('Add Organizer to Subject', 'Whether the organiser name is added to the meeting subject'),
			DeleteComments: flag('Delete Comments', 'Whether the body of accepted requests is removed'),
			DeleteSubject: flag('Delete Subject', 'Whether the subject of accepted requests is removed'),
			RemovePrivateProperty: flag('Clear Private Flag', 'Whether the private flag of accepted meetings is cleared'),
			RemoveCanceledMeetings: flag('Remove Cancelled Meetings', 'Whether cancelled meetings are deleted from the room calendar'),
			RemoveOldMeetingMessages: flag('Remove Old Meeting Messages', 'Whether outdated requests and replies are deleted'),
			...WORKING_HOURS,
		},
	},
	ListEquipment: {
		name: 'Get Many Equipment Mailboxes',
		description: 'List the equipment mailboxes of a tenant, or the full booking settings of one',
		fields: {
			EquipmentId: text('Equipment', 'Return only this equipment mailbox (ID, UPN or address), with booking and working-hours details', 'e.g. projector1@contoso.com'),
		},
	},
	AddEquipmentMailbox: {
		name: 'Create Equipment Mailbox',
		description: 'Create an equipment mailbox, such as a projector or car, and block sign-in to its account',
		fields: {
			username: text('Alias', 'Name of the mailbox, also used as the local part of its address', 'e.g. projector1'),
			displayName: text('Display Name', 'Name shown in the address list', 'e.g. Projector 1'),
			userPrincipalName: text('Email Address', 'Primary address of the mailbox; empty lets Exchange pick one from the alias', 'e.g. projector1@contoso.com'),
		},
	},
	EditEquipmentMailbox: {
		name: 'Update Equipment Mailbox',
		description: 'Change the name, location details, booking rules and working hours of an equipment mailbox; blank values are left as they are',
		fields: {
			equipmentId: text('Equipment', 'ID, UPN or address of the equipment mailbox', 'e.g. projector1@contoso.com'),
			displayName: text('Display Name', 'Name of the mailbox; sent on every call, so give the current name to keep it', 'e.g. Projector 1'),
			hiddenFromAddressListsEnabled: hidden,
			userPrincipalName: text('Email Address', 'Address of the mailbox; only used in the failure message', 'e.g. projector1@contoso.com'),
			Location: text('Location', 'Where the equipment is kept; Exchange Online may refuse this setting', 'e.g. Storeroom B'),
			Department: text('Department', 'Department that owns the equipment', 'e.g. Facilities'),
			Company: text('Company', 'Company that owns the equipment', 'e.g. Contoso'),
			Phone: text('Phone', 'Phone number for the equipment', 'e.g. +1 425 555 0100'),
			Tags: text('Tags', 'Labels for the equipment; Exchange Online may refuse this setting', 'e.g. HDMI, 4K'),
			StreetAddress: text('Street Address', 'Street address where the equipment is kept', 'e.g. 1 Main Street'),
			City: text('City', 'City where the equipment is kept', 'e.g. Seattle'),
			StateOrProvince: text('State or Province', 'State or province where the equipment is kept', 'e.g. WA'),
			CountryOrRegion: text('Country or Region', 'Country as a two-letter ISO code or its English name', 'e.g. US'),
			PostalCode: text('Postal Code', 'Postal or ZIP code', 'e.g. 98052'),
			...BOOKING,
			...WORKING_HOURS,
		},
	},
	ListRoomLists: {
		name: 'Get Many Room Lists',
		description: 'List the room lists of a tenant, or one room list with its members and owners',
		fields: {
			groupID: text('Room List', 'Return only this room list (ID, name or address)', 'e.g. rooms-hq@contoso.com'),
			members: flag('Include Members', 'Whether to include the rooms in the list; only with Room List'),
			owners: flag('Include Owners', 'Whether to include the owners of the list; only with Room List'),
		},
	},
	AddRoomList: {
		name: 'Create Room List',
		description: 'Create a room list, a distribution group that groups rooms for room finder',
		fields: {
			username: text('Alias', 'Name of the room list, also the local part of its address', 'e.g. rooms-hq'),
			displayName: text('Display Name', 'Name shown in room finder', 'e.g. HQ Meeting Rooms'),
			primDomain: text('Domain', 'Domain of the address; empty uses the tenant domain', 'e.g. contoso.com'),
		},
	},
	EditRoomList: {
		name: 'Update Room List',
		description: 'Rename a room list, add or remove rooms and owners, or allow outside senders; at least one change is needed',
		fields: {
			groupId: text('Room List', 'ID, name or address of the room list', 'e.g. rooms-hq@contoso.com'),
			displayName: text('Display Name', 'New display name', 'e.g. HQ Meeting Rooms'),
			description: text('Description', 'New description of the room list', 'e.g. All bookable rooms at headquarters'),
			mailNickname: text('Name', 'New name (alias) of the room list', 'e.g. rooms-hq'),
			AddMember: text('Add Rooms', 'Room mailboxes to add, by address or ID', 'e.g. boardroom@contoso.com'),
			RemoveMember: text('Remove Rooms', 'Room mailboxes to remove, by address or ID', 'e.g. boardroom@contoso.com'),
			AddOwner: text('Add Owners', 'Users to add as owners, by UPN or ID', 'e.g. jane@contoso.com'),
			RemoveOwner: text('Remove Owners', 'Owners to remove, written as the list stores them (as returned by Get Many Room Lists with owners)', 'e.g. 8a2b4c6d-1e3f-4a5b-9c7d-0e1f2a3b4c5d'),
			allowExternal: flag('Allow External Senders', 'Whether people outside the organisation can send to the list; off blocks them'),
		},
	},
};
