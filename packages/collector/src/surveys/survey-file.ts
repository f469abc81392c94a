import { readFileSync, statSync } from 'node:fs';

/** A survey definition as stored in the file; the SDK validates the full shape (SPEC §4). */
export type SurveyJson = { id: string } & Record<string, unknown>;

/**
 * Parses the text of a surveys file, `{ "surveys": [ {"id": …}, … ] }`. Throws an Error naming
 * the file and what is wrong, so a typo never silently serves no surveys.
 */
export function parseSurveysFile(text: string, fileName: string): SurveyJson[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${fileName}: not valid JSON (${(error as Error).message})`);
  }
  const surveys = (json as { surveys?: unknown } | null)?.surveys;
  if (typeof json !== 'object' || json === null || !Array.isArray(surveys)) {
    throw new Error(`${fileName}: expected an object {"surveys": [...]}`);
  }
  const seen = new Set<string>();
  surveys.forEach((survey: unknown, index) => {
    const id = (survey as { id?: unknown } | null)?.id;
    if (typeof survey !== 'object' || survey === null || Array.isArray(survey)) {
      throw new Error(`${fileName}: surveys.${index} must be an object`);
    }
    if (typeof id !== 'string' || id === '') {
      throw new Error(`${fileName}: surveys.${index}.id must be a non-empty string`);
    }
    if (seen.has(id)) throw new Error(`${fileName}: surveys.${index}.id "${id}" is used twice`);
    seen.add(id);
  });
  return surveys as SurveyJson[];
}

/**
 * The surveys file, re-read when its modification time or size changes. The first read throws
 * (bad configuration must stop the start); a later broken edit keeps serving the last good
 * version and warns, so a half-saved file never takes surveys offline.
 */
export class SurveyFile {
  readonly #path: string;
  #surveys: SurveyJson[];
  #stamp: string;

  constructor(path: string) {
    this.#path = path;
    let text: string;
    try {
      this.#stamp = this.#currentStamp();
      text = readFileSync(path, 'utf8');
    } catch (error) {
      throw new Error(`Cannot read the surveys file: ${(error as Error).message}`);
    }
    this.#surveys = parseSurveysFile(text, path);
  }

  /** The current definitions. */
  surveys(): SurveyJson[] {
    let stamp: string;
    try {
      stamp = this.#currentStamp();
    } catch (error) {
      console.warn(`Touchpoint: cannot read ${this.#path}: ${(error as Error).message}`);
      return this.#surveys;
    }
    if (stamp !== this.#stamp) {
      this.#stamp = stamp;
      try {
        this.#surveys = parseSurveysFile(readFileSync(this.#path, 'utf8'), this.#path);
      } catch (error) {
        console.warn(`Touchpoint: kept the previous surveys: ${(error as Error).message}`);
      }
    }
    return this.#surveys;
  }

  #currentStamp(): string {
    const info = statSync(this.#path);
    return `${info.mtimeMs}:${info.size}`;
  }
}
