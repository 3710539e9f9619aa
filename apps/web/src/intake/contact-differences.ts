import type { Address, Client, Intake } from '@smp/contracts';

export type ContactField = 'phone' | 'preferredContact' | 'dateOfBirth' | 'address';

const ADDRESS_PARTS = ['line1', 'line2', 'city', 'region', 'postalCode', 'country'] as const;

/** An address on one line, its empty parts left out. */
export function addressLine(address: Address | null | undefined): string {
  return ADDRESS_PARTS.map((part) => address?.[part]?.trim())
    .filter(Boolean)
    .join(', ');
}

/**
 * The contact details the client gave that differ from their record, as the patch
 * that would bring the record in line. An address the client left blank changes nothing.
 */
export function contactDifferences(contact: Intake['contact'], client: Client): Partial<Intake['contact']> {
  const patch: Partial<Intake['contact']> = {};
  if (contact.phone !== client.phone) patch.phone = contact.phone;
  if (contact.preferredContact !== client.preferredContact) patch.preferredContact = contact.preferredContact;
  if (contact.dateOfBirth !== client.dateOfBirth) patch.dateOfBirth = contact.dateOfBirth;
  if (addressLine(contact.address) && addressLine(contact.address) !== addressLine(client.address)) patch.address = contact.address;
  return patch;
}
