import * as z from 'zod';
import { TargetVersion } from '#shared/domain/indicator.ts';
import { Slug } from '#shared/domain/text.ts';
import { IndicatorParams } from '../contracts.ts';
import { routeArea } from '../route.ts';

export const TargetVersionList = z
  .object({ indicatorId: Slug, items: z.array(TargetVersion) })
  .meta({ id: 'TargetVersionList' });

/** An indicator's targets over time: the plan's own, then each amendment's (docs/methodology.md §11.8). */
export const targetsRoutes = routeArea({
  listTargetVersions: {
    method: 'GET',
    path: '/indicators/{indicatorId}/targets',
    function: 'api-read',
    access: 'public',
    summary: "An indicator's target versions",
    description:
      'Every target the indicator has had, oldest first: version 1 from the plan (validFrom its signing day, document its number), ' +
      'then one per amendment (PATCH /indicators/{indicatorId} with target and amendment {document, date}); validUntil is the day the next ' +
      'came into force, absent for the version in force now. Progress as of a date uses the version in force that day.',
    params: IndicatorParams,
    success: { status: 200, schema: TargetVersionList, description: 'the versions, oldest first' },
    tags: ['indicators'],
  },
});
