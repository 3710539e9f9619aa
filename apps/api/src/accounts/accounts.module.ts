import { Module } from '@nestjs/common';
import { QuotesModule } from '../quotes/quotes.module.js';
import { AccountsController } from './accounts.controller.js';
import { AccountsService } from './accounts.service.js';

@Module({ imports: [QuotesModule], controllers: [AccountsController], providers: [AccountsService] })
export class AccountsModule {}
