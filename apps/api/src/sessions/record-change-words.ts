/** How staff name a client record's fields; the address's parts are one "address". */
const clientFieldLabels: Record<string, string> = {
  firstName: 'first name',
  lastName: 'last name',
  dateOfBirth: 'date of birth',
  sex: 'sex',
  phone: 'phone',
  email: 'email',
  preferredContact: 'preferred contact',
  addressLine1: 'address',
  addressLine2: 'address',
  addressCity: 'address',
  addressRegion: 'address',
  addressPostalCode: 'address',
  addressCountry: 'address',
  notes: 'notes',
  referralSource: 'how they heard of us',
  referralDetail: 'how they heard of us',
};

const otherChanges: Record<string, string> = {
  'client.create': 'Client record created',
  'client.archive': 'Client record archived',
  'client.restore': 'Client record restored',
};

/** "a", "a and b", "a, b and c". */
export function listInWords(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)!}`;
}

/** A field the table does not know still reads as words: "someField" → "some field". */
function fieldLabel(field: string): string {
  return (
    clientFieldLabels[field] ??
    field
      .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
      .replace(/_/g, ' ')
      .toLowerCase()
  );
}

/**
 * A change to a client's record as the timeline tells it: "Client record created",
 * "Phone and email changed". Field names never show, only what staff call them.
 */
export function recordChangeInWords(action: string, changedFields: readonly string[]): string {
  if (action !== 'client.update') return otherChanges[action] ?? 'Client record changed';
  const labels = [...new Set(changedFields.map(fieldLabel))];
  if (labels.length === 0) return 'Client record changed';
  const sentence = `${listInWords(labels)} changed`;
  return sentence[0]!.toUpperCase() + sentence.slice(1);
}
