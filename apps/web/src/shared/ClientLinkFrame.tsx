import type { ReactNode } from 'react';

/** The plain frame of the pages a client opens from a message: no app around them. */
export function ClientLinkFrame({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main className="client-link-page">
      <section className="card" aria-labelledby="client-link-heading">
        <h1 id="client-link-heading">{title}</h1>
        {children}
      </section>
    </main>
  );
}
