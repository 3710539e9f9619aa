import type { Needle, Pigment } from '@smp/contracts';
import { Fragment, useEffect, useState, type ReactNode } from 'react';
import { lotsApi, needlesApi, pigmentsApi, type LotKind } from '../api/consumables';
import { ApiProblem } from '../api/http';
import { needleName, pigmentName, toneLabels, undertoneLabels } from './labels';
import { LotForm } from './LotForm';
import { LotList } from './LotList';
import { NeedleForm } from './NeedleForm';
import { PigmentForm } from './PigmentForm';

type Adding = { what: 'pigment' } | { what: 'needle' } | { what: 'lot'; kind: LotKind; itemId: string };

/** The pigment and needle catalogue with the lots in stock; a lot opens the list of clients who received it. */
export function PigmentsPage() {
  const [pigments, setPigments] = useState<Pigment[] | null>(null);
  const [needles, setNeedles] = useState<Needle[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [adding, setAdding] = useState<Adding | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    Promise.all([pigmentsApi.list(controller.signal), needlesApi.list(controller.signal)])
      .then(([pigmentList, needleList]) => {
        setPigments(pigmentList.items);
        setNeedles(needleList.items);
      })
      .catch((failure: unknown) => {
        if (!controller.signal.aborted) setError(failure instanceof ApiProblem ? failure.message : 'Could not load the catalogue');
      });
    return () => controller.abort();
  }, []);

  const added = (message: string) => {
    setAdding(null);
    setNotice(message);
  };
  const lotForm = (kind: LotKind, itemId: string, itemName: string): ReactNode =>
    adding?.what === 'lot' && adding.itemId === itemId ? (
      <tr>
        <td colSpan={5}>
          <LotForm
            itemName={itemName}
            onAdd={async (lot) => {
              if (kind === 'pigment') setPigments((await lotsApi.add<Pigment>(kind, itemId, lot)).items);
              else setNeedles((await lotsApi.add<Needle>(kind, itemId, lot)).items);
              added(`Lot ${lot.lotNumber} of ${itemName} received.`);
            }}
            onCancel={() => setAdding(null)}
          />
        </td>
      </tr>
    ) : null;
  const addLotButton = (kind: LotKind, itemId: string, itemName: string) => (
    <button type="button" className="button small" onClick={() => setAdding({ what: 'lot', kind, itemId })} aria-label={`Add a lot of ${itemName}`}>
      Add lot
    </button>
  );

  if (error) return <p className="page-message alert error" role="alert">{error}</p>;
  if (!pigments || !needles) return <p className="page-message">Loading…</p>;

  return (
    <section className="page">
      <header className="page-header">
        <h1>Pigments &amp; needles</h1>
      </header>
      {notice && <p className="alert info" role="status">{notice}</p>}
      <div className="cards single">
        <section className="card" aria-labelledby="pigments-heading">
          <div className="card-header">
            <h2 id="pigments-heading">Pigments</h2>
            {adding?.what !== 'pigment' && (
              <button type="button" className="button primary" onClick={() => setAdding({ what: 'pigment' })}>
                Add pigment
              </button>
            )}
          </div>
          {adding?.what === 'pigment' && (
            <PigmentForm
              onAdd={async (pigment) => {
                setPigments((await pigmentsApi.add(pigment)).items);
                added(`${pigmentName(pigment)} added; add its lots as they arrive.`);
              }}
              onCancel={() => setAdding(null)}
            />
          )}
          {pigments.length === 0 ? (
            <p className="empty">No pigments yet.</p>
          ) : (
            <table className="data-table plain catalogue" aria-label="Pigments">
              <thead>
                <tr>
                  <th scope="col">Pigment</th>
                  <th scope="col">Tone</th>
                  <th scope="col">Base</th>
                  <th scope="col">Lots (open one to see who received it)</th>
                  <th scope="col" className="row-actions">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {pigments.map((pigment) => (
                  <Fragment key={pigment.id}>
                    <tr>
                      <td>{pigmentName(pigment)}</td>
                      <td>{toneLabels[pigment.tone]}</td>
                      <td>
                        {pigment.undertones.map((undertone) => undertoneLabels[undertone]).join(', ') || '—'}
                        {pigment.warning && (
                          <p className="base-warning">
                            <span aria-hidden="true">⚠ </span>
                            {pigment.warning}
                          </p>
                        )}
                      </td>
                      <td>
                        <LotList kind="pigment" lots={pigment.lots} />
                      </td>
                      <td className="row-actions">{addLotButton('pigment', pigment.id, pigment.shadeName)}</td>
                    </tr>
                    {lotForm('pigment', pigment.id, pigment.shadeName)}
                  </Fragment>
                ))}
              </tbody>
            </table>
          )}
        </section>

        <section className="card" aria-labelledby="needles-heading">
          <div className="card-header">
            <h2 id="needles-heading">Needles</h2>
            {adding?.what !== 'needle' && (
              <button type="button" className="button primary" onClick={() => setAdding({ what: 'needle' })}>
                Add needle
              </button>
            )}
          </div>
          {adding?.what === 'needle' && (
            <NeedleForm
              onAdd={async (needle) => {
                setNeedles((await needlesApi.add(needle)).items);
                added(`${needleName(needle)} added; add its lots as they arrive.`);
              }}
              onCancel={() => setAdding(null)}
            />
          )}
          {needles.length === 0 ? (
            <p className="empty">No needles yet.</p>
          ) : (
            <table className="data-table plain catalogue" aria-label="Needles">
              <thead>
                <tr>
                  <th scope="col">Configuration</th>
                  <th scope="col">Gauge</th>
                  <th scope="col">Brand</th>
                  <th scope="col">Lots (open one to see who received it)</th>
                  <th scope="col" className="row-actions">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {needles.map((needle) => (
                  <Fragment key={needle.id}>
                    <tr>
                      <td>{needle.configuration}</td>
                      <td>{needle.gauge}</td>
                      <td>{needle.brand ?? '—'}</td>
                      <td>
                        <LotList kind="needle" lots={needle.lots} />
                      </td>
                      <td className="row-actions">{addLotButton('needle', needle.id, needleName(needle))}</td>
                    </tr>
                    {lotForm('needle', needle.id, needleName(needle))}
                  </Fragment>
                ))}
              </tbody>
            </table>
          )}
        </section>
      </div>
    </section>
  );
}
