import { DEFAULT_WORDING, MESSAGE_KINDS, PLACEHOLDERS_OF_KIND, PLACEHOLDER_DESCRIPTIONS, type MessageTemplate } from '@smp/contracts';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { clinicSettings, json, problem, sessionFor, stubApi } from '../test-support/fake-api';
import { grace } from '../test-support/fixtures';
import { renderApp } from '../test-support/render-app';

const templates: MessageTemplate[] = MESSAGE_KINDS.map((kind) => ({
  kind,
  ...DEFAULT_WORDING[kind],
  isDefault: true,
  placeholders: PLACEHOLDERS_OF_KIND[kind].map((name) => ({ name, description: PLACEHOLDER_DESCRIPTIONS[name] })),
  updatedAt: null,
}));

function renderPage() {
  return stubApi({
    'GET /api/auth/me': () => json(sessionFor('owner')),
    'GET /api/clinic': () => json(clinicSettings),
    'GET /api/message-templates': () => json(templates),
    'PUT /api/message-templates/reminder': () => problem(400, '/problems/validation', { errors: [{ field: 'subject', message: 'Unknown placeholder {{foo}}: use one of {{firstName}}' }] }),
    'GET /api/clients': () => json({ items: [grace], nextCursor: null }),
    'POST /api/message-templates/reminder/preview': () =>
      json({ subject: 'See you Thursday', text: 'Hi Grace,\n\nSee you.', html: '<p>Hi Grace,</p>', sms: 'Hi Grace', exampleValues: ['confirmLink'] }),
  });
}

describe('the wording of messages', () => {
  it('shows a kind’s wording and the values it may use, and puts the server’s refusal beside the field', async () => {
    const requests = renderPage();
    renderApp('/messages/wording');
    await userEvent.selectOptions(await screen.findByLabelText('Message'), 'Reminder');
    const subject = screen.getByLabelText(/^Subject/);
    expect(subject).toHaveProperty('value', DEFAULT_WORDING.reminder.subject);
    expect(within(screen.getByRole('list', { name: 'Placeholders' })).getByText('{{confirmLink}}')).toBeTruthy();
    await userEvent.clear(subject);
    await userEvent.type(subject, 'Soon {{{{foo}}');
    await userEvent.click(screen.getByRole('button', { name: 'Save wording' }));
    expect(await screen.findByText('Unknown placeholder {{foo}}: use one of {{firstName}}')).toBeTruthy();
    expect(requests.find((request) => request.method === 'PUT')?.body).toMatchObject({ subject: 'Soon {{foo}}' });
  });

  it('previews the draft with a chosen client, naming the example values', async () => {
    const requests = renderPage();
    renderApp('/messages/wording');
    await userEvent.selectOptions(await screen.findByLabelText('Message'), 'Reminder');
    await userEvent.type(screen.getByLabelText('With the data of'), 'Grace');
    await userEvent.click(await screen.findByRole('button', { name: /Grace Liu/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Preview' }));
    const preview = within(await screen.findByLabelText('Preview'));
    expect(preview.getByText('See you Thursday')).toBeTruthy();
    expect(preview.getByText(/Example values, as the client has no data for them: \{\{confirmLink\}\}/)).toBeTruthy();
    expect(requests.find((request) => request.path.endsWith('/preview'))?.body).toMatchObject({ clientId: grace.id, subject: DEFAULT_WORDING.reminder.subject });
  });
});
