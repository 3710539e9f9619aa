import { Module } from '@nestjs/common';
import { MessagingModule } from '../messaging/messaging.module.js';
import { PublicEmails } from './public-emails.js';
import { PublicTokensService } from './public-tokens.service.js';
import { RateLimiter } from './rate-limiter.js';
import { RateLimitGuard } from './rate-limited.js';

/** What every public (signed-out) feature stands on: hashed single-purpose tokens, rate limits, and emails to non-clients. */
@Module({
  imports: [MessagingModule],
  providers: [PublicTokensService, RateLimiter, RateLimitGuard, PublicEmails],
  exports: [PublicTokensService, RateLimiter, RateLimitGuard, PublicEmails],
})
export class PublicAccessModule {}
