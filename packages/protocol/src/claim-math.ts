import { subtractMoney, sumMoney } from './money-math.js';

interface Amount {
  amount: number;
  currency: string;
}

interface Line {
  kind: string;
  amount: Amount;
}

/** Lines that reduce what is owed; all other kinds add to it. */
export function isReduction(line: Line): boolean {
  return line.kind === 'payment' || line.kind === 'credit';
}

/** The balance the itemization adds up to: charges minus payments and credits. */
export function itemizedTotal(lines: readonly Line[], currency: string): Amount {
  const charges = sumMoney(
    lines.filter((line) => !isReduction(line)).map((line) => line.amount),
    currency,
  );
  const reductions = sumMoney(
    lines.filter(isReduction).map((line) => line.amount),
    currency,
  );
  return subtractMoney(charges, reductions);
}
