import { defineElement } from '../../core/define.js';
import { SettleQuiz } from './quiz.js';

defineElement('settle-quiz', SettleQuiz);

declare global {
  interface HTMLElementTagNameMap {
    'settle-quiz': SettleQuiz;
  }
}
