/**
 * The tasks part of docs/catalog.md: one table per plan, grouped by section, with lead, partners,
 * due date and output. Called by catalog/render-docs.ts.
 */
import type { CatalogDocument, CatalogTasks } from '../shared/domain/catalog.ts';
import type { TaskDue, TaskInput } from '../shared/domain/task.ts';

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

const dueText = (due: TaskDue): string => {
  if ('every' in due) {
    const [mm, dd] = due.deadline.split('-');
    return `every year by ${dd}/${mm}`;
  }
  const [y, m, d] = due.date.split('-');
  return `${d}/${m}/${y}`;
};

export function renderTaskSection(
  doc: CatalogDocument,
  tasks: TaskInput[],
  departmentNames: Map<string, string>,
): string[] {
  const out: string[] = [''];
  const name = (id: string) => departmentNames.get(id) ?? id;
  if (!tasks.length) {
    out.push('No task catalogued.');
    return out;
  }
  const consolidating = tasks.filter((t) => t.leadBasis === 'consolidating').length;
  out.push(
    `**Tasks: ${tasks.length}** (${tasks.length - consolidating} with a lead the text names, ${consolidating} given to all departments and ` +
      'localities and led by the consolidating department, marked †). Quotes in `catalog/tasks/' +
      `${doc.plan.id}.json\`.`,
  );
  if (tasks.some((t) => /-\d+$/.test(t.code))) {
    out.push('');
    out.push(
      'Codes are the plan’s own numbering. Where one numbered item gives several tasks (one dash per body, or two ' +
        'deliverables in one sentence), the code adds their position: `2-1` is the first of item 2.',
    );
  }
  let section = '';
  for (const task of tasks) {
    if (task.section !== section) {
      section = task.section;
      out.push('');
      out.push(`*${cell(section)}*`);
      out.push('');
      out.push('| Code | Task | Lead | Supporting | Due | Output |');
      out.push('|---|---|---|---|---|---|');
    }
    const lead = `${name(task.leadDepartmentId)}${task.leadBasis === 'consolidating' ? ' †' : ''}`;
    const supporting = task.supportingDepartmentIds.map(name).join('; ') || '—';
    const title = task.title.en ? `${task.title.vi}<br>*${task.title.en}*` : task.title.vi;
    out.push(
      `| ${cell(task.code)} | ${cell(title)} | ${cell(lead)} | ${cell(supporting)} | ${dueText(task.due)} | ${cell(task.output ?? '—')} |`,
    );
  }
  return out;
}

/** The tasks of one plan, empty when it has no task file. */
export const tasksOf = (tasks: CatalogTasks[], planId: string): TaskInput[] =>
  tasks.find((t) => t.planId === planId)?.tasks ?? [];
