import { documentationRoutes } from '@smp/contracts';
import { Controller, Header, type OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { Endpoint } from '../http/endpoint.js';
import { ApiDoc } from '../http/api-doc.js';
import { listRoutes } from './route-catalog.js';
import { Public } from '../access/access.js';
import { APP_VERSION } from '../health/version.js';
import { buildOpenApiDocument } from './openapi-document.js';

const DOCS_PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>SMP clinic API</title>
  <link rel="stylesheet" href="/api/docs/assets/swagger-ui.css">
</head>
<body>
  <div id="swagger-ui"></div>
  <script src="/api/docs/assets/swagger-ui-bundle.js"></script>
  <script src="/api/docs/assets/start.js"></script>
</body>
</html>`;

// A separate file rather than an inline script, so the page works under a strict CSP.
const DOCS_START_SCRIPT = `window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#swagger-ui', deepLinking: true });`;

/** The API's documentation is open to all: it describes the doors, it opens none. */
@Controller()
@Public()
export class OpenApiController implements OnApplicationBootstrap {
  private document: Record<string, unknown> = {};

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
  ) {}

  onApplicationBootstrap(): void {
    this.document = buildOpenApiDocument(listRoutes(this.discovery, this.scanner), {
      title: `SMP clinic API`,
      version: APP_VERSION,
      description: 'Practice management for scalp micropigmentation clinics. Errors are application/problem+json (RFC 9457).',
      license: { name: 'MIT', url: 'https://spdx.org/licenses/MIT.html' },
    });
  }

  @Endpoint(documentationRoutes.openApi)
  @ApiDoc({ summary: 'This OpenAPI document', responses: { 200: { description: 'OpenAPI 3.0 document' } } })
  openApi(): Record<string, unknown> {
    return this.document;
  }

  @Endpoint(documentationRoutes.page)
  @Header('Content-Type', 'text/html; charset=utf-8')
  @ApiDoc({ summary: 'Browsable API documentation', responses: { 200: { description: 'HTML page' } } })
  docs(): string {
    return DOCS_PAGE;
  }

  @Endpoint(documentationRoutes.startScript)
  @Header('Content-Type', 'text/javascript; charset=utf-8')
  @ApiDoc({ summary: 'Start-up script of the documentation page', responses: { 200: { description: 'JavaScript' } } })
  docsStartScript(): string {
    return DOCS_START_SCRIPT;
  }
}
