import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** A page reached from Clinic settings: the way back, its title, and its cards. */
export function SettingsSubpage({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="page narrow">
      <p className="breadcrumb">
        <Link to="/settings">Clinic settings</Link> /
      </p>
      <header className="page-header">
        <h1>{title}</h1>
      </header>
      <div className="cards single">{children}</div>
    </section>
  );
}
