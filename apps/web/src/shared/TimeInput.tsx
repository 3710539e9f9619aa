import type { ComponentProps } from 'react';

/**
 * A time of day typed on the 24-hour clock every time in the app is shown in
 * ("09:30", "17:45"). The browser's own time control follows the computer's
 * language and may show "9:30 AM" beside a calendar that says 09:30. Register it
 * with `clockTime` so "930" or "9:30" is read as 09:30.
 */
export function TimeInput(props: Omit<ComponentProps<'input'>, 'type'>) {
  return <input type="text" inputMode="numeric" placeholder="HH:MM" maxLength={5} autoComplete="off" className="short" {...props} />;
}
