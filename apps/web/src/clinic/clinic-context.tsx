import type { ClinicSettings } from '@smp/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useDeferredValue, useMemo, type ReactNode } from 'react';
import { queryKeys } from '../data/query-keys';
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
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: queryKeys.clinic, queryFn: ({ signal }) => loadClinic(signal).then(readInCountry), staleTime: Infinity });
  // Rendering every part of the workspace at once is long work: deferred, it yields to the browser now and then.
  const clinic = useDeferredValue(query.data);

  const replaceClinic = useCallback((settings: ClinicSettings) => queryClient.setQueryData(queryKeys.clinic, readInCountry(settings)), [queryClient]);
  const value = useMemo(() => (clinic ? { clinic, replaceClinic } : null), [clinic, replaceClinic]);

  if (!value && query.isError) return <p className="page-message">The clinic’s settings did not load. Check that the server is running, then reload.</p>;
  if (!value) return <p className="page-message">Loading…</p>;
  return <ClinicContext.Provider value={value}>{children}</ClinicContext.Provider>;
}

/** Phone numbers typed without a country code are read in the clinic's country from now on. */
function readInCountry(settings: ClinicSettings): ClinicSettings {
  setClinicCountry(settings.country);
  return settings;
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
