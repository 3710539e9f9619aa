import { addCalendarDays, CURRENT_SCREENING_QUESTIONNAIRE, type ScreeningInput } from '@smp/contracts';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiProblem } from '../api/http';
import { formatDate } from '../shared/format';
import { GuidedScreening } from './GuidedScreening';

const today = '2026-03-10';
const drawn = 'data:image/png;base64,iVBORw0KGgo=';

beforeEach(() => {
  const context = { beginPath() {}, moveTo() {}, lineTo() {}, stroke() {}, clearRect() {} };
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(context as unknown as CanvasRenderingContext2D);
  vi.spyOn(HTMLCanvasElement.prototype, 'toDataURL').mockReturnValue(drawn);
});

function renderScreening(onSubmit: (input: ScreeningInput) => Promise<void> = async () => {}) {
  const submit = vi.fn(onSubmit);
  render(<GuidedScreening questionnaire={CURRENT_SCREENING_QUESTIONNAIRE} today={today} onSubmit={submit} onCancel={() => {}} />);
  return submit;
}

const question = (text: RegExp) => within(screen.getByRole('group', { name: text }));
const answer = (text: RegExp, choice: 'Yes' | 'No') => userEvent.click(question(text).getByRole('radio', { name: choice }));
const next = () => userEvent.click(screen.getByRole('button', { name: 'Next' }));
/** Any word of a verdict the artist reads on the signed screening, which the client holding the tablet must not see. */
const VERDICT = /\bClear\b(?! signature)|Nothing stops|Caution|Clearance required|Deferred|Not suitable|eligible|Treatment (waits|can go ahead|cannot)|Outcome/i;
const expectNoVerdict = () => expect(document.body.textContent).not.toMatch(VERDICT);
const stepHeading = () => screen.getByRole('heading', { level: 2, name: /step \d of 6/ });

async function answerAllNo() {
  for (const radio of screen.getAllByRole('radio', { name: 'No' })) await userEvent.click(radio);
}

async function answerNoThroughout() {
  for (let step = 0; step < 5; step += 1) {
    await answerAllNo();
    await next();
  }
}

async function signAndSave() {
  await userEvent.type(screen.getByLabelText(/Client’s full name/), 'Grace Liu');
  const pad = screen.getByRole('img', { name: /Signature box/ });
  fireEvent.pointerDown(pad, { pointerId: 1, clientX: 5, clientY: 5 });
  fireEvent.pointerUp(pad, { pointerId: 1 });
  await userEvent.click(screen.getByRole('button', { name: 'Sign and save screening' }));
}

describe('GuidedScreening', () => {
  it('keeps the client on a section until every question there has an answer', async () => {
    renderScreening();
    expect(stepHeading().textContent).toContain('Health');
    expect(screen.getByRole('list', { name: 'Steps' }).querySelector('[aria-current="step"]')?.textContent).toContain('Health');
    await answer(/diabetes/, 'No');
    await next();

    expect(stepHeading().textContent).toContain('Health');
    expect(screen.getAllByText('Answer yes or no')).toHaveLength(3);
    expect(document.activeElement).toBe(question(/cancer/).getByRole('radio', { name: 'Yes' }));

    await answerAllNo();
    expect(screen.queryByText('Answer yes or no')).toBeNull();
    await next();
    expect(stepHeading().textContent).toContain('Medication');
    expect(document.activeElement).toBe(stepHeading());

    await userEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(stepHeading().textContent).toContain('Health');
    expect(question(/diabetes/).getByRole('radio', { name: 'No' })).toHaveProperty('checked', true);
  });

  it('can be answered with the keyboard alone', async () => {
    // user-event finds a radio's group with CSS.escape, which jsdom lacks; the names here need no escaping.
    vi.stubGlobal('CSS', { escape: (name: string) => name });
    renderScreening();
    question(/diabetes/)
      .getByRole('radio', { name: 'Yes' })
      .focus();
    await userEvent.keyboard(' ');
    await userEvent.keyboard('{ArrowRight}');
    expect(question(/diabetes/).getByRole('radio', { name: 'No' })).toHaveProperty('checked', true);
    for (let remaining = 0; remaining < 3; remaining += 1) {
      await userEvent.tab();
      await userEvent.keyboard('{ArrowRight}');
    }
    expect(screen.getAllByRole('radio', { name: 'No', checked: true })).toHaveLength(4);
    await userEvent.keyboard('{Enter}');
    expect(stepHeading().textContent).toContain('Medication');
  });

  it('shows the client questions only: no verdict before, during or after answers that would stop treatment', async () => {
    renderScreening();
    expectNoVerdict();
    await answerAllNo();
    await answer(/diabetes/, 'Yes');
    await answer(/pregnant/, 'Yes');
    expectNoVerdict();
    await next();
    for (let step = 1; step < 5; step += 1) {
      await answerAllNo();
      if (step === 2) await answer(/allergy/, 'Yes');
      await next();
    }
    expect(stepHeading().textContent).toContain('Review and sign');
    expect(screen.getByText(/Do you have diabetes/).closest('li')?.textContent).toMatch(/^Yes:/);
    expectNoVerdict();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('leaves the name for the client to type, with a neutral hint', async () => {
    renderScreening();
    await answerNoThroughout();
    const name = screen.getByLabelText(/Client’s full name/);
    expect(name).toHaveProperty('value', '');
    expect(name.getAttribute('placeholder')).toBe('Type your full name');
  });

  it('asks the date of Botox or fillers, and lets an old one pass', async () => {
    renderScreening();
    await answerAllNo();
    await next();
    await answerAllNo();
    await answer(/Botox/, 'Yes');
    await next();
    expect(screen.getByText('Date of the last treatment is needed')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText(/Date of the last treatment/));

    const lastTreatment = screen.getByLabelText(/Date of the last treatment/);
    fireEvent.change(lastTreatment, { target: { value: 'last spring' } });
    await next();
    expect(screen.getByText('Enter a date such as 3 Dec 2026')).toBeTruthy();

    fireEvent.change(lastTreatment, { target: { value: formatDate(addCalendarDays(today, -60)) } });
    await next();
    expect(stepHeading().textContent).toContain('Allergies');
  });

  it('reads the answers back, and sends them with the typed name and the drawn signature', async () => {
    const submit = renderScreening();
    for (let step = 0; step < 5; step += 1) {
      await answerAllNo();
      if (step === 1) await answer(/blood-thinning/, 'Yes');
      await next();
    }
    expect(stepHeading().textContent).toContain('Review and sign');
    const medication = within(screen.getByRole('region', { name: 'Medication' }));
    expect(medication.getByText(/blood-thinning medication/).closest('li')?.textContent).toMatch(/^Yes: Do you take blood-thinning medication/);
    expect(within(screen.getByRole('region', { name: 'Health' })).getByText('No to all 4 questions.')).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Sign and save screening' }));
    expect(screen.getByText('Type the client’s full name')).toBeTruthy();
    expect(screen.getByText('Draw the signature')).toBeTruthy();
    expect(submit).not.toHaveBeenCalled();

    await signAndSave();

    expect(submit).toHaveBeenCalledTimes(1);
    const input = submit.mock.calls[0]![0];
    expect(input).toMatchObject({ questionnaireVersion: CURRENT_SCREENING_QUESTIONNAIRE.version, signedName: 'Grace Liu', signature: drawn });
    expect(input.answers.blood_thinners).toEqual({ answer: true, date: null });
    expect(input.answers.diabetes).toEqual({ answer: false, date: null });
    expect(Object.keys(input.answers)).toHaveLength(CURRENT_SCREENING_QUESTIONNAIRE.questions.length);
  });

  it('takes the client back to the question the server refused', async () => {
    renderScreening(() =>
      Promise.reject(new ApiProblem({ type: '/problems/validation', title: 'Invalid input', status: 400, errors: [{ field: 'answers.keloid_tendency', message: 'Answer yes or no' }] })),
    );
    await answerNoThroughout();
    await signAndSave();

    expect(stepHeading().textContent).toContain('Skin and scalp');
    expect(question(/keloid/).getByText('Answer yes or no')).toBeTruthy();
  });

  it('says so on top when the questionnaire has been replaced since the page opened', async () => {
    renderScreening(() =>
      Promise.reject(
        new ApiProblem({
          type: '/problems/validation',
          title: 'Invalid input',
          status: 400,
          errors: [{ field: 'questionnaireVersion', message: 'This questionnaire has been replaced; reload and answer the current one' }],
        }),
      ),
    );
    await answerNoThroughout();
    await signAndSave();

    expect((await screen.findByRole('alert')).textContent).toBe('This questionnaire has been replaced; reload and answer the current one');
    expect(stepHeading().textContent).toContain('Review and sign');
  });
});
