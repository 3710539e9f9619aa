import { Controller } from '@nestjs/common';
import { billingSettingsRoutes, taxRateRoutes, type BillingSettings, type BodyOf, type ParamsOf, type QueryOf, type TaxRate } from '@smp/contracts';
import { Endpoint, RouteBody, RouteParams, RouteQuery } from '../http/endpoint.js';
import { ApiDoc, problemResponses } from '../http/api-doc.js';
import { Requires } from '../access/access.js';
import { CurrentActor, type Actor } from '../audit/actor.js';
import { BillingSettingsService } from './billing-settings.service.js';
import { TaxRatesService } from './tax-rates.service.js';

@Controller()
export class BillingController {
  constructor(
    private readonly settings: BillingSettingsService,
    private readonly taxRates: TaxRatesService,
  ) {}

  @Endpoint(billingSettingsRoutes.get)
  @Requires('billing.read')
  @ApiDoc({
    summary: 'The clinic’s billing settings',
    description: 'Tax id, whether prices include tax, the deposit policy and late fees.',
    responses: { 200: { description: 'Billing settings' } },
  })
  getSettings(): Promise<BillingSettings> {
    return this.settings.get();
  }

  @Endpoint(billingSettingsRoutes.update)
  @Requires('billing.manage')
  @ApiDoc({
    summary: 'Change the billing settings',
    description: 'Replaces them as a whole (audited). Quotes already made keep the deposit they asked for.',
    responses: { 200: { description: 'Billing settings' } },
  })
  updateSettings(@RouteBody(billingSettingsRoutes.update) input: BodyOf<typeof billingSettingsRoutes.update>, @CurrentActor() actor: Actor): Promise<BillingSettings> {
    return this.settings.update(input, actor);
  }

  @Endpoint(taxRateRoutes.list)
  @Requires('billing.read')
  @ApiDoc({ summary: 'The clinic’s tax rates', description: 'Live rates, the default among them; archived ones too when asked.', responses: { 200: { description: 'Tax rates' } } })
  listTaxRates(@RouteQuery(taxRateRoutes.list) query: QueryOf<typeof taxRateRoutes.list>): Promise<TaxRate[]> {
    return this.taxRates.list(query.archived);
  }

  @Endpoint(taxRateRoutes.add)
  @Requires('billing.manage')
  @ApiDoc({
    summary: 'Add a tax rate',
    description: 'Made the default when asked, in place of the one before.',
    responses: { 201: { description: 'The rate' } },
  })
  addTaxRate(@RouteBody(taxRateRoutes.add) input: BodyOf<typeof taxRateRoutes.add>, @CurrentActor() actor: Actor): Promise<TaxRate> {
    return this.taxRates.add(input, actor);
  }

  @Endpoint(taxRateRoutes.archive)
  @Requires('billing.manage')
  @ApiDoc({
    summary: 'Archive a tax rate',
    description: 'Lines already charged keep it; new lines cannot use it. Archiving the default leaves the clinic without one until another is made default.',
    responses: { 200: { description: 'The archived rate' }, ...problemResponses.notFound, 409: { description: 'Archived already' } },
  })
  archiveTaxRate(@RouteParams(taxRateRoutes.archive) params: ParamsOf<typeof taxRateRoutes.archive>, @CurrentActor() actor: Actor): Promise<TaxRate> {
    return this.taxRates.archive(params.id, actor);
  }

  @Endpoint(taxRateRoutes.makeDefault)
  @Requires('billing.manage')
  @ApiDoc({
    summary: 'Make a tax rate the default',
    description: 'The rate new lines get unless another is chosen; the previous default stops being one.',
    responses: { 200: { description: 'The rate' }, ...problemResponses.notFound, 409: { description: 'The rate is archived' } },
  })
  makeDefaultTaxRate(@RouteParams(taxRateRoutes.makeDefault) params: ParamsOf<typeof taxRateRoutes.makeDefault>, @CurrentActor() actor: Actor): Promise<TaxRate> {
    return this.taxRates.makeDefault(params.id, actor);
  }
}
