import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './App';
import { AuthProvider } from './auth/auth-context';
import { startSessionCheck } from './auth/session-check';
import { startClinicLoad } from './clinic/clinic-request';
import './styles.css';

// Every page starts with these questions: they go out now, not after the first render.
startSessionCheck();
startClinicLoad();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <BrowserRouter>
      <AuthProvider>
        <App />
      </AuthProvider>
    </BrowserRouter>
  </StrictMode>,
);
