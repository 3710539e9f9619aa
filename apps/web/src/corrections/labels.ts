import type { CorrectionIssue } from '@smp/contracts';

export const issueLabels: Record<CorrectionIssue, string> = {
  hairline_placement: 'Hairline in the wrong place',
  unnatural_hairline: 'Unnatural hairline',
  blurred_dots: 'Blurred or merged dots',
  too_dark: 'Too dark',
  colour_shift: 'Colour shift (blue, green)',
  patchy: 'Patchy',
  asymmetric: 'Asymmetric',
  other: 'Other',
};
