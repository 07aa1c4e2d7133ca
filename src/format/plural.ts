/** "1 file", "2 files": `many` defaults to `one` + "s". */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
