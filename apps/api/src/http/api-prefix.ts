export const API_PREFIX = 'api';

const API_PATH = new RegExp(`^/${API_PREFIX}(?:[/?]|$)`, 'i');

/**
 * Whether a request URL is the API's: under API_PREFIX, in any case and
 * percent-encoded or not (`/%61pi/…`), as the router decodes and matches it.
 */
export function isApiUrl(url: string): boolean {
  if (API_PATH.test(url)) return true;
  try {
    return API_PATH.test(decodeURIComponent(url));
  } catch {
    // Not decodable: the router refuses it too.
    return false;
  }
}
