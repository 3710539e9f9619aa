import { zodResolver } from '@hookform/resolvers/zod';
import { isoDate } from '@smp/contracts';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { DateInput, onWholeDate } from './DateInput';
import { Field } from './Field';
import { fieldDescriber, useAppForm } from './form';
import { FormDateInput } from './FormDateInput';

const visitSchema = z.object({ visitOn: isoDate });
type Visit = z.infer<typeof visitSchema>;

function VisitForm({ onSave, visitOn = '' }: { onSave: (visit: Visit) => void; visitOn?: string }) {
  const {
    control,
    handleSubmit,
    formState: { errors },
  } = useAppForm<Visit>({ resolver: zodResolver(visitSchema), defaultValues: { visitOn } });
  const field = fieldDescriber('visit', errors);
  return (
    <form noValidate onSubmit={handleSubmit(onSave)}>
      <Field label="Visit on" {...field('visitOn')}>
        <FormDateInput control={control} name="visitOn" min="2026-12-02" {...field('visitOn').inputProps} />
      </Field>
      <button type="submit">Save</button>
    </form>
  );
}

const visitOn = () => screen.getByLabelText<HTMLInputElement>('Visit on');

describe('a date field in a form', () => {
  it('shows the date the way pages do and gives the form YYYY-MM-DD', async () => {
    const onSave = vi.fn();
    render(<VisitForm onSave={onSave} visitOn="2026-12-03" />);
    expect(visitOn().value).toBe('3 Dec 2026');

    await userEvent.clear(visitOn());
    await userEvent.type(visitOn(), '2026-12-24');
    await userEvent.tab();
    expect(visitOn().value).toBe('24 Dec 2026');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).toHaveBeenCalledWith({ visitOn: '2026-12-24' }, expect.anything());
  });

  it('says what it can read when the text is not a date, and keeps the text', async () => {
    const onSave = vi.fn();
    render(<VisitForm onSave={onSave} />);
    await userEvent.type(visitOn(), 'next Tuesday');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect(screen.getByText('Enter a date such as 3 Dec 2026')).toBeTruthy();
    expect(visitOn().value).toBe('next Tuesday');
    expect(document.activeElement).toBe(visitOn());
    expect(onSave).not.toHaveBeenCalled();
  });

  it('takes a day picked from the calendar, and offers none before the first allowed', async () => {
    const onSave = vi.fn();
    render(<VisitForm onSave={onSave} visitOn="2026-12-03" />);
    const toggle = screen.getByRole('button', { name: 'Show calendar' });
    await userEvent.click(toggle);
    const calendar = screen.getByRole('dialog', { name: 'Choose a day' });
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('button', { name: /December 1st, 2026/ }).hasAttribute('disabled')).toBe(true);

    await userEvent.click(screen.getByRole('button', { name: /December 17th, 2026/ }));
    expect(calendar.isConnected).toBe(false);
    expect(visitOn().value).toBe('17 Dec 2026');
    expect(document.activeElement).toBe(toggle);
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).toHaveBeenCalledWith({ visitOn: '2026-12-17' }, expect.anything());
  });

  it('closes the calendar on Escape without changing the day', async () => {
    render(<VisitForm onSave={vi.fn()} visitOn="2026-12-03" />);
    await userEvent.click(screen.getByRole('button', { name: 'Show calendar' }));
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(visitOn().value).toBe('3 Dec 2026');
  });
});

function DayFilter({ onFilter }: { onFilter: (day: string) => void }) {
  const [day, setDay] = useState('2026-12-03');
  return (
    <label>
      From
      <DateInput
        value={day}
        onChange={onWholeDate((chosen) => {
          setDay(chosen);
          onFilter(chosen);
        })}
      />
    </label>
  );
}

describe('a date that filters a page', () => {
  it('filters on whole days only, and goes back to the day in use when left half typed', async () => {
    const onFilter = vi.fn();
    render(<DayFilter onFilter={onFilter} />);
    const from = screen.getByLabelText<HTMLInputElement>('From');

    await userEvent.clear(from);
    expect(onFilter).toHaveBeenLastCalledWith('');
    onFilter.mockClear();
    await userEvent.type(from, '9 Jan');
    expect(from.value).toBe('9 Jan');
    expect(onFilter).not.toHaveBeenCalled();
    await userEvent.type(from, ' 2027');
    expect(onFilter).toHaveBeenLastCalledWith('2027-01-09');

    await userEvent.type(from, '{Backspace}');
    await userEvent.tab();
    expect(from.value).toBe('9 Jan 2027');
  });
});
