import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { ChannelListener } from '../database/channel-listener.js';
import { DATABASE_URL } from '../database/database.js';

/** Sent by the triggers of migrations 0012 and 0031 whenever the settings, locations or opening hours change. */
export const CLINIC_SETTINGS_CHANNEL = 'clinic_settings_changed';

/**
 * The clinic's settings and locations as last read, which nearly every request
 * needs. They are kept only while this instance is sure to hear of every change (it LISTENs for
 * the database's notifications); otherwise each read goes to the database.
 */
@Injectable()
export class ClinicSettingsCache implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(ClinicSettingsCache.name);
  private readonly listener: ChannelListener;
  private readonly cached = new Map<string, Promise<unknown>>();

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

  /** What was kept under `key`, or what `load` reads (kept when a change would be heard). */
  read<T>(key: 'settings' | 'locations', load: () => Promise<T>): Promise<T> {
    if (!this.listener.listening) return load();
    let kept = this.cached.get(key) as Promise<T> | undefined;
    if (!kept) {
      const loading = load();
      kept = loading;
      this.cached.set(key, loading);
      // A failed read is not kept: the next request tries again.
      loading.catch(() => {
        if (this.cached.get(key) === loading) this.cached.delete(key);
      });
    }
    return kept;
  }

  /** Forgets everything kept; a read that started before stays with its caller only. */
  drop(): void {
    this.cached.clear();
  }
}
