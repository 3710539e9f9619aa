import type { AftercareStep } from '@smp/contracts';
import { aftercareDates } from './aftercare';

/** The aftercare steps with their real dates, in the order the client lives them. */
export function AftercareSchedule({ steps }: { steps: AftercareStep[] }) {
  return (
    <ol className="aftercare-steps" aria-label="Aftercare steps">
      {steps.map((step) => (
        <li key={step.title}>
          <p className="aftercare-when">{aftercareDates(step)}</p>
          <div>
            <p className="aftercare-title">{step.title}</p>
            <ul>
              {step.instructions.map((instruction) => (
                <li key={instruction}>{instruction}</li>
              ))}
            </ul>
          </div>
        </li>
      ))}
    </ol>
  );
}
