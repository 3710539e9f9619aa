import { WEEKDAYS, type OpeningInterval } from '@smp/contracts';
import { useFieldArray, useWatch, type Control, type FieldErrors, type FieldValues, type UseFormRegister } from 'react-hook-form';
import { clockTime, fieldDescriber, type DescribedField } from '../shared/form';
import { TimeInput } from '../shared/TimeInput';
import { nextInterval, WEEKDAY_NAMES } from './opening-hours';

/** The part of a form the editor fills in: the clinic's settings, or a location. */
interface HoursForm {
  openingHours: OpeningInterval[];
}

interface OpeningHoursEditorProps<Values extends FieldValues & HoursForm> {
  control: Control<Values>;
  register: UseFormRegister<Values>;
  errors: FieldErrors<Values>;
  /** Names the editor's ids, so two forms' editors never share one. */
  idPrefix: string;
}

/**
 * One row per weekday, each with any number of intervals (a lunch break is two);
 * a day without intervals is closed. The intervals stay one flat list, as the
 * contract has them, so field errors such as `openingHours.3.closes` land in place.
 */
/** An interval's time inputs point at their own message and at the interval's overlap message. */
function timeInputProps(own: DescribedField, overlap: DescribedField) {
  const messages = [own, overlap].filter((described) => described.message);
  return {
    id: own.id,
    'aria-invalid': messages.length > 0 ? true : undefined,
    'aria-describedby': messages.map((described) => `${described.id}-error`).join(' ') || undefined,
  };
}

export function OpeningHoursEditor<Values extends FieldValues & HoursForm>(props: OpeningHoursEditorProps<Values>) {
  // Whatever else the form holds, the editor reads and writes only its opening hours.
  const { control, register, errors, idPrefix } = props as unknown as OpeningHoursEditorProps<HoursForm>;
  const { fields, append, remove } = useFieldArray({ control, name: 'openingHours' });
  // `fields` keeps the times as they were added; the new interval starts after the times as typed.
  const current = useWatch({ control, name: 'openingHours' });
  const field = fieldDescriber(idPrefix, errors);
  const listError = errors.openingHours?.message ?? errors.openingHours?.root?.message;

  return (
    <fieldset>
      <legend>Opening hours</legend>
      {listError && (
        <p className="field-error" role="alert">
          {listError}
        </p>
      )}
      <div className="opening-hours">
        {WEEKDAYS.map((weekday) => {
          const dayName = WEEKDAY_NAMES[weekday - 1]!;
          const intervals = fields.map((interval, index) => ({ interval, index })).filter(({ interval }) => interval.weekday === weekday);
          return (
            <div className="opening-day" key={weekday} role="group" aria-labelledby={`${idPrefix}-weekday-${weekday}`}>
              <span className="opening-day-name" id={`${idPrefix}-weekday-${weekday}`}>
                {dayName}
              </span>
              <div className="opening-intervals">
                {intervals.length === 0 && <span className="closed">Closed</span>}
                {intervals.map(({ interval, index }, position) => {
                  const opens = field(`openingHours.${index}.opens`);
                  const closes = field(`openingHours.${index}.closes`);
                  const overlap = field(`openingHours.${index}`);
                  const label = `${dayName}${intervals.length > 1 ? `, interval ${position + 1}` : ''}`;
                  return (
                    <div className="opening-interval" key={interval.id}>
                      <label className="visually-hidden" htmlFor={opens.id}>
                        {label}: opens
                      </label>
                      <TimeInput {...register(`openingHours.${index}.opens`, clockTime)} {...timeInputProps(opens, overlap)} />
                      <span aria-hidden="true">–</span>
                      <label className="visually-hidden" htmlFor={closes.id}>
                        {label}: closes
                      </label>
                      <TimeInput {...register(`openingHours.${index}.closes`, clockTime)} {...timeInputProps(closes, overlap)} />
                      <button type="button" className="button subtle small" onClick={() => remove(index)} aria-label={`Remove ${label}`}>
                        Remove
                      </button>
                      {[opens, closes, overlap].map(
                        (described) =>
                          described.message && (
                            <p className="field-error" id={`${described.id}-error`} key={described.id}>
                              {described.message}
                            </p>
                          ),
                      )}
                    </div>
                  );
                })}
                <button
                  type="button"
                  className="button subtle small"
                  onClick={() => append({ weekday, ...nextInterval(intervals.flatMap(({ index }) => current[index] ?? [])) }, { focusName: `openingHours.${fields.length}.opens` })}
                >
                  Add hours<span className="visually-hidden"> on {dayName}</span>
                </button>
              </div>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
