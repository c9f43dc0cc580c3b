import { css } from 'lit';
import { formStyles } from '../../forms/form.styles.js';

/**
 * The quiz's look. Motion (a step sliding in, sparkles bobbing) exists only while the quiz
 * is playful and only for readers who have not asked for reduced motion.
 */
export const quizStyles = [
  formStyles,
  css`
    :host {
      --_progress: var(--settle-quiz-progress-color, var(--_accent));
      --_illustration-fill: var(--settle-quiz-illustration-fill, var(--_surface-alt));
      --_illustration-accent: var(--settle-quiz-illustration-accent, var(--_accent));
      --_illustration-on-accent: var(--_on-accent);
      --_illustration-highlight: var(--settle-quiz-illustration-highlight, #f2b705);
    }
    /* Stays in view on a phone while the answers scroll. */
    .progress {
      position: sticky;
      top: 0;
      z-index: 1;
      display: grid;
      gap: var(--_space);
      margin-bottom: calc(var(--_space) * 5);
      padding-block: calc(var(--_space) * 2);
      background: var(--_surface);
    }
    .progress label {
      font-weight: 600;
    }
    progress {
      width: 100%;
      height: 0.75rem;
      appearance: none;
      border: 1px solid var(--_border);
      border-radius: 999px;
      overflow: hidden;
      background: var(--_surface-alt);
    }
    progress::-webkit-progress-bar {
      background: var(--_surface-alt);
    }
    progress::-webkit-progress-value {
      background: var(--_progress);
      border-radius: 999px;
    }
    .calm progress::-webkit-progress-value {
      background: var(--_muted);
    }
    .cheer {
      margin: 0;
      color: var(--_muted);
    }
    .step {
      gap: calc(var(--_space) * 4);
    }
    .step-head {
      display: flex;
      gap: calc(var(--_space) * 4);
      align-items: center;
    }
    .illustration {
      flex: none;
      color: var(--_text);
      line-height: 0;
    }
    .calm .illustration {
      color: var(--_muted);
    }
    .answers {
      display: grid;
      gap: calc(var(--_space) * 2);
    }
    .answer {
      display: flex;
      align-items: center;
      gap: calc(var(--_space) * 3);
      min-height: var(--_target);
      padding: calc(var(--_space) * 3);
      border: 2px solid var(--_card-border);
      border-radius: var(--_radius);
      background: var(--_surface);
      cursor: pointer;
    }
    .answer:has(input:checked) {
      border-color: var(--_accent);
      background: var(--_card-selected);
    }
    .answer:has(input:focus-visible) {
      outline: var(--_focus-width) solid var(--_focus);
      outline-offset: 2px;
    }
    /* Space kept from the start, so the line showing up moves nothing below it. */
    .noted {
      margin: calc(var(--_space) * 2) 0 0;
      color: var(--_muted);
    }
    .answers:not(:has(:checked)) + .noted {
      visibility: hidden;
    }
    .fact {
      margin: 0;
      padding: calc(var(--_space) * 4);
      border-radius: var(--_radius);
      background: var(--_surface-alt);
      border: 1px dashed var(--_border);
    }
    .fact-title {
      font-weight: 700;
      margin-bottom: var(--_space);
    }
    .fact-sample {
      font-weight: 400;
      font-size: 0.875em;
      color: var(--_muted);
    }
    .fact-text {
      margin: 0 0 calc(var(--_space) * 2);
    }
    .fact-source {
      font-size: 0.875em;
      color: var(--_muted);
    }
    .human {
      margin: 0;
      padding: calc(var(--_space) * 4);
      border: 2px solid var(--_accent);
      border-radius: var(--_radius);
    }
    .human .support {
      margin-top: calc(var(--_space) * 4);
      background: var(--_surface);
    }
    .human-title {
      font-size: 1.125em;
    }
    .result {
      display: grid;
      gap: calc(var(--_space) * 4);
    }
    .result > h3 {
      margin: 0;
    }
    .result > .fact {
      margin: 0;
    }
    .step + .fact {
      margin-top: calc(var(--_space) * 6);
    }
    .step + .human {
      margin-top: calc(var(--_space) * 6);
    }
    .options {
      display: grid;
      gap: calc(var(--_space) * 3);
      margin: 0 0 calc(var(--_space) * 4);
      padding-inline-start: 1.5rem;
    }
    .option-label {
      font-weight: 600;
      margin-bottom: var(--_space);
    }
    .badge {
      display: inline-block;
      margin-inline-start: calc(var(--_space) * 2);
      padding: 0 calc(var(--_space) * 2);
      border-radius: 999px;
      background: var(--_accent);
      color: var(--_on-accent);
      font-size: 0.8125em;
    }
    @media (max-width: 30rem) {
      .step-head {
        flex-direction: column;
        align-items: flex-start;
      }
      .illustration svg {
        width: 90px;
        height: 72px;
      }
    }
    @media (prefers-reduced-motion: no-preference) {
      .playful .step,
      .playful .result {
        animation: settle-quiz-enter 240ms ease-out;
      }
      .playful .sparkles {
        animation: settle-quiz-twinkle 2.4s ease-in-out infinite alternate;
      }
      .playful .answer {
        transition: border-color 120ms ease-out, transform 120ms ease-out;
      }
      .playful .answer:hover {
        transform: translateY(-1px);
      }
      /* The chosen card confirms with a small press; the thank-you line simply shows. */
      .playful .answer:has(:checked) {
        animation: settle-quiz-chosen 240ms ease-out;
      }
    }
    @keyframes settle-quiz-enter {
      from {
        opacity: 0;
        transform: translateY(0.5rem);
      }
      to {
        opacity: 1;
        transform: none;
      }
    }
    @keyframes settle-quiz-chosen {
      50% {
        transform: scale(1.02);
      }
    }
    @keyframes settle-quiz-twinkle {
      from {
        opacity: 0.4;
      }
      to {
        opacity: 1;
      }
    }
    @media print {
      .illustration,
      .fact,
      .progress {
        display: none;
      }
    }
  `,
];
