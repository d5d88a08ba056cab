export { createInboxTable, dropInboxTable, INBOX_TABLE } from './create-inbox-table';
export { Inbox, type InboxOutcome } from './inbox';
export { InboxEventEntity } from './inbox-event.entity';
