import { clinicApi } from '../api/clinic';
import { useCan } from '../auth/use-can';

/** For owners keeping a copy of everything, or moving the clinic to other software. */
export function ClinicDataExport() {
  if (!useCan('clinic.exportData')) return null;
  return (
    <section className="card clinic-data-export" aria-labelledby="clinic-data-export">
      <h2 id="clinic-data-export">All the clinic’s data</h2>
      <p>
        One zip file: every table of the clinic’s records as a CSV file, every photo and doctor’s letter, and a README on how to read them. Passwords and other sign-in secrets are left out.
        For keeping a copy or moving to other software; it holds every client’s health records, and each download is on the audit trail.
      </p>
      <a className="button" href={clinicApi.dataExportUrl} download>
        Download all clinic data
      </a>
    </section>
  );
}
