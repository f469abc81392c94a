export interface SizeRow {
  name: string;
  raw: number;
  gzip: number;
  brotli: number;
  budget: number;
  goal?: number;
}
export function measure(): Promise<SizeRow[]>;
export function table(rows: SizeRow[]): string;
export function staticGraph(files: string[]): string[];
export function graphFiles(entry: {
  graph: string[];
  lazy?: string[];
  count?: 'all' | 'lazy';
}): string[];
