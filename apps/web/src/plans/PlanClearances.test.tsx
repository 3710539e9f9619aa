import type { PlanClearance } from '@smp/contracts';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PlanClearances } from './PlanClearances';

const letter: PlanClearance = {
  id: '3f0c1e2f-3c1e-4b8e-9a51-52b5a0c1e2f3',
  kind: 'letter',
  note: 'In remission, Dr Okafor',
  documentName: 'okafor.pdf',
  documentUrl: '/api/plan-clearances/3f0c1e2f-3c1e-4b8e-9a51-52b5a0c1e2f3/document',
  reason: null,
  recordedBy: { id: '4f0c1e2f-3c1e-4b8e-9a51-52b5a0c1e2f3', name: 'Marco Silva' },
  recordedAt: '2026-11-02T10:00:00.000Z',
};

describe('a plan’s clearances', () => {
  it('show a clinician the letter, its note and a link to open it', () => {
    render(<PlanClearances clearances={[letter]} timeZone="Europe/London" />);
    expect(screen.getByRole('link', { name: 'okafor.pdf' }).getAttribute('href')).toBe(letter.documentUrl);
    expect(screen.getByText(/— In remission, Dr Okafor, attached by Marco Silva/)).toBeTruthy();
  });

  it('show reception that a letter is on file, as the API gives it without what it says', () => {
    render(<PlanClearances clearances={[{ ...letter, note: null, documentName: null, documentUrl: null }]} timeZone="Europe/London" />);
    expect(screen.getByText(/^Doctor’s letter, attached by Marco Silva, 2 Nov 2026/)).toBeTruthy();
    expect(screen.queryByText(/override/)).toBeNull();
    expect(screen.queryByRole('link')).toBeNull();
  });
});
