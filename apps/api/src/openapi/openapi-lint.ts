import { createConfig, lintFromString } from '@redocly/openapi-core';

/**
 * Redocly's strict rule set, less the rules that ask for what this API rightly
 * does not have.
 */
const LINT_CONFIG: Parameters<typeof createConfig>[0] = {
  extends: ['recommended-strict'],
  rules: {
    // The health check and the documentation's own pages are public and take no input: no client error is theirs to give.
    'operation-4xx-response': 'off',
  },
};

/** The linter's findings about the document, one line each (`rule at pointer: message`); none means it passed. */
export async function lintOpenApiDocument(document: unknown): Promise<string[]> {
  const config = await createConfig(LINT_CONFIG);
  const problems = await lintFromString({ source: JSON.stringify(document), absoluteRef: 'openapi.json', config });
  return problems.map((problem) => `${problem.ruleId} at ${problem.location[0]?.pointer ?? '#'}: ${problem.message}`);
}
