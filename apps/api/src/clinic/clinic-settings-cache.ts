import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import type { ClinicSettings } from '@smp/contracts';
import { ChannelListener } from '../database/channel-listener.js';
import { DATABASE_URL } from '../database/database.js';

/** Sent by the triggers of migration 0012 whenever the settings or opening hours change. */
export const CLINIC_SETTINGS_CHANNEL = 'clinic_settings_changed';

/**
 * The clinic's settings as last read, which nearly every request needs. They are
 * kept only while this instance is sure to hear of every change (it LISTENs for
 * the database's notifications); otherwise each read goes to the database.
 */
@Injectable()
export class ClinicSettingsCache implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(ClinicSettingsCache.name);
  private readonly listener: ChannelListener;
  private cached: Promise<ClinicSettings> | undefined;

  constructor(@Inject(DATABASE_URL) databaseUrl: string) {
    this.listener = new ChannelListener(databaseUrl, CLINIC_SETTINGS_CHANNEL, {
      onListening: () => this.drop(),
      onNotification: () => this.drop(),
      onLost: (error) => {
        this.drop();
        this.logger.warn(`Not hearing of clinic settings changes, reading them on every use until reconnected: ${String(error)}`);
      },
    });
  }

  async onModuleInit(): Promise<void> {
    await this.listener.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.listener.stop();
  }

  /** The kept settings, or what `load` reads (kept when a change would be heard). */
  read(load: () => Promise<ClinicSettings>): Promise<ClinicSettings> {
    if (!this.listener.listening) return load();
    if (!this.cached) {
      const loading = load();
      this.cached = loading;
      // A failed read is not kept: the next request tries again.
      loading.catch(() => {
        if (this.cached === loading) this.drop();
      });
    }
    return this.cached;
  }

  /** Forgets the kept settings; a read that started before stays with its caller only. */
  drop(): void {
    this.cached = undefined;
  }
}
