/*
 * The script-tag build (dist/embed.global.js): registers `<readiness-assessment>` as soon as it loads,
 * so a page needs only `<script src=".../embed.global.js" defer></script>` and the element.
 */
import { defineReadinessAssessment } from './defineReadinessAssessment';

defineReadinessAssessment();
