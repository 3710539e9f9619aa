import path from 'node:path';
import { Global, Module } from '@nestjs/common';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { DecodePool } from './decode-pool.js';
import { FILE_STORAGE, LocalFileStorage } from './file-storage.js';

@Global()
@Module({
  providers: [
    { provide: FILE_STORAGE, inject: [APP_CONFIG], useFactory: (config: AppConfig) => new LocalFileStorage(path.resolve(config.filesDir)) },
    { provide: DecodePool, inject: [APP_CONFIG], useFactory: (config: AppConfig) => new DecodePool(config.decoding.concurrent, config.decoding.queue) },
  ],
  exports: [FILE_STORAGE, DecodePool],
})
export class StorageModule {}
