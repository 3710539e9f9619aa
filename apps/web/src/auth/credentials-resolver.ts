import { zodResolver } from '@hookform/resolvers/zod';
import { credentialsSchema } from '@smp/contracts';

export const credentialsResolver = zodResolver(credentialsSchema);
