import { Fragment, useId, useState, type ReactNode } from 'react';
import './payments.css';

interface MoneyDialogProps<Target extends { label: string }> {
  title: string;
  /** What the money may be for; with more than one, the person recording it picks. */
  targets: Target[];
  /** The form for the chosen target. */
  children: (target: Target) => ReactNode;
}

/** A payment's or refund's frame: its title, what it is for, and its form. */
export function MoneyDialog<Target extends { label: string }>({ title, targets, children }: MoneyDialogProps<Target>) {
  const [chosen, setChosen] = useState(0);
  const targetId = useId();
  const target = targets[chosen] ?? targets[0]!;
  return (
    <section className="money-dialog" role="dialog" aria-label={title}>
      <h3>{title}</h3>
      {targets.length > 1 ? (
        <div className="field">
          <label htmlFor={targetId}>For</label>
          <select id={targetId} value={chosen} onChange={(event) => setChosen(Number(event.target.value))}>
            {targets.map((option, index) => (
              <option key={option.label} value={index}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
      ) : (
        <p>For {target.label}</p>
      )}
      {/* A new choice starts the form afresh, its amount prefilled for that one. */}
      <Fragment key={chosen}>{children(target)}</Fragment>
    </section>
  );
}
