import { SCREENING_QUESTIONNAIRES, type IntakeContact, type IntakeHistory, type PublicIntake, type ScreeningInput } from '@smp/contracts';
import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { publicIntakeApi } from '../api/public-intake';
import { linkFailure } from '../shared/link-failure';
import { ClientLinkFrame } from '../shared/ClientLinkFrame';
import { GuidedScreening } from '../screening/GuidedScreening';
import { ErrorAlert } from '../shared/ErrorAlert';
import { formatInstant } from '../shared/format';
import { PageLoading } from '../shared/QueryMessage';
import { todayIn } from '../shared/zoned-time';
import { IntakeContactStep } from './IntakeContactStep';
import { IntakeHistoryStep } from './IntakeHistoryStep';
import { IntakePhotosStep } from './IntakePhotosStep';
import './intake.css';

type Step = 'contact' | 'history' | 'photos' | 'health' | 'sent';
const STEP_NUMBERS: Record<Exclude<Step, 'sent'>, number> = { contact: 1, history: 2, photos: 3, health: 4 };

/**
 * A client's intake from home, opened from the link their booking sent: contact
 * details, their hair-loss history, guided photos and the screening questionnaire,
 * signed. It is theirs until the artist goes through it with them and countersigns.
 */
export function IntakeFormPage() {
  const { token = '' } = useParams();
  const [intake, setIntake] = useState<PublicIntake | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [step, setStep] = useState<Step>('contact');
  const [contact, setContact] = useState<IntakeContact | null>(null);
  const [history, setHistory] = useState<IntakeHistory | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    publicIntakeApi.get(token, controller.signal).then(setIntake, (error: unknown) => {
      if (!controller.signal.aborted) setFailure(linkFailure(error));
    });
    return () => controller.abort();
  }, [token]);

  // A new step starts at the top of the phone's screen (scrollTo may answer a promise: an effect must not return it).
  useEffect(() => {
    window.scrollTo({ top: 0 });
  }, [step]);

  if (!intake) return <ClientLinkFrame title="Before your consultation">{failure ? <ErrorAlert message={failure} /> : <PageLoading />}</ClientLinkFrame>;
  if (intake.submitted || step === 'sent') {
    return (
      <ClientLinkFrame title={`Thank you, ${intake.firstName}`}>
        <p className="alert info" role="status">
          {intake.clinicName} has your answers. Your artist will go through them with you at your consultation on {formatInstant(intake.consultation.startsAt, intake.consultation.timeZone)}.
        </p>
      </ClientLinkFrame>
    );
  }
  const questionnaire = SCREENING_QUESTIONNAIRES[intake.questionnaireVersion]!;
  const send = async (screening: ScreeningInput) => {
    await publicIntakeApi.submit(token, { contact: contact!, history: history!, screening });
    setStep('sent');
  };

  return (
    <main className="client-link-page intake-page">
      <section className="card" aria-labelledby="client-link-heading">
        <h1 id="client-link-heading">Before your consultation at {intake.clinicName}</h1>
        <p className="muted">
          Hello {intake.firstName}: your consultation with {intake.consultation.artistName} is on {formatInstant(intake.consultation.startsAt, intake.consultation.timeZone)}. This takes
          about ten minutes. Step {STEP_NUMBERS[step]} of 4.
        </p>
        {step === 'contact' && (
          <IntakeContactStep
            initial={contact}
            onNext={(given) => {
              setContact(given);
              setStep('history');
            }}
          />
        )}
        {step === 'history' && (
          <IntakeHistoryStep
            initial={history}
            onBack={() => setStep('contact')}
            onNext={(given) => {
              setHistory(given);
              setStep('photos');
            }}
          />
        )}
        {step === 'photos' && <IntakePhotosStep token={token} intake={intake} onBack={() => setStep('history')} onNext={() => setStep('health')} />}
        {step === 'health' && <GuidedScreening questionnaire={questionnaire} today={todayIn(intake.consultation.timeZone)} where="home" onSubmit={send} onCancel={() => setStep('photos')} />}
      </section>
    </main>
  );
}
