import * as fixtures from '../support/fixtures.ts';
import type { LocalApi } from '../support/local-api.ts';

/**
 * A plan whose reports the consolidating department (Sở LĐTBXH) reviews, two units that lead one
 * indicator each (Sở Y tế, Sở Xây dựng), and their tokens; ids end with `suffix`.
 */
export const seedReporting = async (api: LocalApi, suffix: string, reporting: Record<string, unknown> = {}) => {
  const admin = await api.token({ role: 'admin' });
  const ids = {
    planId: `rp-plan${suffix}`,
    health: `rp-so-y-te${suffix}`,
    building: `rp-so-xay-dung${suffix}`,
    labour: `rp-so-ldtbxh${suffix}`,
    healthIndicator: `rp-bhyt${suffix}`,
    buildingIndicator: `rp-nha-o${suffix}`,
  };
  const post = async (path: string, body: unknown) => {
    const response = await api.call('POST', path, { token: admin, body });
    if (response.status !== 201) throw new Error(`seeding ${path}: ${response.status} ${response.text}`);
  };
  await post('/departments', fixtures.department(ids.health));
  await post('/departments', fixtures.department(ids.building, { name: 'Sở Xây dựng' }));
  await post('/departments', fixtures.department(ids.labour, { name: 'Sở Lao động - Thương binh và Xã hội' }));
  await post(
    '/plans',
    fixtures.plan(ids.planId, {
      reporting: { deadline: '12-10', yearOffset: 0, toDepartmentId: ids.labour, ...reporting },
    }),
  );
  await post(`/plans/${ids.planId}/indicators`, fixtures.indicator(ids.healthIndicator, { departmentId: ids.health }));
  await post(
    `/plans/${ids.planId}/indicators`,
    fixtures.indicator(ids.buildingIndicator, { departmentId: ids.building, code: 'II.3.1', unit: 'căn' }),
  );
  return {
    ...ids,
    admin,
    healthToken: await api.token({ role: 'department', departmentId: ids.health }),
    buildingToken: await api.token({ role: 'department', departmentId: ids.building }),
    labourToken: await api.token({ role: 'department', departmentId: ids.labour }),
  };
};

export const sections = {
  results: 'Tỷ lệ tham gia bảo hiểm y tế đạt 92,5%; cấp 13.787 thẻ cho người thuộc hộ cận nghèo.',
  shortcomings: 'Một số xã chưa cập nhật số liệu kịp thời.',
};
