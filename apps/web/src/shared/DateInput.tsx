import { isCalendarDate } from '@smp/contracts';
import { format, parseISO } from 'date-fns';
import { useEffect, useId, useRef, useState, type ComponentProps, type Ref } from 'react';
import { DayPicker, type Matcher } from 'react-day-picker';
import 'react-day-picker/style.css';
import { dateFieldText, readTypedDate } from './typed-date';

export interface DateInputProps extends Omit<ComponentProps<'input'>, 'type' | 'value' | 'defaultValue' | 'onChange' | 'min' | 'max' | 'ref'> {
  /** YYYY-MM-DD, or text typed that is not yet a date. */
  value: string | null | undefined;
  /** YYYY-MM-DD when the text reads as a day, '' when it is blank, otherwise the text as typed. */
  onChange: (value: string) => void;
  /** First and last days the calendar offers, YYYY-MM-DD. */
  min?: string;
  max?: string;
  inputRef?: Ref<HTMLInputElement>;
}

interface Typing {
  text: string;
  /** The field's value before this keystroke and what the keystroke made of it. */
  before: string;
  after: string;
}

/** The calendar's width in pixels as drawn (seven 40 px days, its caption and padding). */
const PICKER_WIDTH = 330;
const PICKER_YEARS = { first: new Date(1900, 0), last: new Date(new Date().getFullYear() + 10, 11) };

/**
 * A date typed the way every page shows one ("3 Dec 2026"), with a calendar to
 * pick from. The browser's own date control follows the computer's language and
 * shows 12/03/2026 beside pages that say 3 Dec. ISO dates and numbers in the
 * clinic's order are read too; the field shows the day as "3 Dec 2026" once the
 * cursor leaves it.
 */
export function DateInput({ value, onChange, min, max, inputRef, onBlur, className, ...inputProps }: DateInputProps) {
  const current = value ?? '';
  const [typing, setTyping] = useState<Typing | null>(null);
  const [pickerOpen, setPickerOpen] = useState(false);
  const [pickerFromEnd, setPickerFromEnd] = useState(false);
  const pickerId = useId();
  const wrapper = useRef<HTMLSpanElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  // What was typed stays while the value is what it made, or while the owner ignored it (a filter waits for a whole date); a value set from elsewhere shows instead.
  const text = typing && (current === typing.after || current === typing.before) ? typing.text : dateFieldText(current);

  function type(typed: string) {
    const after = typed.trim() === '' ? '' : (readTypedDate(typed) ?? typed);
    setTyping({ text: typed, before: current, after });
    onChange(after);
  }

  function pick(day: Date | undefined) {
    if (!day) return;
    setTyping(null);
    onChange(format(day, 'yyyy-MM-dd'));
    closePicker();
  }

  function closePicker() {
    setPickerOpen(false);
    toggle.current?.focus();
  }

  useEffect(() => {
    if (!pickerOpen) return;
    const closeOnOutsidePress = (event: PointerEvent) => {
      if (!wrapper.current?.contains(event.target as Node)) setPickerOpen(false);
    };
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !wrapper.current?.contains(document.activeElement)) return;
      // The calendar closes, not the side panel or dialog the field sits in.
      event.preventDefault();
      event.stopPropagation();
      setPickerOpen(false);
      toggle.current?.focus();
    };
    document.addEventListener('pointerdown', closeOnOutsidePress);
    document.addEventListener('keydown', closeOnEscape, true);
    return () => {
      document.removeEventListener('pointerdown', closeOnOutsidePress);
      document.removeEventListener('keydown', closeOnEscape, true);
    };
  }, [pickerOpen]);

  const selected = isCalendarDate(current) ? parseISO(current) : undefined;
  const outOfRange: Matcher[] = [];
  if (min && isCalendarDate(min)) outOfRange.push({ before: parseISO(min) });
  if (max && isCalendarDate(max)) outOfRange.push({ after: parseISO(max) });

  return (
    <span className="date-input" ref={wrapper}>
      <input
        {...inputProps}
        ref={inputRef}
        type="text"
        className={className}
        value={text}
        placeholder="D Mon YYYY"
        autoComplete="off"
        onChange={(event) => type(event.target.value)}
        onBlur={(event) => {
          setTyping(null);
          onBlur?.(event);
        }}
      />
      <button
        ref={toggle}
        type="button"
        className="date-input-toggle"
        aria-label="Show calendar"
        aria-expanded={pickerOpen}
        aria-controls={pickerOpen ? pickerId : undefined}
        disabled={inputProps.disabled}
        onClick={() => {
          // A field near the right edge opens its calendar leftwards, so the calendar stays on the page.
          const box = wrapper.current?.getBoundingClientRect();
          setPickerFromEnd(box !== undefined && box.left + PICKER_WIDTH > document.documentElement.clientWidth);
          setPickerOpen((open) => !open);
        }}
      >
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
          <rect x="1.5" y="2.5" width="13" height="12" rx="1.5" fill="none" stroke="currentColor" />
          <path d="M1.5 6.5h13M5 1v3M11 1v3" stroke="currentColor" />
        </svg>
      </button>
      {pickerOpen && (
        <div className={pickerFromEnd ? 'date-input-picker from-end' : 'date-input-picker'} id={pickerId} role="dialog" aria-label="Choose a day">
          <DayPicker
            mode="single"
            autoFocus
            selected={selected}
            defaultMonth={selected ?? monthToOpenOn(min, max)}
            onSelect={pick}
            disabled={outOfRange}
            weekStartsOn={1}
            captionLayout="dropdown"
            startMonth={PICKER_YEARS.first}
            endMonth={PICKER_YEARS.last}
          />
        </div>
      )}
    </span>
  );
}

/** With no day chosen yet the calendar opens on the first day allowed (a range's end opens on its start), or the last, or this month. */
function monthToOpenOn(min: string | undefined, max: string | undefined): Date {
  const bound = [min, max].find((day) => day !== undefined && isCalendarDate(day));
  return bound ? parseISO(bound) : new Date();
}

/** The `onChange` of a date that filters or moves a page: only a whole day, or a blank, is acted on while staff type. */
export function onWholeDate(act: (value: string) => void): (value: string) => void {
  return (value) => {
    if (value === '' || isCalendarDate(value)) act(value);
  };
}
