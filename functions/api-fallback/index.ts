import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { unmatchedRoute } from '#shared/http/unmatched-route.ts';

/** The HTTP API's $default route: anything the route table does not serve, as problem+json. */
export const handler = async (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> =>
  unmatchedRoute(event.requestContext.http.method, event.rawPath);
