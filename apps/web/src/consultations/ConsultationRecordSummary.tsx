import type { Consultation } from '@smp/contracts';
import { useClinic } from '../clinic/clinic-context';
import { formatInstant } from '../shared/format';
import { describeStage, hairColourLabels, hairLossCauseLabels, shadeLabels, skinToneLabels, styleLabels, sunExposureLabels, transplantLabels } from './labels';

const yesNo = (value: boolean) => (value ? 'Yes' : 'No');

/** The artist's record as read back later. */
export function ConsultationRecordSummary({ record }: { record: NonNullable<Consultation['record']> }) {
  const clinic = useClinic();
  return (
    <>
      <dl className="details">
        <dt>Causes</dt>
        <dd>{record.hairLossCauses.map((cause) => hairLossCauseLabels[cause]).join(', ')}</dd>
        <dt>Stage</dt>
        <dd>{describeStage(record)}</dd>
        <dt>Hair colour</dt>
        <dd>{hairColourLabels[record.naturalHairColour]}</dd>
        <dt>Skin tone</dt>
        <dd>{skinToneLabels[record.skinTone]}</dd>
        <dt>Sun exposure</dt>
        <dd>{record.sunExposure ? sunExposureLabels[record.sunExposure] : '—'}</dd>
        <dt>Minoxidil</dt>
        <dd>{yesNo(record.usesMinoxidil)}</dd>
        <dt>Finasteride</dt>
        <dd>{yesNo(record.usesFinasteride)}</dd>
        <dt>Transplants</dt>
        <dd>{transplantLabels[record.transplantHistory]}</dd>
        <dt>Style wanted</dt>
        <dd>{styleLabels[record.desiredStyle]}</dd>
        <dt>Pigment shade</dt>
        <dd>{shadeLabels[record.shadeDirection]}</dd>
        <dt>Expectations</dt>
        <dd>{record.expectationNotes ?? (record.expectationsDiscussed ? 'Discussed' : '—')}</dd>
        <dt>Notes</dt>
        <dd className="notes">{record.notes ?? '—'}</dd>
      </dl>
      <p className="hint">
        Recorded by {record.recordedBy.name}, {formatInstant(record.recordedAt, clinic.timeZone)}
      </p>
    </>
  );
}
