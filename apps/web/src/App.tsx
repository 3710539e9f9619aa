import { Link, Navigate, NavLink, Route, Routes } from 'react-router';
import { useClinic } from './clinic/clinic-context';
import { ClientCreatePage } from './clients/ClientCreatePage';
import { ClientEditPage } from './clients/ClientEditPage';
import { ClientListPage } from './clients/ClientListPage';
import { ClientPage } from './clients/ClientPage';

export function App() {
  const clinic = useClinic();
  return (
    <div className="shell">
      <header className="topbar">
        <Link className="brand" to="/">
          {clinic.name}
        </Link>
        <nav aria-label="Main">
          <NavLink to="/clients">Clients</NavLink>
        </nav>
        <span className="timezone" title="Times are shown in the clinic's time zone">
          {clinic.timeZone.replace('_', ' ')}
        </span>
      </header>
      <main>
        <Routes>
          <Route path="/" element={<Navigate to="/clients" replace />} />
          <Route path="/clients" element={<ClientListPage />} />
          <Route path="/clients/new" element={<ClientCreatePage />} />
          <Route path="/clients/:id" element={<ClientPage />} />
          <Route path="/clients/:id/edit" element={<ClientEditPage />} />
          <Route
            path="*"
            element={
              <p className="page-message">
                There is no such page. <Link to="/clients">Go to clients</Link>
              </p>
            }
          />
        </Routes>
      </main>
    </div>
  );
}
