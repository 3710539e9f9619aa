import { z } from 'zod';

/**
 * Plain-language messages for the cases zod words technically, shared by the API's
 * field errors and the web app's forms.
 */
z.config({
  customError: (issue) => {
    if (issue.code === 'invalid_type' && (issue.input === undefined || issue.input === null)) return 'Required';
    if (issue.code === 'unrecognized_keys') return `Unknown field${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}`;
    return undefined;
  },
});
