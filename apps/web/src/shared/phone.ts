import { formatPhone, setDefaultPhoneRegion } from '@smp/contracts';
import { followClinicCountry } from './clinic-country';

// Phone numbers typed without a country code are read, and numbers shown, in the
// clinic's country. libphonenumber is large: it loads with the pages that use it.
followClinicCountry(setDefaultPhoneRegion);

export { formatPhone };
