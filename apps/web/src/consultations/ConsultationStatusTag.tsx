import type { Consultation } from '@smp/contracts';
import { statusLabels } from './labels';

const tagClass: Record<Consultation['status'], string> = { booked: 'tag info', completed: 'tag', cancelled: 'tag danger' };

export function ConsultationStatusTag({ status }: { status: Consultation['status'] }) {
  return <span className={tagClass[status]}>{statusLabels[status]}</span>;
}
