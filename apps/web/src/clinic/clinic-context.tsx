import { setDefaultPhoneRegion, type ClinicInfo } from '@smp/contracts';
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { apiRequest } from '../api/http';

const ClinicContext = createContext<ClinicInfo | null>(null);

/**
 * Loads the clinic's name, country and time zone before anything else renders:
 * phone numbers typed without a country code are read in the clinic's country.
 */
export function ClinicProvider({ children }: { children: ReactNode }) {
  const [clinic, setClinic] = useState<ClinicInfo | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const controller = new AbortController();
    apiRequest<ClinicInfo>('/api/clinic', { signal: controller.signal })
      .then((info) => {
        setDefaultPhoneRegion(info.country);
        setClinic(info);
      })
      .catch(() => {
        if (!controller.signal.aborted) setFailed(true);
      });
    return () => controller.abort();
  }, []);

  if (failed) return <p className="page-message">The clinic server is not answering. Check that it is running, then reload.</p>;
  if (!clinic) return <p className="page-message">Loading…</p>;
  return <ClinicContext.Provider value={clinic}>{children}</ClinicContext.Provider>;
}

export function useClinic(): ClinicInfo {
  const clinic = useContext(ClinicContext);
  if (!clinic) throw new Error('useClinic must be used inside ClinicProvider');
  return clinic;
}
