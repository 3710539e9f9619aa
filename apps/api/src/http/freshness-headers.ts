import type { ReportFreshness } from '@smp/contracts';
import type { FastifyReply } from 'fastify';

/**
 * Says how fresh a download's figures are, which a CSV file has no place for:
 * `Data-As-Of` (every change committed before this instant is in them) and
 * `Data-Read-From` (`primary` or `replica`).
 */
export function freshnessHeaders(reply: FastifyReply, { dataAsOf, readFrom }: ReportFreshness): void {
  reply.header('Data-As-Of', dataAsOf).header('Data-Read-From', readFrom);
}
