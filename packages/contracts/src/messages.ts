import { z } from 'zod';

type Issue = z.core.$ZodRawIssue;

/** Nothing typed: absent, null, a blank select, or the NaN a blank number input gives. */
const isMissing = (input: unknown) => input === undefined || input === null || input === '' || Number.isNaN(input);

const whatToEnter: Partial<Record<string, string>> = {
  number: 'Enter a number',
  int: 'Enter a whole number',
  boolean: 'Choose yes or no',
  string: 'Enter text',
  array: 'Choose from the list',
  object: 'Fill in this section',
  date: 'Enter a date as YYYY-MM-DD',
};

const formats: Partial<Record<string, string>> = {
  email: 'Enter a valid email address, like name@example.com',
  date: 'Enter a date as YYYY-MM-DD',
  time: 'Enter a time as HH:MM (24-hour)',
  datetime: 'Enter a date and time, such as 2026-03-01T09:30:00Z',
  url: 'Enter a web address, like https://example.com',
  uuid: 'Choose one of the options',
  guid: 'Choose one of the options',
};

/**
 * How a badly typed date is worded. The API speaks YYYY-MM-DD; an app whose date
 * fields read other spellings (the web app's "3 Dec 2026") names its own example.
 */
export function setDateWording(message: string): void {
  formats.date = message;
}

type Bound = { origin?: string; inclusive?: boolean; exact?: boolean };

function sizeLimit(issue: Bound, limit: number | bigint, side: 'least' | 'most'): string {
  const count = Number(limit);
  const exactly = issue.exact ? 'Exactly' : undefined;
  switch (issue.origin) {
    case 'string':
      return `${exactly ?? `At ${side}`} ${count} character${count === 1 ? '' : 's'}`;
    case 'array':
    case 'set':
      return `Choose ${exactly?.toLowerCase() ?? `at ${side}`} ${count}`;
    case 'date':
      return side === 'least' ? 'Too early' : 'Too late';
    default: {
      if (exactly) return `Must be ${count}`;
      if (side === 'least') return issue.inclusive === false ? `More than ${count}` : `At least ${count}`;
      return issue.inclusive === false ? `Less than ${count}` : `At most ${count}`;
    }
  }
}

/**
 * The message for an issue a schema gave no words of its own: plain English about
 * the field it sits beside, never zod's technical wording (types, quoted option lists).
 */
export function plainMessage(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return isMissing(issue.input) ? 'Required' : (whatToEnter[issue.expected] ?? 'This value is not the right kind');
    case 'invalid_value':
      return isMissing(issue.input) ? 'Required' : 'Choose one of the options';
    case 'invalid_union':
      return isMissing(issue.input) ? 'Required' : 'Choose one of the options';
    case 'too_small':
      return issue.origin === 'string' && Number(issue.minimum) === 1 && !issue.exact ? 'Required' : sizeLimit(issue, issue.minimum, 'least');
    case 'too_big':
      return sizeLimit(issue, issue.maximum, 'most');
    case 'invalid_format':
      if (isMissing(issue.input)) return 'Required';
      return formats[issue.format] ?? 'Not in the expected format';
    case 'not_multiple_of':
      return `Must be a multiple of ${issue.divisor}`;
    case 'unrecognized_keys':
      return `Unknown field${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}`;
    case 'invalid_key':
    case 'invalid_element':
      return 'Contains a value that is not allowed';
    default:
      return 'This value is not valid';
  }
}

// The API's field errors and the web app's forms both import the contracts, so
// one global map words every issue a schema left to zod.
z.config({ customError: plainMessage });
