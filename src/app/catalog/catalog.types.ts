import type { Channel, PostLevel } from '../../engine/format/constants';
import type { Lang, Text } from '../../engine/format/lang';

/** What the library shows of a bundled scenario, without loading the whole file. */
export interface CatalogItem {
  file: string;
  id: string;
  version: string;
  title: Text;
  summary: Text;
  competencies: string[];
  postLevels: PostLevel[];
  difficulty: 'introductory' | 'intermediate' | 'advanced';
  estimatedMinutes: number;
  languages: Lang[];
  channels: Channel[];
  clockStart?: string;
  scenes: number;
}

/** A bundled file that could not be read, with its first problems. */
export interface BrokenFile {
  file: string;
  errors: { line: number; column: number; message: string }[];
}

/** Competency names for the library's filter, taken from the framework at build time. */
export interface CompetencyName {
  id: string;
  name: Text;
}

export interface Catalog {
  items: CatalogItem[];
  broken: BrokenFile[];
  competencies: CompetencyName[];
}
