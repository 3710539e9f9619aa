import { staleBySeconds, type ReportFreshness } from '@smp/contracts';
import { useClinic } from '../clinic/clinic-context';
import { formatInstant } from '../shared/format';

/** How long, in words, figures trail: whole minutes, or hours past two. */
function behindInWords(seconds: number): string {
  const minutes = Math.round(seconds / 60);
  if (minutes < 120) return `${minutes} minute${minutes === 1 ? '' : 's'}`;
  return `${Math.round(minutes / 60)} hours`;
}

/**
 * Tells staff when a report's figures trail the moment it was made: reports may
 * read a replica of the database, which can fall behind. Nothing when they are fresh.
 */
export function StaleFiguresNotice({ report }: { report: ReportFreshness & { generatedAt: string } }) {
  const { timeZone } = useClinic();
  const behind = staleBySeconds(report, report.generatedAt);
  if (behind === null) return null;
  return (
    <p className="alert warning" role="status">
      These figures are as of {formatInstant(report.dataAsOf, timeZone)}, {behindInWords(behind)} behind: the reporting copy of the database has not caught up, so the newest changes are not
      in them yet.
    </p>
  );
}
