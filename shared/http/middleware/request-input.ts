import type middy from '@middy/core';
import type { ApiEvent, ApiResult } from '../api-event.ts';
import { HttpProblem } from '../problem.ts';
import { routeKey, type Route } from '../route.ts';

/** Finds the route this function serves for the event, and opens the request's input record. */
export const requestInput = (routes: Route[]): middy.MiddlewareObj<ApiEvent, ApiResult> => {
  const byKey = new Map(routes.map((route) => [routeKey(route), route]));
  return {
    name: 'request-input',
    before: async ({ event }) => {
      const route = byKey.get(event.routeKey);
      if (!route) throw new HttpProblem(404, `no route ${event.routeKey}`);
      event.input = { route, params: {}, query: {}, body: undefined };
    },
  };
};
