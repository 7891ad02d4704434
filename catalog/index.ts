/**
 * The seed catalog: one JSON file per seed document (plan, lead departments, targets) and a
 * small set of illustrative actuals. Pure reads, no storage: loaders and seeders build on this.
 * Static JSON imports, so that esbuild can bundle the catalog into a function as well.
 */
import { CatalogDocument, CatalogTasks, IllustrativeActuals } from '../shared/domain/catalog.ts';
import illustrative from './illustrative.json' with { type: 'json' };
import khanhHoa12127 from './khanh-hoa-12127-kh-ubnd-2021.json' with { type: 'json' };
import thanhHoa115 from './thanh-hoa-115-kh-ubnd-2017.json' with { type: 'json' };
import thanhHoa208 from './thanh-hoa-208-kh-ubnd-2021.json' with { type: 'json' };
import thanhHoa68 from './thanh-hoa-68-kh-ubnd-2024.json' with { type: 'json' };
import traVinh1436 from './tra-vinh-1436-qd-ubnd-2021.json' with { type: 'json' };
import khanhHoa12127Tasks from './tasks/khanh-hoa-12127-kh-ubnd-2021.json' with { type: 'json' };
import thanhHoa115Tasks from './tasks/thanh-hoa-115-kh-ubnd-2017.json' with { type: 'json' };
import thanhHoa208Tasks from './tasks/thanh-hoa-208-kh-ubnd-2021.json' with { type: 'json' };
import thanhHoa68Tasks from './tasks/thanh-hoa-68-kh-ubnd-2024.json' with { type: 'json' };
import traVinh1436Tasks from './tasks/tra-vinh-1436-qd-ubnd-2021.json' with { type: 'json' };

/** Every catalog file by name; a test checks this matches the directory. */
const FILES: Record<string, unknown> = {
  'khanh-hoa-12127-kh-ubnd-2021.json': khanhHoa12127,
  'thanh-hoa-115-kh-ubnd-2017.json': thanhHoa115,
  'thanh-hoa-208-kh-ubnd-2021.json': thanhHoa208,
  'thanh-hoa-68-kh-ubnd-2024.json': thanhHoa68,
  'tra-vinh-1436-qd-ubnd-2021.json': traVinh1436,
};

/** Every task file in catalog/tasks/ by name; a test checks this matches the directory. */
const TASK_FILES: Record<string, unknown> = {
  'khanh-hoa-12127-kh-ubnd-2021.json': khanhHoa12127Tasks,
  'thanh-hoa-115-kh-ubnd-2017.json': thanhHoa115Tasks,
  'thanh-hoa-208-kh-ubnd-2021.json': thanhHoa208Tasks,
  'thanh-hoa-68-kh-ubnd-2024.json': thanhHoa68Tasks,
  'tra-vinh-1436-qd-ubnd-2021.json': traVinh1436Tasks,
};

/** The file of illustrative actuals; every other `*.json` in catalog/ is a catalog document. */
export const ILLUSTRATIVE_FILE = 'illustrative.json';

/** File names of the catalog documents, sorted. */
export const catalogFiles = (): string[] => Object.keys(FILES).sort();

/** Every catalog document, zod-parsed (defaults filled, text NFC), ordered by seed file. */
export function loadCatalog(): CatalogDocument[] {
  return Object.entries(FILES)
    .map(([name, json]) => {
      const parsed = CatalogDocument.safeParse(json);
      if (!parsed.success) throw new Error(`catalog/${name}: ${parsed.error.message}`);
      return parsed.data;
    })
    .sort((a, b) => a.sourceFile.localeCompare(b.sourceFile));
}

/** File names in catalog/tasks/, sorted. */
export const catalogTaskFiles = (): string[] => Object.keys(TASK_FILES).sort();

/** The tasks of every seed document, zod-parsed with the API's own TaskInput, ordered by plan id. */
export function loadCatalogTasks(): CatalogTasks[] {
  return Object.entries(TASK_FILES)
    .map(([name, json]) => {
      const parsed = CatalogTasks.safeParse(json);
      if (!parsed.success) throw new Error(`catalog/tasks/${name}: ${parsed.error.message}`);
      return parsed.data;
    })
    .sort((a, b) => a.planId.localeCompare(b.planId));
}

/** Demo yearly values for a first look; not official figures. */
export function loadIllustrativeActuals(): IllustrativeActuals {
  const parsed = IllustrativeActuals.safeParse(illustrative);
  if (!parsed.success) throw new Error(`catalog/${ILLUSTRATIVE_FILE}: ${parsed.error.message}`);
  return parsed.data;
}
