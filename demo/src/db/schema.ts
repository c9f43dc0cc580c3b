/** Bump when the tables change, so a persisted database from before is recognised. */
export const SCHEMA_VERSION = 2;

/**
 * The demo creditor's tables. `events` is the ledger of every Settle callback, keyed by
 * the event's stable id, so a redelivered event is recognised and its effect happens
 * once; the per-kind tables hold what the dashboard reads.
 */
export const SCHEMA = /* sql */ `
create table if not exists claims (
  id text primary key,
  sample_key text not null unique,
  -- order the sample debtors are listed in
  position integer not null,
  situation text not null,
  story_en text not null,
  story_de text not null,
  locale text not null,
  -- what the identity check compares, when the creditor turns it on
  date_of_birth text not null,
  postal_code text,
  status text not null,
  balance_version integer not null,
  claim jsonb not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create table if not exists events (
  id text primary key,
  type text not null,
  claim_id text not null references claims (id),
  created_at timestamptz not null,
  received_at timestamptz not null default now(),
  data jsonb not null
);

create table if not exists payments (
  event_id text primary key references events (id),
  claim_id text not null references claims (id),
  -- overpaid: a second payment for a balance already paid, which Settle refunded
  outcome text not null check (outcome in ('succeeded', 'failed', 'overpaid')),
  amount_minor bigint,
  -- the part of a succeeded payment the claim could not take (it was already paid): to refund
  excess_minor bigint,
  currency text,
  provider text,
  option text,
  failure_reason text,
  created_at timestamptz not null
);

create table if not exists plans (
  event_id text primary key references events (id),
  claim_id text not null references claims (id),
  kind text,
  instalment_count integer,
  frequency text,
  total_minor bigint,
  created_at timestamptz not null
);

create table if not exists promises (
  event_id text primary key references events (id),
  claim_id text not null references claims (id),
  promised_date text,
  amount_minor bigint,
  created_at timestamptz not null
);

create table if not exists disputes (
  event_id text primary key references events (id),
  claim_id text not null references claims (id),
  reason text,
  note text,
  created_at timestamptz not null
);

create table if not exists contact_requests (
  event_id text primary key references events (id),
  claim_id text not null references claims (id),
  channel text,
  time_window text,
  topic text,
  hardship boolean,
  created_at timestamptz not null
);

create table if not exists feedback (
  event_id text primary key references events (id),
  claim_id text not null references claims (id),
  score integer,
  comment text,
  created_at timestamptz not null
);

create table if not exists autopay_revocations (
  event_id text primary key references events (id),
  claim_id text not null references claims (id),
  provider text,
  created_at timestamptz not null
);

-- link.opened, claim.viewed, step.viewed, option.chosen, journey.abandoned: the message the
-- link came from and what the debtor saw or chose, with no personal data
create table if not exists reactions (
  event_id text primary key references events (id),
  claim_id text not null references claims (id),
  type text not null,
  channel text,
  phase text,
  segment text,
  tone text,
  step text,
  option text,
  last_step text,
  created_at timestamptz not null
);

create table if not exists quiz_results (
  event_id text primary key references events (id),
  claim_id text not null references claims (id),
  segment text,
  created_at timestamptz not null
);
`;
