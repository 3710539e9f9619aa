import type { MessageStatus } from '@smp/contracts';
import { messageStatusLabels } from './labels';

// Failed needs the owner; what is still to go is news; sent and withdrawn are done with.
const STATUS_TONES: Partial<Record<MessageStatus, string>> = { failed: 'danger', scheduled: 'info', sending: 'info' };

export function MessageStatusTag({ status }: { status: MessageStatus }) {
  return <span className={`tag ${STATUS_TONES[status] ?? ''}`.trim()}>{messageStatusLabels[status]}</span>;
}
