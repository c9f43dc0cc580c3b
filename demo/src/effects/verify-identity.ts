import type { IdentityAnswers } from '@settle/protocol';
import type { Database } from '../db/database.js';

function normalizedPostalCode(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}

/**
 * Compares the debtor's answers with the creditor's records. Every given field is
 * compared (no early return), so a wrong date of birth cannot be told from a wrong postcode.
 */
export async function verifyIdentity(db: Database, claimId: string, answers: IdentityAnswers): Promise<boolean> {
  const { rows } = await db.query<{ date_of_birth: string; postal_code: string | null }>('select date_of_birth, postal_code from claims where id = $1', [claimId]);
  const known = rows[0] ?? { date_of_birth: '', postal_code: null };
  let given = 0;
  let matches = 0;
  if (answers.dateOfBirth !== undefined) {
    given += 1;
    if (answers.dateOfBirth === known.date_of_birth) matches += 1;
  }
  if (answers.postalCode !== undefined) {
    given += 1;
    if (known.postal_code !== null && normalizedPostalCode(answers.postalCode) === normalizedPostalCode(known.postal_code)) matches += 1;
  }
  return rows.length === 1 && given > 0 && matches === given;
}
