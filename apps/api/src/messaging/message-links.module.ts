import { Module } from '@nestjs/common';
import { MESSAGE_LINKS } from './message-composer.js';
import { ClientLinks, LinkSigner } from './client-links.js';

/** Makes and checks the links of messages; the messaging module and the links' public pages import it. */
@Module({
  providers: [LinkSigner, ClientLinks, { provide: MESSAGE_LINKS, useExisting: ClientLinks }],
  exports: [LinkSigner, ClientLinks, MESSAGE_LINKS],
})
export class MessageLinksModule {}
