import { describeStanding, type CertificationStanding } from './certification-standing';

/** A red or amber tag beside a certification that has run out or soon will; nothing otherwise. */
export function CertificationFlag({ standing }: { standing: CertificationStanding }) {
  const text = describeStanding(standing);
  if (!text) return null;
  return <span className={standing.state === 'expired' ? 'tag danger' : 'tag warning'}>{text}</span>;
}
