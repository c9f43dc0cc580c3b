import { describe, expect, it } from 'vitest';
import { funnel, type InsightEvent } from '../../src/insights/index.js';

const at = (minute: number) => new Date(Date.UTC(2026, 11, 3, 9, minute)).toISOString();

const EVENTS: InsightEvent[] = [
  // A: email, opened, viewed, chose, paid.
  { type: 'message.sent', claimId: 'A', time: at(0), channel: 'email', phase: 'first_reminder', tone: 'empathetic' },
  { type: 'link.opened', claimId: 'A', time: at(1), channel: 'email', phase: 'first_reminder', tone: 'empathetic' },
  { type: 'claim.viewed', claimId: 'A', time: at(2) },
  { type: 'option.chosen', claimId: 'A', time: at(3), segment: 'forgot' },
  { type: 'payment.succeeded', claimId: 'A', time: at(4) },
  // B: SMS, opened twice, nothing else.
  { type: 'message.sent', claimId: 'B', time: at(0), channel: 'sms', phase: 'first_reminder', tone: 'neutral' },
  { type: 'link.opened', claimId: 'B', time: at(5), channel: 'sms', phase: 'first_reminder', tone: 'neutral' },
  { type: 'link.opened', claimId: 'B', time: at(6), channel: 'sms', phase: 'first_reminder', tone: 'neutral' },
  // C: email, the open was never recorded, but the debtor asked for a person (hardship).
  { type: 'message.sent', claimId: 'C', time: at(0), channel: 'email', phase: 'first_reminder', tone: 'empathetic' },
  { type: 'contact.requested', claimId: 'C', time: at(9), segment: 'hardship' },
  // D: sent, no reaction.
  { type: 'message.sent', claimId: 'D', time: at(0), channel: 'email', phase: 'second_reminder', tone: 'formal' },
];

describe('funnel', () => {
  it('counts distinct claims per stage, a later stage counting the earlier ones as passed', () => {
    expect(funnel(EVENTS).all.map((stage) => [stage.stage, stage.claims])).toEqual([
      ['sent', 4],
      ['opened', 3],
      ['viewed', 2],
      ['chose', 2],
      ['agreed_or_paid', 2],
    ]);
  });

  it('gives conversion from the previous stage and from the first', () => {
    const [sent, opened, , , outcome] = funnel(EVENTS).all;
    expect(sent?.fromPrevious).toBe(1);
    expect(opened?.fromPrevious).toBe(0.75);
    expect(outcome?.fromPrevious).toBe(1);
    expect(outcome?.fromFirst).toBe(0.5);
  });

  it('never lets a stage exceed the one before, in any breakdown', () => {
    const report = funnel(EVENTS);
    for (const group of [report.bySegment, report.byChannel, report.byPhase, report.byTone]) {
      for (const stages of Object.values(group)) {
        for (const [index, stage] of stages.slice(1).entries()) expect(stage.claims).toBeLessThanOrEqual(stages[index]!.claims);
      }
    }
  });

  it('attributes reactions to the last message sent (channel, phase, tone)', () => {
    const report = funnel(EVENTS);
    expect(report.byChannel.email?.map((stage) => stage.claims)).toEqual([3, 2, 2, 2, 2]);
    expect(report.byChannel.sms?.map((stage) => stage.claims)).toEqual([1, 1, 0, 0, 0]);
    expect(report.byTone.formal?.map((stage) => stage.claims)).toEqual([1, 0, 0, 0, 0]);
    expect(report.byPhase.first_reminder?.[4]?.claims).toBe(2);
  });

  it('gives a claim its segment for the whole journey, and counts a hardship contact request as an outcome', () => {
    const report = funnel(EVENTS);
    expect(report.bySegment.hardship?.map((stage) => stage.claims)).toEqual([1, 1, 1, 1, 1]);
    expect(report.bySegment.forgot?.map((stage) => stage.claims)).toEqual([1, 1, 1, 1, 1]);
  });

  it('reports rates as null where the stage before has no claims', () => {
    expect(funnel([]).all.every((stage) => stage.claims === 0 && stage.fromPrevious === null)).toBe(true);
  });
});
