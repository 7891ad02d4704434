/**
 * Who leads a target, when the text says so: "Sở Lao động - Thương binh và Xã hội chủ trì",
 * "Giao Sở Y tế chủ trì", a task heading "4.2. Sở Y tế: Chủ trì, …", or a section's
 * "(Sở Lao động - Thương binh và Xã hội chủ trì)". Matched to a known department of the same name.
 */
import type { DraftDepartment } from './schema.ts';

export interface KnownDepartment {
  id: string;
  name: string;
  area: string;
}

/** Names compared without case, spacing or the kind of dash. */
export const nameKey = (name: string): string =>
  name
    .normalize('NFC')
    .toLowerCase()
    .replace(/[–—]/gu, '-')
    .replace(/\s*-\s*/gu, ' - ')
    .replace(/\s+/gu, ' ')
    .trim();

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

export interface DepartmentIndex {
  find(text: string, how: 'leads' | 'heading' | 'named'): DraftDepartment | undefined;
}

const generic =
  /((?:Sở|Ban|Công an|Bộ Chỉ huy|Bảo hiểm xã hội|Ủy ban|UBND|Văn phòng)\s[^,;:()]{2,80}?)\s*(?:là cơ quan\s+(?:thường trực,?\s*)?)?chủ trì/iu;

/** The departments a text can name, and the area the text is about (to choose between same-named ones). */
export const departmentIndex = (known: readonly KnownDepartment[], area: string | undefined): DepartmentIndex => {
  const byName = new Map<string, KnownDepartment[]>();
  for (const d of known) {
    const key = nameKey(d.name);
    byName.set(key, [...(byName.get(key) ?? []), d]);
  }
  // Longest names first: "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh" before "Ủy ban".
  const names = [...byName.keys()].sort((a, b) => b.length - a.length);
  const idOf = (key: string): string | undefined => {
    const same = byName.get(key) ?? [];
    const here = area ? same.filter((d) => nameKey(d.area) === nameKey(area)) : [];
    if (here.length === 1) return here[0]!.id;
    return same.length === 1 && !area ? same[0]!.id : undefined;
  };
  const named = (key: string, written: string): DraftDepartment => {
    const departmentId = idOf(key);
    return { name: written, ...(departmentId ? { departmentId } : {}) };
  };
  const patterns = names.map((key) => ({
    key,
    leads: new RegExp(`(?:giao\\s+)?(${escape(key)})\\s*(?:là cơ quan\\s+(?:thường trực,?\\s*)?)?(?:chủ trì)`, 'iu'),
    heading: new RegExp(`^(?:giao\\s+)?(${escape(key)})(?:\\s*$|\\s*[:(]|\\s+chủ trì)`, 'iu'),
    named: new RegExp(`(${escape(key)})`, 'iu'),
  }));
  return {
    find(text, how) {
      const flat = nameKey(text);
      for (const p of patterns) {
        const match = p[how].exec(flat);
        if (match) return named(p.key, restoreCase(text, match[1]!));
      }
      if (how === 'leads') {
        const match = generic.exec(text.replace(/\s+/gu, ' '));
        if (match) {
          const key = nameKey(match[1]!);
          return byName.has(key) ? named(key, match[1]!.trim()) : { name: match[1]!.trim() };
        }
      }
      return undefined;
    },
  };
};

/** The name as the text writes it (case and all), found again in the whitespace-collapsed text. */
const restoreCase = (text: string, lowered: string): string => {
  const flat = text
    .normalize('NFC')
    .replace(/[–—]/gu, '-')
    .replace(/\s*-\s*/gu, ' - ')
    .replace(/\s+/gu, ' ');
  const at = flat.toLowerCase().indexOf(lowered);
  return at >= 0 ? flat.slice(at, at + lowered.length) : lowered;
};

/** The area a text is about: the first known area its opening names ("TỈNH THANH HÓA"). */
export const areaOf = (text: string, known: readonly KnownDepartment[]): string | undefined => {
  const opening = nameKey(text.slice(0, 4000));
  const areas = [...new Set(known.map((d) => d.area))];
  let best: { area: string; at: number } | undefined;
  for (const area of areas) {
    const at = opening.indexOf(nameKey(area));
    if (at >= 0 && (!best || at < best.at)) best = { area, at };
  }
  return best?.area;
};
