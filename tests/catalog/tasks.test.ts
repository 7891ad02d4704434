import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogTaskFiles, loadCatalog, loadCatalogTasks } from '../../catalog/index.ts';
import { CatalogTasks } from '../../shared/domain/catalog.ts';
import { catalogDir, normalise, seedText } from './support.ts';

const tasksDir = path.join(catalogDir, 'tasks');
const docs = loadCatalog();
const taskFiles = loadCatalogTasks();
const docOf = new Map(docs.map((d) => [d.plan.id, d]));
const departments = new Map(docs.flatMap((d) => d.departments.map((dep) => [dep.id, dep] as const)));
const allTasks = taskFiles.flatMap((f) => f.tasks.map((task) => ({ file: f, doc: docOf.get(f.planId)!, task })));
const byId = new Map(allTasks.map(({ task }) => [task.id, task]));
const ofPlan = (number: string) => allTasks.filter(({ doc }) => doc.plan.number === number).map(({ task }) => task);

/** Case-insensitive, NFC, whitespace-collapsed. */
const lower = (s: string) => normalise(s).toLocaleLowerCase('vi');
/** How a text may name a body: "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh" is also "Mặt trận Tổ quốc Việt Nam". */
const namesOf = (name: string) => [name, name.replace(/^Ủy ban /, '').replace(/ tỉnh$/, '')].map(lower);

describe('task files', () => {
  it('loads every file in catalog/tasks/, one per seed document', () => {
    const onDisk = readdirSync(tasksDir)
      .filter((f) => f.endsWith('.json'))
      .sort();
    expect(catalogTaskFiles()).toEqual(onDisk);
    expect(taskFiles.map((f) => f.planId).sort()).toEqual(docs.map((d) => d.plan.id).sort());
  });

  it.each(catalogTaskFiles())('%s passes the API schema as stored, is NFC and is named after its plan', (name) => {
    const raw = readFileSync(path.join(tasksDir, name), 'utf8');
    const parsed = CatalogTasks.safeParse(JSON.parse(raw));
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    expect(raw).toBe(raw.normalize('NFC'));
    expect(name).toBe(`${parsed.data?.planId}.json`);
    expect(parsed.data?.sourceFile).toBe(docOf.get(parsed.data!.planId)?.sourceFile);
  });
});

describe('traceability', () => {
  it.each(allTasks.map(({ doc, task }) => [task.id, doc.sourceFile, task.source.quote] as const))(
    '%s quotes its seed (%s) verbatim',
    (_id, sourceFile, quote) => {
      expect(seedText(sourceFile)).toContain(normalise(quote));
    },
  );

  it('a named lead is named by its sentence, or the note says where the text names it', () => {
    const unnamed = allTasks
      .filter(({ task }) => task.leadBasis === 'named')
      .filter(({ task }) => {
        const where = lower(`${task.source.quote} ${task.note ?? ''}`);
        return !namesOf(departments.get(task.leadDepartmentId)!.name).some((n) => where.includes(n));
      });
    expect(unnamed.map(({ task }) => task.id)).toEqual([]);
  });

  it('every supporting department is named by the sentence or the note', () => {
    const unnamed = allTasks.flatMap(({ task }) =>
      task.supportingDepartmentIds
        .filter(
          (id) =>
            !namesOf(departments.get(id)!.name).some((n) =>
              lower(`${task.source.quote} ${task.note ?? ''}`).includes(n),
            ),
        )
        .map((id) => `${task.id} ${id}`),
    );
    expect(unnamed).toEqual([]);
  });

  it('tasks given to everyone go to the consolidating department of the area, and say so', () => {
    const consolidating = allTasks.filter(({ task }) => task.leadBasis === 'consolidating');
    expect(consolidating.length).toBeGreaterThan(0);
    for (const { doc, task } of consolidating) {
      const lead = departments.get(task.leadDepartmentId)!;
      expect(lead.name, task.id).toBe('Sở Lao động - Thương binh và Xã hội');
      expect(lead.area, task.id).toBe(doc.plan.area);
      expect(task.note, task.id).toMatch(/consolidating department/);
    }
  });
});

describe('identifiers and references', () => {
  it('ids are unique across plans, departments, indicators and tasks', () => {
    const ids = [
      ...docs.map((d) => d.plan.id),
      ...docs.flatMap((d) => d.departments.map((dep) => dep.id)),
      ...docs.flatMap((d) => d.indicators.map((i) => i.id)),
      ...allTasks.map(({ task }) => task.id),
    ];
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('codes are unique within a plan', () => {
    for (const { planId, tasks } of taskFiles) {
      const codes = tasks.map((t) => t.code);
      expect(new Set(codes).size, planId).toBe(codes.length);
    }
  });

  it('lead and supporting departments are catalogued, in the plan’s area', () => {
    for (const { doc, task } of allTasks) {
      for (const id of [task.leadDepartmentId, ...task.supportingDepartmentIds]) {
        expect(departments.get(id)?.area, `${task.id} ${id}`).toBe(doc.plan.area);
      }
    }
  });
});

describe('dues', () => {
  it('one-off dues fall inside the plan period; recurring work is due on the plan’s reporting day, else 31 December', () => {
    for (const { doc, task } of allTasks) {
      if ('date' in task.due) {
        const year = Number(task.due.date.slice(0, 4));
        expect(year, task.id).toBeGreaterThanOrEqual(doc.plan.period.startYear);
        expect(year, task.id).toBeLessThanOrEqual(doc.plan.period.endYear);
      } else {
        expect(task.due.deadline, task.id).toBe(doc.plan.reporting?.deadline ?? '12-31');
      }
    }
  });

  it.each([
    ['th115-nv-2.4', '2025-12-31', 'Đề án', 'so-giao-duc-dao-tao-thanh-hoa'],
    ['th115-nv-2.5', '2020-12-31', 'Đề án', 'so-lao-dong-tbxh-thanh-hoa'],
    // A quarter is due on its last day.
    ['tv1436-nv-iv.2.b-1', '2025-09-30', 'Báo cáo', 'so-lao-dong-tbxh-tra-vinh'],
    ['tv1436-nv-iv.2.b-2', '2025-12-31', 'Báo cáo', 'so-lao-dong-tbxh-tra-vinh'],
  ])('%s is due %s with output %s, led by %s', (id, date, output, lead) => {
    expect(byId.get(id)).toMatchObject({ due: { date }, output, leadDepartmentId: lead });
  });
});

describe('coverage of the seeds', () => {
  it('115/KH-UBND: all 27 numbered items, more than twenty with a lead the text names', () => {
    const tasks = ofPlan('115/KH-UBND');
    expect(tasks).toHaveLength(27);
    expect(tasks.filter((t) => t.leadBasis === 'named').length).toBeGreaterThanOrEqual(20);
    expect(byId.get('th115-nv-2.4')?.source.quote).toMatch(
      /^Sở Giáo dục và Đào tạo xây dựng và triển khai thực hiện Đề án sắp xếp/,
    );
  });

  it('68/KH-UBND §III: 33 items', () => {
    expect(ofPlan('68/KH-UBND')).toHaveLength(33);
  });

  it('1436/QĐ-UBND: the fourteen agencies of its organisation part, and the two dated reviews', () => {
    const codes = ofPlan('1436/QĐ-UBND').map((t) => t.code);
    for (let n = 1; n <= 14; n++) expect(codes).toContain(String(n));
    expect(codes).toContain('IV.2.b-1');
  });

  it('12127/KH-UBND: every department §III names as lead', () => {
    const leads = new Set(ofPlan('12127/KH-UBND').map((t) => departments.get(t.leadDepartmentId)!.name));
    for (const name of [
      'Sở Khoa học và Công nghệ',
      'Tỉnh đoàn Khánh Hòa',
      'Sở Tài nguyên và Môi trường',
      'Sở Du lịch',
      'Sở Ngoại vụ',
    ]) {
      expect(leads).toContain(name);
    }
  });

  it('208/KH-UBND: the one task its truncated text gives', () => {
    expect(ofPlan('208/KH-UBND').map((t) => t.code)).toEqual(['1.1.a']);
  });
});
