/** The audit fields of an event about one of a client's screening records. */
export function clientAudit(clientId: string, entityType: string, entityId: string) {
  return { clientId, entityType, entityId };
}
