import { NavLink } from 'react-router';
import { MessageWording } from './MessageWording';
import { Outbox } from './Outbox';

/** Owners' view of messages to clients: what is going and has gone (the outbox), and their wording. */
export function MessagesPage({ section }: { section: 'outbox' | 'wording' }) {
  return (
    <section className="page">
      <header className="page-header">
        <h1>Messages to clients</h1>
        <nav className="segmented" aria-label="Parts of messages">
          <NavLink to="/messages" end>
            Outbox
          </NavLink>
          <NavLink to="/messages/wording">Wording</NavLink>
        </nav>
      </header>
      {section === 'outbox' ? <Outbox /> : <MessageWording />}
    </section>
  );
}
