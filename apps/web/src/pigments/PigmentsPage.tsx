import type { Lot, Needle, Pigment } from '@smp/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { lotsApi, needlesApi, pigmentsApi, type LotKind, type StockAdjustment } from '../api/catalogue';
import { useCan } from '../auth/use-can';
import { queryKeys } from '../data/query-keys';
import { useNeedlesQuery, usePigmentsQuery } from '../data/reference-queries';
import { QueryMessage } from '../shared/QueryMessage';
import { needleName, pigmentName, toneLabels, undertoneLabels } from './labels';
import { LotForm } from './LotForm';
import { CatalogueCard, CatalogueRow } from './CatalogueCard';
import { NeedleForm } from './NeedleForm';
import { PigmentForm } from './PigmentForm';
import { StockAdjustmentForm } from './StockAdjustmentForm';

const catalogueKeys = { pigment: queryKeys.pigments, needle: queryKeys.needles } satisfies Record<LotKind, readonly string[]>;

type Adding = { what: 'pigment' } | { what: 'needle' } | { what: 'lot'; kind: LotKind; itemId: string } | { what: 'adjustment'; itemId: string; lot: Lot };

/**
 * The pigment and needle catalogue with each lot's live stock; a lot opens the list of
 * clients who received it, and owners correct a lot's stock with a reason.
 */
export function PigmentsPage() {
  const queryClient = useQueryClient();
  const pigmentsQuery = usePigmentsQuery();
  const needlesQuery = useNeedlesQuery();
  const pigments = pigmentsQuery.data?.items;
  const needles = needlesQuery.data?.items;
  // Each change answers with that whole catalogue, which replaces the cached one.
  const setCatalogue = (kind: LotKind, catalogue: { items: Pigment[] } | { items: Needle[] }) => queryClient.setQueryData(catalogueKeys[kind], catalogue);
  const [adding, setAdding] = useState<Adding | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const canAdjust = useCan('consumables.adjust');

  const added = (message: string) => {
    setAdding(null);
    setNotice(message);
  };
  const adjust = async (kind: LotKind, lot: Lot, adjustment: StockAdjustment) => {
    setCatalogue(kind, await lotsApi.adjust(kind, lot.id, adjustment));
    added(`Stock of lot ${lot.lotNumber} adjusted.`);
  };
  const formRow = (form: ReactNode) => (
    <tr>
      <td colSpan={5}>{form}</td>
    </tr>
  );
  const lotForm = (kind: LotKind, itemId: string, itemName: string): ReactNode => {
    if (adding?.what === 'adjustment' && adding.itemId === itemId) {
      const { lot } = adding;
      return formRow(<StockAdjustmentForm lot={lot} onAdjust={(adjustment) => adjust(kind, lot, adjustment)} onCancel={() => setAdding(null)} />);
    }
    if (adding?.what !== 'lot' || adding.itemId !== itemId) return null;
    return formRow(
      <LotForm
        itemName={itemName}
        onAdd={async (lot) => {
          setCatalogue(kind, await lotsApi.add(kind, itemId, lot));
          added(`Lot ${lot.lotNumber} of ${itemName} received.`);
        }}
        onCancel={() => setAdding(null)}
      />,
    );
  };
  const startAdjusting = (itemId: string) => (canAdjust ? (lot: Lot) => setAdding({ what: 'adjustment', itemId, lot }) : undefined);
  const addLotButton = (kind: LotKind, itemId: string, itemName: string) => (
    <button type="button" className="button small" onClick={() => setAdding({ what: 'lot', kind, itemId })} aria-label={`Add a lot of ${itemName}`}>
      Add lot
    </button>
  );

  if (!pigments) return <QueryMessage query={pigmentsQuery} fallback="Could not load the catalogue" />;
  if (!needles) return <QueryMessage query={needlesQuery} fallback="Could not load the catalogue" />;

  return (
    <section className="page">
      <header className="page-header">
        <h1>Pigments &amp; needles</h1>
      </header>
      {notice && (
        <p className="alert info" role="status">
          {notice}
        </p>
      )}
      <div className="cards single">
        <CatalogueCard
          title="Pigments"
          addLabel="Add pigment"
          adding={adding?.what === 'pigment'}
          onStartAdding={() => setAdding({ what: 'pigment' })}
          form={
            <PigmentForm
              onAdd={async (pigment) => {
                setCatalogue('pigment', await pigmentsApi.add(pigment));
                added(`${pigmentName(pigment)} added; add its lots as they arrive.`);
              }}
              onCancel={() => setAdding(null)}
            />
          }
          headings={['Pigment', 'Tone', 'Base']}
          empty={pigments.length === 0}
        >
          {pigments.map((pigment) => (
            <CatalogueRow
              key={pigment.id}
              kind="pigment"
              lots={pigment.lots}
              cells={[
                pigmentName(pigment),
                toneLabels[pigment.tone],
                <>
                  {pigment.undertones.map((undertone) => undertoneLabels[undertone]).join(', ') || '—'}
                  {pigment.warning && (
                    <p className="base-warning">
                      <span aria-hidden="true">⚠ </span>
                      {pigment.warning}
                    </p>
                  )}
                </>,
              ]}
              addLotButton={addLotButton('pigment', pigment.id, pigment.shadeName)}
              onAdjust={startAdjusting(pigment.id)}
              lotForm={lotForm('pigment', pigment.id, pigment.shadeName)}
            />
          ))}
        </CatalogueCard>

        <CatalogueCard
          title="Needles"
          addLabel="Add needle"
          adding={adding?.what === 'needle'}
          onStartAdding={() => setAdding({ what: 'needle' })}
          form={
            <NeedleForm
              onAdd={async (needle) => {
                setCatalogue('needle', await needlesApi.add(needle));
                added(`${needleName(needle)} added; add its lots as they arrive.`);
              }}
              onCancel={() => setAdding(null)}
            />
          }
          headings={['Configuration', 'Gauge', 'Brand']}
          empty={needles.length === 0}
        >
          {needles.map((needle) => (
            <CatalogueRow
              key={needle.id}
              kind="needle"
              lots={needle.lots}
              cells={[needle.configuration, needle.gauge, needle.brand ?? '—']}
              addLotButton={addLotButton('needle', needle.id, needleName(needle))}
              onAdjust={startAdjusting(needle.id)}
              lotForm={lotForm('needle', needle.id, needleName(needle))}
            />
          ))}
        </CatalogueCard>
      </div>
    </section>
  );
}
