import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App, ClientLinkApp } from './App';
import { AuthProvider } from './auth/auth-context';
import { startSignInCheck } from './auth/sign-in-check';
import { startClinicLoad } from './clinic/clinic-request';
import { isClientLinkPath } from './client-links/client-link-path';
import './styles.css';

// A client following a link in a message gets its page alone, whoever is signed in on the device.
const clientLink = isClientLinkPath(window.location.pathname);
// Every staff page starts with these questions: they go out now, not after the first render.
if (!clientLink) {
  startSignInCheck();
  startClinicLoad();
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <BrowserRouter>
      {clientLink ? (
        <ClientLinkApp />
      ) : (
        <AuthProvider>
          <App />
        </AuthProvider>
      )}
    </BrowserRouter>
  </StrictMode>,
);
