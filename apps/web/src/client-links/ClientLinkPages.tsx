import { Route, Routes } from 'react-router';
import { IntakeFormPage } from '../intake/IntakeFormPage';
import { UnsubscribePage } from './UnsubscribePage';
import { VisitPage } from './VisitPage';

export function ClientLinkPages() {
  return (
    <Routes>
      <Route path="/visit/:token" element={<VisitPage />} />
      <Route path="/unsubscribe/:token" element={<UnsubscribePage />} />
      <Route path="/intake/:token" element={<IntakeFormPage />} />
    </Routes>
  );
}
