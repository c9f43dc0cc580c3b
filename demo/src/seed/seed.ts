import type { Database } from '../db/database.js';
import type { SampleDebtor } from './sample-debtors.js';

/**
 * Inserts the sample debtors' claims. Existing rows are kept, so a persisted demo
 * database remembers payments and plans across restarts.
 */
export async function seedClaims(db: Database, debtors: readonly SampleDebtor[]): Promise<void> {
  await db.transaction(async (tx) => {
    for (const [position, debtor] of debtors.entries()) {
      const { status, balanceVersion, ...claim } = debtor.claim;
      await tx.query(
        `insert into claims (id, sample_key, position, situation, story_en, story_de, locale, date_of_birth, postal_code, status, balance_version, claim)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
         on conflict (id) do nothing`,
        [
          claim.id,
          debtor.key,
          position,
          debtor.situation,
          debtor.story.en,
          debtor.story.de,
          debtor.locale,
          debtor.dateOfBirth,
          claim.debtor.address?.postalCode ?? null,
          status,
          balanceVersion,
          claim,
        ],
      );
    }
  });
}
