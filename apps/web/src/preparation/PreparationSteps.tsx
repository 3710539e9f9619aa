import { preparationFor, type Appointment } from '@smp/contracts';

/** The style whose preparation a treatment appointment needs: its plan's, or none for a visit outside a plan. */
export function preparationStyle(appointment: Pick<Appointment, 'planSession'>) {
  return appointment.planSession?.style ?? null;
}

/** What the client does before a treatment session, by the style of its plan. */
export function PreparationSteps({ appointment, compact = false }: { appointment: Pick<Appointment, 'planSession'>; compact?: boolean }) {
  const steps = preparationFor(preparationStyle(appointment));
  return (
    <ol className="aftercare-steps preparation-steps" aria-label="Preparation">
      {steps.map((step) => (
        <li key={step.id}>
          <p className="aftercare-title">{step.title}</p>
          {!compact && <p>{step.detail}</p>}
        </li>
      ))}
    </ol>
  );
}
