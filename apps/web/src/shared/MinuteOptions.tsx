/** The options of a select over lengths of time, in minutes. */
export function MinuteOptions({ choices }: { choices: readonly number[] }) {
  return choices.map((minutes) => (
    <option key={minutes} value={minutes}>
      {minutes} minutes
    </option>
  ));
}
