import { Module, type DynamicModule } from '@nestjs/common';
import type { AppConfig } from './config/config.js';
import { ConfigModule } from './config/config.module.js';
import { DatabaseModule } from './database/database.module.js';
import { AuditModule } from './audit/audit.module.js';
import { AuthModule } from './auth/auth.module.js';
import { ClientsModule } from './clients/clients.module.js';
import { ClinicModule } from './clinic/clinic.module.js';
import { LocationsModule } from './locations/locations.module.js';
import { HealthModule } from './health/health.module.js';
import { IdempotencyModule } from './idempotency/idempotency.module.js';
import { OpenApiModule } from './openapi/openapi.module.js';
import { StaffModule } from './staff/staff.module.js';
import { StorageModule } from './storage/storage.module.js';
import { ScreeningModule } from './screening/screening.module.js';
import { IntakeModule } from './intake/intake.module.js';
import { ConsentsModule } from './consents/consents.module.js';
import { ConsultationsModule } from './consultations/consultations.module.js';
import { PhotosModule } from './photos/photos.module.js';
import { SchedulingModule } from './scheduling/scheduling.module.js';
import { PlansModule } from './plans/plans.module.js';
import { PigmentsModule } from './pigments/pigments.module.js';
import { SessionsModule } from './sessions/sessions.module.js';
import { TodayModule } from './today/today.module.js';
import { DesignsModule } from './designs/designs.module.js';
import { FadingModule } from './fading/fading.module.js';
import { CorrectionsModule } from './corrections/corrections.module.js';
import { CalendarFeedsModule } from './calendar-feeds/calendar-feeds.module.js';
import { MessagingModule } from './messaging/messaging.module.js';
import { ClientLinksModule } from './client-links/client-links.module.js';
import { PublicAccessModule } from './public-access/public-access.module.js';
import { OnlineBookingModule } from './online-booking/online-booking.module.js';
import { InvoicesModule } from './invoices/invoices.module.js';
import { PaymentsModule } from './payments/payments.module.js';
import { AccountsModule } from './accounts/accounts.module.js';
import { BillingModule } from './billing/billing.module.js';
import { QuotesModule } from './quotes/quotes.module.js';
import { BusinessReportsModule } from './business-reports/business-reports.module.js';
import { RecordArchiveModule } from './record-archive/record-archive.module.js';
import { ClinicExportModule } from './clinic-export/clinic-export.module.js';
import { ServeOnInit } from './http/serve-on-init.js';

@Module({})
export class AppModule {
  static register(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forConfig(config),
        DatabaseModule.forUrl(databaseUrl, { poolerAddress: config.databasePoolerAddress, replicaAddress: config.databaseReplicaAddress }),
        IdempotencyModule,
        StorageModule,
        AuditModule,
        AuthModule,
        HealthModule,
        ClinicModule,
        LocationsModule,
        StaffModule,
        ClientsModule,
        ScreeningModule,
        IntakeModule,
        ConsentsModule,
        ConsultationsModule,
        PhotosModule,
        SchedulingModule,
        PlansModule,
        PigmentsModule,
        SessionsModule,
        TodayModule,
        DesignsModule,
        FadingModule,
        CorrectionsModule,
        CalendarFeedsModule,
        MessagingModule,
        ClientLinksModule,
        PublicAccessModule,
        OnlineBookingModule,
        InvoicesModule,
        PaymentsModule,
        AccountsModule,
        BillingModule,
        QuotesModule,
        BusinessReportsModule,
        RecordArchiveModule,
        ClinicExportModule,
        OpenApiModule,
      ],
      providers: [ServeOnInit],
    };
  }
}
