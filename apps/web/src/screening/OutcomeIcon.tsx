/**
 * Drawn shapes rather than characters: the hourglass and pause signs are missing
 * from many fonts (tablets, Linux), where they would show as empty boxes.
 */
const shapes = {
  check: <polyline points="3,7.5 6,10.5 11.5,4" fill="none" />,
  exclamation: (
    <>
      <line x1="7" y1="2.5" x2="7" y2="8.5" />
      <circle cx="7" cy="11.2" r="0.6" />
    </>
  ),
  hourglass: <polygon points="3.5,2.5 10.5,2.5 7,7 10.5,11.5 3.5,11.5 7,7" fill="none" />,
  pause: (
    <>
      <line x1="5" y1="3" x2="5" y2="11" />
      <line x1="9" y1="3" x2="9" y2="11" />
    </>
  ),
  cross: (
    <>
      <line x1="3.5" y1="3.5" x2="10.5" y2="10.5" />
      <line x1="10.5" y1="3.5" x2="3.5" y2="10.5" />
    </>
  ),
  circle: <circle cx="7" cy="7" r="4" fill="none" />,
  renew: (
    <>
      <path d="M11 7a4 4 0 1 1-1.3-2.95" fill="none" />
      <polyline points="10.2,1.8 10.2,4.4 7.6,4.4" fill="none" />
    </>
  ),
} as const;

export type IconName = keyof typeof shapes;

export function OutcomeIcon({ name }: { name: IconName }) {
  return (
    <svg
      className="outcome-icon"
      data-icon={name}
      viewBox="0 0 14 14"
      width="1em"
      height="1em"
      aria-hidden="true"
      focusable="false"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {shapes[name]}
    </svg>
  );
}
