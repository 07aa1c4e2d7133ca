// A Field is one place in a Kubernetes object: its path, and the value found there (if any). Rules read values
// through Fields and report at Fields, so every finding knows where it is without the rule computing positions.

export type Path = ReadonlyArray<string | number>;

/** Marks a value that is not known yet (a Pulumi output during preview). */
export const UNKNOWN: unique symbol = Symbol.for('podguard.unknown');

export type Expected = 'object' | 'list' | 'boolean' | 'integer' | 'string';

/** Told what a rule read that it could not judge. */
export interface FieldObserver {
  /** A value of a type the API server would refuse; it is then read as absent. */
  mistyped(path: Path, expected: Expected, actual: unknown): void;
  /** A value not known yet (Pulumi preview); the rule's verdict on it is undecidable. */
  unknown(path: Path): void;
}

/** An edit the fix engine can apply; paths are absolute within the object. */
export type Edit =
  | { op: 'set'; path: Path; value: unknown }
  | { op: 'append'; path: Path; value: unknown }
  | { op: 'removeItem'; path: Path; value: unknown }
  | { op: 'remove'; path: Path };

export function formatPath(path: Path): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out === '' ? seg : `.${seg}`;
  }
  return out;
}

// Rules name a handful of fixed paths, read for every pod: split each once.
const splitPaths = new Map<string, readonly string[]>();
export function parsePath(rel: string): readonly string[] {
  let segs = splitPaths.get(rel);
  if (!segs) splitPaths.set(rel, (segs = rel === '' ? [] : rel.split('.')));
  return segs;
}

export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value)}`;
  return `${typeof value} ${String(value)}`;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export class Field {
  constructor(
    readonly path: Path,
    readonly value: unknown,
    private readonly observer: FieldObserver,
  ) {}

  /** Absent covers both a missing key and an explicit null: Go's decoder treats them alike. */
  get isSet(): boolean {
    return this.value !== undefined && this.value !== null;
  }

  get isUnknown(): boolean {
    return this.value === UNKNOWN;
  }

  child(rel: string | Path): Field {
    const segs = typeof rel === 'string' ? parsePath(rel) : rel;
    let value: unknown = this.value;
    const path: Array<string | number> = [...this.path];
    for (const seg of segs) {
      if (value === UNKNOWN) {
        // Everything under an unknown value is unknown too; the reader hears of it when it reads a value.
      } else if (typeof seg === 'number') {
        value = Array.isArray(value) ? value[seg] : this.mistyped(path, value, 'list');
      } else {
        if (isObject(value)) value = Object.hasOwn(value, seg) ? value[seg] : undefined;
        else value = this.mistyped(path, value, 'object');
      }
      path.push(seg);
    }
    return new Field(path, value, this.observer);
  }

  bool(): boolean | undefined {
    return typeof this.value === 'boolean' ? this.value : this.mistyped(this.path, this.value, 'boolean');
  }

  int(): number | undefined {
    return Number.isInteger(this.value) ? (this.value as number) : this.mistyped(this.path, this.value, 'integer');
  }

  str(): string | undefined {
    return typeof this.value === 'string' ? this.value : this.mistyped(this.path, this.value, 'string');
  }

  /** The entries of a list of objects (containers, volumes, ports), each as a Field. */
  list(): Field[] {
    if (!Array.isArray(this.value)) {
      this.mistyped(this.path, this.value, 'list');
      return [];
    }
    return this.value.map((_, i) => this.child([i]));
  }

  /** The string entries of a list (capabilities); other entries are reported as mistyped. */
  items(): string[] {
    return this.list()
      .map((f) => f.str())
      .filter((s): s is string => s !== undefined);
  }

  /** True when the value is an object; any other set value is reported as mistyped. */
  isObject(): boolean {
    if (isObject(this.value)) return true;
    this.mistyped(this.path, this.value, 'object');
    return false;
  }

  /** The keys of an object (annotations, volume sources). */
  keys(): string[] {
    if (!isObject(this.value)) {
      this.mistyped(this.path, this.value, 'object');
      return [];
    }
    return Object.keys(this.value);
  }

  set(value: unknown): Edit {
    return { op: 'set', path: this.path, value };
  }

  append(value: unknown): Edit {
    return { op: 'append', path: this.path, value };
  }

  removeItem(value: unknown): Edit {
    return { op: 'removeItem', path: this.path, value };
  }

  remove(): Edit {
    return { op: 'remove', path: this.path };
  }

  private mistyped(path: Path, value: unknown, expected: Expected): undefined {
    if (value === UNKNOWN) this.observer.unknown([...path]);
    else if (value !== undefined && value !== null) this.observer.mistyped([...path], expected, value);
    return undefined;
  }
}
