import type { AwardSupplier } from '../notice/model';

/**
 * "Ricardo-AEA Limited", "A and B", "A, B and 10 others": suppliers named once each, in the
 * notice's order.
 */
export function supplierNames(suppliers: readonly AwardSupplier[], shown = 2): string {
  const names = [...new Set(suppliers.map((s) => s.name))];
  if (names.length <= shown + 1) {
    return names.length <= 1
      ? (names[0] ?? '')
      : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] as string}`;
  }
  const rest = names.length - shown;
  return `${names.slice(0, shown).join(', ')} and ${rest} others`;
}

/** "SME, VCSE": what the notice says about a supplier's size and status. */
export function supplierTags(supplier: AwardSupplier): string[] {
  const tags: string[] = [];
  if (supplier.scale === 'sme' || supplier.scale === 'micro' || supplier.scale === 'small')
    tags.push('SME');
  else if (supplier.scale === 'large') tags.push('Large');
  if (supplier.vcse) tags.push('VCSE');
  return tags;
}
