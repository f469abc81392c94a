/**
 * Time-ordered keys like the SDK's UUIDv7 ids, so both append at the end of the B-tree; shaped
 * as UUIDv7 (48-bit prefix, version 7, variant 10) so the reference collector accepts them.
 */
export function orderedKey(prefix: number, i: number): string {
  const p = prefix.toString(16).padStart(12, '0').slice(-12);
  const n = i.toString(16).padStart(15, '0');
  return `${p.slice(0, 8)}-${p.slice(8)}-7${n.slice(0, 3)}-8${n.slice(3, 6)}-${n.slice(6).padStart(12, '0')}`;
}
