import type { ClinicSettings } from '@smp/contracts';
import { createContext, startTransition, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { loadClinic } from './clinic-request';
import { setClinicCountry } from '../shared/clinic-country';

interface ClinicValue {
  clinic: ClinicSettings;
  /** Takes the settings an owner just saved, so the name and time zone change everywhere at once. */
  replaceClinic: (settings: ClinicSettings) => void;
}

const ClinicContext = createContext<ClinicValue | null>(null);

/**
 * Loads the clinic's settings once someone has signed in (or takes those asked for
 * at start-up, see clinic-request.ts), before the pages render:
 * phone numbers typed without a country code are read in the clinic's country,
 * and times are shown in its zone.
 */
export function ClinicProvider({ children }: { children: ReactNode }) {
  const [clinic, setClinic] = useState<ClinicSettings | null>(null);
  const [failed, setFailed] = useState(false);

  const replaceClinic = useCallback((settings: ClinicSettings) => {
    setClinicCountry(settings.country);
    setClinic(settings);
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    loadClinic(controller.signal)
      .then((settings) => {
        // Rendering every part of the workspace at once is long work: in a transition it yields to the browser now and then.
        if (!controller.signal.aborted) startTransition(() => replaceClinic(settings));
      })
      .catch(() => {
        if (!controller.signal.aborted) setFailed(true);
      });
    return () => controller.abort();
  }, [replaceClinic]);

  const value = useMemo(() => (clinic ? { clinic, replaceClinic } : null), [clinic, replaceClinic]);

  if (failed) return <p className="page-message">The clinic’s settings did not load. Check that the server is running, then reload.</p>;
  if (!value) return <p className="page-message">Loading…</p>;
  return <ClinicContext.Provider value={value}>{children}</ClinicContext.Provider>;
}

function useClinicValue(): ClinicValue {
  const value = useContext(ClinicContext);
  if (!value) throw new Error('useClinic must be used inside ClinicProvider');
  return value;
}

export function useClinic(): ClinicSettings {
  return useClinicValue().clinic;
}

export function useReplaceClinic(): (settings: ClinicSettings) => void {
  return useClinicValue().replaceClinic;
}
