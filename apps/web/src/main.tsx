import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './App';
import { AuthProvider } from './auth/auth-context';
import { startSessionCheck } from './auth/session-check';
import { startClinicLoad } from './clinic/clinic-request';
import { createQueryClient } from './data/query-client';
import './styles.css';

// Every page starts with these questions: they go out now, not after the first render.
startSessionCheck();
startClinicLoad();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={createQueryClient()}>
      <BrowserRouter>
        <AuthProvider>
          <App />
        </AuthProvider>
      </BrowserRouter>
    </QueryClientProvider>
  </StrictMode>,
);
